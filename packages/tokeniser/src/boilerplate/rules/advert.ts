import data from "../../data/advert.json" with { type: "json" };
import { anyPattern, phraseSet, snippet } from "../match.js";
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
    for (let nth = 0; nth < blocks.length; nth++) {
      const b = blocks[nth]!;
      if (b.lineCount !== 1 || b.words > MAX_WORDS || b.endsWithPeriod) continue;
      if ((b.norm !== null && PHRASES.has(b.norm)) || PATTERNS.test(b.head)) {
        hits.push({ block: b.index, scope: "section", back: BACK, region: "advert section", reason: `Advert label "${snippet(text, b)}"` });
      }
    }
    return hits;
  },
};
