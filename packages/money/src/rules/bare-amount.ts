/**
 * Rule money/bare-amount: a number written without a currency is money only when it has a
 * magnitude ("350k", "1.2m", "five million") or a money word ("10 grand"), and it is not counting
 * something: "(350k)", "awarded 1.2m", "350k to improve" and "350k of funding" are amounts;
 * "2.5 million children" is not. Its currency is the dominant one of the amounts written in the
 * text (ties go to the nearest), else `defaultCurrency`.
 * (`parseMoney` vouches for its input, so there any number qualifies.)
 */
import { message } from "@fundtrace/contract";
import type { Rule, RuleContext } from "../context.js";
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
 * The amounts written with a currency, in text order: where each is and its currency, in typed
 * columns (currencies as indices into `codes`), so a page of millions of amounts keeps no object
 * or array slot per amount for the collector to copy.
 */
export class CurrencyMarks {
  length = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  currencies = new Int32Array(64);
  /** Each currency code seen, at its index. */
  readonly codes: string[] = [];
  private readonly indexOf = new Map<string, number>();

  add(start: number, end: number, code: string): void {
    if (this.length === this.starts.length) {
      this.starts = grown(this.starts);
      this.ends = grown(this.ends);
      this.currencies = grown(this.currencies);
    }
    let k = this.indexOf.get(code);
    if (k === undefined) {
      k = this.codes.length;
      this.codes.push(code);
      this.indexOf.set(code, k);
    }
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.currencies[this.length] = k;
    this.length++;
  }
}

function grown(values: Int32Array): Int32Array<ArrayBuffer> {
  const next = new Int32Array(values.length * 2);
  next.set(values);
  return next;
}

export const currencyMarks = (): CurrencyMarks => new CurrencyMarks();

export function addMark(marks: CurrencyMarks, c: Candidate): void {
  marks.add(c.start, c.end, c.currency!);
}

/**
 * The currency most amounts in the text are written in; on a tie, the leader written nearest to
 * the amount (before it on equal distance). Counted once per text, looked up by binary search.
 */
export function currencyPicker(marks: CurrencyMarks): (c: Candidate) => string | null {
  const counts = new Array<number>(marks.codes.length).fill(0);
  for (let i = 0; i < marks.length; i++) counts[marks.currencies[i]!]!++;
  const top = Math.max(0, ...counts);
  const leaders = new Set<number>();
  counts.forEach((n, k) => {
    if (n === top && n > 0) leaders.add(k);
  });
  if (leaders.size <= 1) {
    const only = leaders.size === 1 ? marks.codes[[...leaders][0]!]! : null;
    return () => only;
  }
  const lead: number[] = [];
  for (let i = 0; i < marks.length; i++) if (leaders.has(marks.currencies[i]!)) lead.push(i);
  const code = (i: number): string => marks.codes[marks.currencies[i]!]!;
  return (c) => {
    let lo = 0;
    let hi = lead.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (marks.ends[lead[mid]!]! <= c.start) lo = mid + 1;
      else hi = mid;
    }
    const before = lo > 0 ? lead[lo - 1]! : -1;
    let after = -1;
    for (let k = lo; k < lead.length; k++) {
      if (marks.starts[lead[k]!]! >= c.end) {
        after = lead[k]!;
        break;
      }
    }
    if (before < 0) return after < 0 ? null : code(after);
    if (after < 0) return code(before);
    return c.start - marks.ends[before]! <= marks.starts[after]! - c.end ? code(before) : code(after);
  };
}

/**
 * A candidate written without a currency: the amount it is (with the picked or default currency),
 * or null when it is no amount. `floor` is where the candidate before it ends.
 */
export function resolveBare(c: Candidate, ctx: RuleContext, floor: number, pickCurrency: (c: Candidate) => string | null): Candidate | null {
  return mayBeBareAmount(c, ctx, floor) ? withCurrency(c, ctx, pickCurrency) : null;
}

/**
 * What `resolveBare` decides without the text's currencies: whether a candidate without a
 * currency may be an amount at all. When not, it is no amount whatever currencies the text holds.
 */
export function mayBeBareAmount(c: Candidate, ctx: RuleContext, floor: number): boolean {
  const { text, options } = ctx;
  if (!options.inferCurrency) return false;
  return options.assumeMoney || ((c.magnitude || c.impliesMoney) && isAmount(c, text, floor));
}

/** A bare amount `mayBeBareAmount` let through, with the picked or default currency (null, with a message, when there is none). */
export function withCurrency(c: Candidate, ctx: RuleContext, pickCurrency: (c: Candidate) => string | null): Candidate | null {
  const { text, options } = ctx;
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
    return null;
  }
  return { ...c, currency, currencyInferred: true };
}

export const bareAmount: Rule = (candidates, ctx) => {
  const marks = currencyMarks();
  for (const c of candidates) if (c.currency !== null) addMark(marks, c);
  const pickCurrency = currencyPicker(marks);
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    if (c.currency !== null) {
      out.push(c);
      continue;
    }
    const amount = resolveBare(c, ctx, candidates[i - 1]?.end ?? ctx.previousEnd, pickCurrency);
    if (amount) out.push(amount);
  }
  return out;
};
