import data from "../../data/media-file.json" with { type: "json" };
import { anyPattern, phraseSet, snippet } from "../match.js";
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
    for (let nth = 0; nth < blocks.length; nth++) {
      const b = blocks[nth]!;
      if (b.lineCount !== 1 || b.words > MAX_WORDS) continue;
      if ((b.norm !== null && PHRASES.has(b.norm)) || PATTERNS.test(b.head)) {
        hits.push({ block: b.index, scope: "block", reason: `Image file, caption or credit "${snippet(text, b)}"` });
      }
    }
    return hits;
  },
};
