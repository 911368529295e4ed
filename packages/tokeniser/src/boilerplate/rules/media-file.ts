import data from "../../data/media-file.json" with { type: "json" };
import { anyPattern, isPhrase, phraseSet, snippet } from "../match.js";
import type { BoilerplateRule, Hit } from "../rule.js";

const PHRASES = phraseSet(data.phrases);
const PATTERNS = anyPattern(data.patterns);
const MAX_WORDS = 40;

/**
 * `boilerplate/media-file`: image file names ("SWT_SideAd1.png"), captions and credits
 * ("Photo: pressmaster/Fotolia"), and alt texts ("Twitter picture") standing alone on a line.
 */
export const mediaFileRule: BoilerplateRule = {
  id: "boilerplate/media-file",
  detect({ text, blocks }) {
    const hits: Hit[] = [];
    for (let b = 0; b < blocks.length; b++) {
      if (blocks.lineCount[b] !== 1 || blocks.words[b]! > MAX_WORDS) continue;
      if (isPhrase(PHRASES, blocks.norm(b)) || PATTERNS.test(blocks.head(b))) {
        hits.push({ block: b, scope: "block", reason: `Image file, caption or credit "${snippet(text, blocks, b)}"` });
      }
    }
    return hits;
  },
};
