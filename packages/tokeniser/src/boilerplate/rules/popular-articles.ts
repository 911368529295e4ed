import data from "../../data/popular-articles.json" with { type: "json" };
import { anyPattern, isPhrase, phraseSet, snippet } from "../match.js";
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
    for (let b = 0; b < blocks.length; b++) {
      if (blocks.lineCount[b] !== 1 || blocks.words[b]! > MAX_WORDS || blocks.endsWithPeriod(b)) continue;
      if (isPhrase(PHRASES, blocks.norm(b)) || PATTERNS.test(blocks.head(b))) {
        hits.push({ block: b, scope: "section", region: "list of other articles", reason: `Other-articles label "${snippet(text, blocks, b)}"` });
      }
    }
    return hits;
  },
};
