import data from "../../data/press-contact.json" with { type: "json" };
import { anyPattern, phraseSet, snippet } from "../match.js";
import type { BoilerplateRule, Hit } from "../rule.js";

const PHRASES = phraseSet(data.phrases);
const PATTERNS = anyPattern(data.patterns);
const MAX_WORDS = 20;

/**
 * `boilerplate/press-contact`: press-release end markers ("ENDS") and media contact lines
 * ("Media enquiries", "Email: press@…", a phone number alone). "Notes to editors" stays content.
 */
export const pressContactRule: BoilerplateRule = {
  id: "boilerplate/press-contact",
  detect({ text, blocks }) {
    const hits: Hit[] = [];
    for (let nth = 0; nth < blocks.length; nth++) {
      const b = blocks[nth]!;
      if (b.lineCount !== 1 || b.words > MAX_WORDS) continue;
      if ((b.norm !== null && PHRASES.has(b.norm)) || PATTERNS.test(b.head)) {
        hits.push({ block: b.index, scope: "block", reason: `Press contact or end marker "${snippet(text, b)}"` });
      }
    }
    return hits;
  },
};
