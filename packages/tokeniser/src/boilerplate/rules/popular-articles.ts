import data from "../../data/popular-articles.json" with { type: "json" };
import { anyPattern, phraseSet, snippet } from "../match.js";
import type { BoilerplateRule, Hit } from "../rule.js";

const PHRASES = phraseSet(data.phrases);
const PATTERNS = anyPattern(data.patterns);
const MAX_WORDS = 8;

/**
 * `boilerplate/popular-articles`: lists of other articles. A label ("Most popular articles today",
 * "Related articles", "More from …", "You may also like") opens a section that takes in the short lines
 * after it (the linked titles) up to the next prose block.
 */
export const popularArticlesRule: BoilerplateRule = {
  id: "boilerplate/popular-articles",
  detect({ text, blocks }) {
    const hits: Hit[] = [];
    for (let nth = 0; nth < blocks.length; nth++) {
      const b = blocks[nth]!;
      if (b.lineCount !== 1 || b.words > MAX_WORDS || b.endsWithPeriod) continue;
      if ((b.norm !== null && PHRASES.has(b.norm)) || PATTERNS.test(b.head)) {
        hits.push({ block: b.index, scope: "section", region: "list of other articles", reason: `Other-articles label "${snippet(text, b)}"` });
      }
    }
    return hits;
  },
};
