/**
 * Rule money/bare-amount: a number written without a currency is money only when it has a
 * magnitude ("350k", "1.2m", "five million") or a money word ("10 grand"), and it is not counting
 * something: "(350k)", "awarded 1.2m", "350k to improve" and "350k of funding" are amounts;
 * "2.5 million children" is not. Its currency is the dominant one of the amounts written in the
 * text (ties go to the nearest), else `defaultCurrency`.
 * (`parseMoney` vouches for its input, so there any number qualifies.)
 */
import { message } from "@fundtrace/contract";
import type { Rule } from "../context.js";
import { outerEnd, outerStart, type Candidate } from "../candidate.js";
import { cueAfter, cueBefore, notCounted } from "../lexicon.js";

const OPENS = /\(\s*$/;
const CLOSES = /^\s*\)/;
const NEXT_WORD = /^[ \t\u00a0]*([\p{L}][\p{L}'’-]*)/u;

function isAmount(c: Candidate, text: string, floor: number): boolean {
  if (c.impliesMoney) return true;
  const start = outerStart(c);
  const end = outerEnd(c);
  if (OPENS.test(text.slice(Math.max(floor, start - 4), start)) && CLOSES.test(text.slice(end, end + 4))) return true;
  if (cueBefore(text, start, floor) !== null || cueAfter(text, end) !== null) return true;
  const next = NEXT_WORD.exec(text.slice(end, end + 40))?.[1];
  return next === undefined || notCounted.has(next.toLowerCase());
}

/**
 * The currency most amounts in the text are written in; on a tie, the leader written nearest to
 * the amount (before it on equal distance). Counted once per text, looked up by binary search.
 */
function currencyPicker(explicit: readonly Candidate[]): (c: Candidate) => string | null {
  const counts = new Map<string, number>();
  for (const e of explicit) counts.set(e.currency!, (counts.get(e.currency!) ?? 0) + 1);
  const top = Math.max(0, ...counts.values());
  const leaders = [...counts].filter(([, n]) => n === top).map(([code]) => code);
  if (leaders.length <= 1) {
    const only = leaders[0] ?? null;
    return () => only;
  }
  const marks = explicit.filter((e) => leaders.includes(e.currency!));
  return (c) => {
    let lo = 0;
    let hi = marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid]!.end <= c.start) lo = mid + 1;
      else hi = mid;
    }
    const before = marks[lo - 1];
    const after = marks.find((e, i) => i >= lo && e.start >= c.end);
    if (!before) return after?.currency ?? null;
    if (!after) return before.currency;
    return c.start - before.end <= after.start - c.end ? before.currency : after.currency;
  };
}

export const bareAmount: Rule = (candidates, ctx) => {
  const { text, options } = ctx;
  const explicit = candidates.filter((c) => c.currency !== null);
  const pickCurrency = currencyPicker(explicit);
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.currency !== null) {
      out.push(c);
      continue;
    }
    if (!options.inferCurrency) continue;
    if (!options.assumeMoney) {
      if (!(c.magnitude || c.impliesMoney)) continue;
      if (!isAmount(c, text, candidates[i - 1]?.end ?? 0)) continue;
    }
    const currency = pickCurrency(c) ?? options.defaultCurrency;
    if (currency === null) {
      ctx.messages.push(
        message(
          "money/bare-amount",
          `Expected a currency written in the text or a defaultCurrency for ${JSON.stringify(text.slice(c.start, c.end))}, received none`,
          options.source,
          { start: c.start, end: c.end },
          "info",
        ),
      );
      continue;
    }
    out.push({ ...c, currency, currencyInferred: true });
  }
  return out;
};
