/**
 * Rule money/range: two amounts joined by a dash, "to", or "between … and …" are one range:
 * "£1m-£2m", "£42,403 - £45,441", "£1-2m" (the multiplier is shared), "10-20 dollars",
 * "between £1m and £2m". The value is the upper bound.
 */
import { message } from "@fundtrace/contract";
import type { Rule, RuleContext } from "../context.js";
import { atomValue, type Candidate } from "../candidate.js";
import { compare, scale, type Decimal } from "../decimal.js";
import { phrasesBefore } from "../phrases.js";

const DASH = /^\s*[-‒–—−]\s*$/u;
const WORD = /^\s+(to|and)\s+$/i;
const introducer = phrasesBefore<"between" | "from">([
  { phrase: "between", value: "between" },
  { phrase: "from", value: "from" },
]);

interface Ends {
  readonly low: Decimal;
  readonly high: Decimal;
  readonly currency: string | null;
}

/** Resolves both ends, or says why the pair is no range (null: silently not a range). */
function resolveEnds(a: Candidate, b: Candidate, byWord: boolean, ctx: RuleContext): Ends | null {
  const [lo] = a.atoms;
  const [hi] = b.atoms;
  if (!lo || !hi || a.atoms.length > 1 || b.atoms.length > 1) return null;
  if (lo.minor || hi.minor) return null;
  // A bare end takes the other's currency only where it is written to reach it:
  // "£10-20" (prefix carries right), "10-20 dollars" (suffix carries left).
  if (lo.currency === null && hi.currencyAt !== "suffix") return null;
  if (hi.currency === null && (lo.currencyAt !== "prefix" || byWord)) return null;
  if (hi.currency === null && !hi.hasMultiplier && lo.hasMultiplier) return null;
  if (lo.currency !== null && hi.currency !== null && lo.currency !== hi.currency) {
    const span = { start: a.start, end: b.end };
    ctx.messages.push(
      message(
        "money/range-currency",
        `Expected both ends of ${JSON.stringify(ctx.text.slice(span.start, span.end))} in one currency, received ${lo.currency} and ${hi.currency}`,
        ctx.options.source,
        span,
        "info",
      ),
    );
    return null;
  }
  if (lo.hasMultiplier && !hi.hasMultiplier) return null;
  let low = atomValue(lo);
  // "£1-2m": the low end shares the multiplier when it reads as the smaller number.
  if (!lo.hasMultiplier && hi.hasMultiplier && compare(lo.written, hi.written) <= 0) {
    low = scale(lo.written, hi.multiplier + lo.unit);
  }
  const high = atomValue(hi);
  if (compare(low, high) > 0) {
    const span = { start: a.start, end: b.end };
    ctx.messages.push(
      message(
        "money/range-order",
        `Expected the lower end of a range first, received ${JSON.stringify(ctx.text.slice(span.start, span.end))}`,
        ctx.options.source,
        span,
        "info",
      ),
    );
    return null;
  }
  return { low, high, currency: hi.currency ?? lo.currency };
}

export const range: Rule = (candidates, ctx) => {
  const { text } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i]!;
    const b = candidates[i + 1];
    if (!b || a.kind !== "single" || b.kind !== "single") {
      out.push(a);
      continue;
    }
    const between = text.slice(a.end, b.start);
    const word = WORD.exec(between)?.[1]?.toLowerCase();
    const dash = DASH.test(between);
    // the introducer only matters where the two are joined by a dash or a word
    const intro = dash || word !== undefined ? introducer(text, a.start, out.at(-1)?.end ?? ctx.previousEnd) : null;
    // "between … and", "from … to"; Duckling also reads "from … and".
    const joined = dash || word === "to" || (word === "and" && intro !== null);
    const ends = joined ? resolveEnds(a, b, word !== undefined, ctx) : null;
    if (!ends) {
      out.push(a);
      continue;
    }
    const useIntro = intro !== null;
    out.push({
      ...a,
      start: useIntro ? intro.start : a.start,
      end: b.end,
      kind: "range",
      value: ends.high,
      min: ends.low,
      max: ends.high,
      currency: ends.currency,
      magnitude: a.magnitude || b.magnitude,
      impliesMoney: a.impliesMoney || b.impliesMoney,
      atoms: [...a.atoms, ...b.atoms],
    });
    i += 1;
  }
  return out;
};
