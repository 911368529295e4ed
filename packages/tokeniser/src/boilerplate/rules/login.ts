import data from "../../data/login.json" with { type: "json" };
import { anyPattern, isPhrase, phraseSet, snippet } from "../match.js";
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
    for (let b = 0; b < blocks.length; b++) {
      if (blocks.words[b]! > MAX_WORDS) continue;
      if (isPhrase(PHRASES, blocks.norm(b)) || PATTERNS.test(blocks.head(b))) {
        hits.push({ block: b, scope: "block", reason: `Login or cookie notice "${snippet(text, blocks, b)}"` });
      }
    }
    return hits;
  },
};
