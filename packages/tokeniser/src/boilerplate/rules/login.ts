import data from "../../data/login.json" with { type: "json" };
import { anyPattern, phraseSet, snippet } from "../match.js";
import type { BoilerplateRule, Hit } from "../rule.js";

const PHRASES = phraseSet(data.phrases);
const PATTERNS = anyPattern(data.patterns);
const MAX_WORDS = 80;

/**
 * `boilerplate/login`: login, registration, subscription and cookie notices
 * ("Log in / Register", "We use cookies to …", "Accept all cookies", "Fill in your details below or click an icon to log in").
 */
export const loginRule: BoilerplateRule = {
  id: "boilerplate/login",
  detect({ text, blocks }) {
    const hits: Hit[] = [];
    for (let nth = 0; nth < blocks.length; nth++) {
      const b = blocks[nth]!;
      if (b.words > MAX_WORDS) continue;
      if ((b.norm !== null && PHRASES.has(b.norm)) || PATTERNS.test(b.head)) {
        hits.push({ block: b.index, scope: "block", reason: `Login or cookie notice "${snippet(text, b)}"` });
      }
    }
    return hits;
  },
};
