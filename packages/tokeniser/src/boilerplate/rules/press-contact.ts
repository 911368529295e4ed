import data from "../../data/press-contact.json" with { type: "json" };
import { anyPattern, isPhrase, phraseSet, snippet } from "../match.js";
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
    for (let b = 0; b < blocks.length; b++) {
      if (blocks.lineCount[b] !== 1 || blocks.words[b]! > MAX_WORDS) continue;
      if (isPhrase(PHRASES, blocks.norm(b)) || PATTERNS.test(blocks.head(b))) {
        hits.push({ block: b, scope: "block", reason: `Press contact or end marker "${snippet(text, blocks, b)}"` });
      }
    }
    return hits;
  },
};
