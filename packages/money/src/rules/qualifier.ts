/**
 * Rule money/qualifier: the words that qualify an amount, kept apart from its text.
 * Before it: "Up to £1.7m" → up-to, "nearly £2m" → under, "more than £5m" → over, "around £3m" → about.
 * After it: "£5m or more" → over, "£5m+" → over.
 */
import type { Rule } from "../context.js";
import type { Candidate } from "../candidate.js";
import { qualifierAfter, qualifierBefore } from "../lexicon.js";

/** An after-phrase is no qualifier when another amount follows it ("£5m plus £2m"). */
const AMOUNT_FOLLOWS = /^\s*(?:[\p{Sc}]|\d)/u;
/** Phrases that read as a qualifier even with words after them ("£5m or more in funding"). */
const FREE_AFTER = /^(?:or\b|\+)/i;
const WORD_FOLLOWS = /^[ \t\u00a0]*[\p{L}\p{N}]/u;

export const qualifier: Rule = (candidates, { text, previousEnd }) => {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const floor = out.at(-1)?.end ?? previousEnd;
    const before = qualifierBefore(text, c.start, floor);
    if (before) {
      out.push({ ...c, qualifier: before.value, qualifierSpan: { start: before.start, end: before.end } });
      continue;
    }
    const after = qualifierAfter(text, c.end);
    const rest = after ? text.slice(after.end, after.end + 24) : "";
    const accepted =
      after !== null && !AMOUNT_FOLLOWS.test(rest) && (FREE_AFTER.test(after.text) || !WORD_FOLLOWS.test(rest));
    out.push(accepted ? { ...c, qualifier: after.value, qualifierSpan: { start: after.start, end: after.end } } : c);
  }
  return out;
};
