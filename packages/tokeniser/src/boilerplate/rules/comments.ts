import data from "../../data/comments.json" with { type: "json" };
import { anyPattern, isPhrase, phraseSet, snippet } from "../match.js";
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
    for (let b = 0; b < blocks.length; b++) {
      if (isPhrase(SECTION_PHRASES, blocks.norm(b)) || (blocks.words[b]! <= HEADER_WORDS && SECTION.test(blocks.head(b)))) {
        hits.push({ block: b, scope: "rest", region: REGION, reason: `Comment section header "${snippet(text, blocks, b)}"` });
      } else if (blocks.short(b) && b > firstProse && TIMESTAMP.test(blocks.head(b)) && !NOT_COMMENT.test(blocks.head(b))) {
        hits.push({ block: b, scope: "rest", back: 2, region: REGION, reason: `Dated comment header "${snippet(text, blocks, b)}"` });
      } else if (isPhrase(PROMPTS, blocks.norm(b)) || (blocks.lineCount[b] === 1 && blocks.words[b]! <= PROMPT_WORDS && PROMPT_PATTERNS.test(blocks.head(b)))) {
        hits.push({ block: b, scope: "block", reason: `Comment prompt "${snippet(text, blocks, b)}"` });
      }
    }
    return hits;
  },
};
