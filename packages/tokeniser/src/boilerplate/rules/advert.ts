import data from "../../data/advert.json" with { type: "json" };
import { anyPattern, isPhrase, phraseSet, snippet } from "../match.js";
import type { BoilerplateRule, Hit } from "../rule.js";

const PHRASES = phraseSet(data.phrases);
const PATTERNS = anyPattern(data.patterns);
const MAX_WORDS = 6;
const BACK = 3;

/**
 * `boilerplate/advert`: advertising. A label ("Sponsored Content", "Advertisement", "Promoted",
 * "Featured event") opens a section that takes in the short lines around it.
 */
export const advertRule: BoilerplateRule = {
  id: "boilerplate/advert",
  detect({ text, blocks }) {
    const hits: Hit[] = [];
    for (let b = 0; b < blocks.length; b++) {
      if (blocks.lineCount[b] !== 1 || blocks.words[b]! > MAX_WORDS || blocks.endsWithPeriod(b)) continue;
      if (isPhrase(PHRASES, blocks.norm(b)) || PATTERNS.test(blocks.head(b))) {
        hits.push({ block: b, scope: "section", back: BACK, region: "advert section", reason: `Advert label "${snippet(text, blocks, b)}"` });
      }
    }
    return hits;
  },
};
