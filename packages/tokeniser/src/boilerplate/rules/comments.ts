import data from "../../data/comments.json" with { type: "json" };
import { anyPattern, phraseSet, snippet } from "../match.js";
import type { BoilerplateRule, Hit } from "../rule.js";

const SECTION_PHRASES = phraseSet(data.sectionPhrases);
const SECTION = anyPattern(data.sectionPatterns);
const TIMESTAMP = anyPattern(data.timestampPatterns);
const NOT_COMMENT = anyPattern(data.notCommentPrefixes);
const PROMPTS = phraseSet(data.promptPhrases);
const PROMPT_PATTERNS = anyPattern(data.promptPatterns);
const PROMPT_WORDS = 6;

/** Longest block (in words) that can be a comment-section header. */
const HEADER_WORDS = 40;
const REGION = "comment section";

/**
 * `boilerplate/comments`: comment threads. A header ("2 Responses to …", "3 thoughts on …",
 * "comments powered by Disqus", "You are commenting using your … account", "Leave a Reply") or a dated
 * comment header after the article has started ("Name March 22, 2017 at 5:04 pm #") opens a comment
 * section that runs to the end of the document. A prompt ("Leave a comment", "Reply", "3 Comments") marks only itself:
 * on a blog's index page every post has one.
 */
export const commentsRule: BoilerplateRule = {
  id: "boilerplate/comments",
  detect({ text, blocks, firstProse }) {
    const hits: Hit[] = [];
    for (let nth = 0; nth < blocks.length; nth++) {
      const b = blocks[nth]!;
      if ((b.norm !== null && SECTION_PHRASES.has(b.norm)) || (b.words <= HEADER_WORDS && SECTION.test(b.head))) {
        hits.push({ block: b.index, scope: "rest", region: REGION, reason: `Comment section header "${snippet(text, b)}"` });
      } else if (b.short && b.index > firstProse && TIMESTAMP.test(b.head) && !NOT_COMMENT.test(b.head)) {
        hits.push({ block: b.index, scope: "rest", back: 2, region: REGION, reason: `Dated comment header "${snippet(text, b)}"` });
      } else if ((b.norm !== null && PROMPTS.has(b.norm)) || (b.lineCount === 1 && b.words <= PROMPT_WORDS && PROMPT_PATTERNS.test(b.head))) {
        hits.push({ block: b.index, scope: "block", reason: `Comment prompt "${snippet(text, b)}"` });
      }
    }
    return hits;
  },
};
