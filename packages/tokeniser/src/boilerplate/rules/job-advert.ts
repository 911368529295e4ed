import data from "../../data/job-advert.json" with { type: "json" };
import { anyPattern, isPhrase, phraseSet, snippet } from "../match.js";
import type { BoilerplateRule, Hit } from "../rule.js";

const PHRASES = phraseSet(data.phrases);
const SALARY = anyPattern(data.salaryPatterns);
const SALARY_WORDS = 12;
/** Short blocks above the marker that belong to the advert (employer, job title, image alt text). */
const BACK = 6;
const REGION = "job-advert section";

/**
 * `boilerplate/job-advert`: job adverts. A label ("Job of the week", "Featured jobs", "Latest vacancies")
 * or a salary standing alone on its line ("£42,403 - £45,441", "£35,000 per annum") opens a section that
 * takes in the short lines around it: employers and job titles.
 */
export const jobAdvertRule: BoilerplateRule = {
  id: "boilerplate/job-advert",
  detect({ text, blocks }) {
    const hits: Hit[] = [];
    for (let b = 0; b < blocks.length; b++) {
      if (isPhrase(PHRASES, blocks.norm(b))) {
        hits.push({ block: b, scope: "section", back: BACK, region: REGION, reason: `Job advert label "${snippet(text, blocks, b)}"` });
      } else if (blocks.lineCount[b] === 1 && blocks.words[b]! <= SALARY_WORDS && SALARY.test(blocks.head(b))) {
        hits.push({ block: b, scope: "section", back: BACK, region: REGION, reason: `Salary standing alone "${snippet(text, blocks, b)}"` });
      }
    }
    return hits;
  },
};
