/**
 * Rule money/period: how often an amount is paid, from the words after it:
 * "£30,000 per annum" → year, "£500 a week" → week, "£1,200/month" → month.
 */
import type { Rule } from "../context.js";
import { periodAfter } from "../lexicon.js";

/** "£5m a year ago" states when, not how often. */
const TIME_WORD = /^\s+(?:ago|earlier|later|before|after|on|from)\b/i;

export const period: Rule = (candidates, { text }) =>
  candidates.map((c) => {
    const from = c.qualifierSpan && c.qualifierSpan.start >= c.end ? c.qualifierSpan.end : c.end;
    const hit = periodAfter(text, from);
    if (!hit || TIME_WORD.test(text.slice(hit.end, hit.end + 12))) return c;
    return { ...c, period: hit.value, periodSpan: { start: hit.start, end: hit.end } };
  });
