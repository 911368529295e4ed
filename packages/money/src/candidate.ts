/** A money expression being assembled by the rules, before it becomes a contract `Amount`. */
import type { Qualifier, Span } from "@fundtrace/contract";
import type { Atom } from "./atoms.js";
import type { Decimal } from "./decimal.js";
import type { Period } from "./lexicon.js";

export interface Candidate {
  /** The expression itself (without qualifier or period). */
  readonly start: number;
  readonly end: number;
  readonly kind: "single" | "range";
  /** The value; for a range, the upper bound. */
  readonly value: Decimal;
  readonly min: Decimal | null;
  readonly max: Decimal | null;
  readonly currency: string | null;
  readonly currencyInferred: boolean;
  readonly qualifier: Qualifier;
  readonly qualifierSpan: Span | null;
  readonly period: Period | null;
  readonly periodSpan: Span | null;
  /** A multiplier or scale word was written ("350k", "five million"). */
  readonly magnitude: boolean;
  /** A word that means money without a currency ("grand"). */
  readonly impliesMoney: boolean;
  /** The atoms it was built from, left to right. */
  readonly atoms: readonly Atom[];
}

/** The value an atom states: its number, scaled by multiplier and unit. */
export const atomValue = (a: Atom): Decimal => ({ mantissa: a.written.mantissa * a.factor, exponent: a.written.exponent + a.multiplier + a.unit });

export function fromAtom(a: Atom): Candidate {
  return {
    start: a.start,
    end: a.end,
    kind: "single",
    value: atomValue(a),
    min: null,
    max: null,
    currency: a.currency,
    currencyInferred: false,
    qualifier: "exact",
    qualifierSpan: null,
    period: null,
    periodSpan: null,
    magnitude: a.hasMultiplier || a.scaledWords,
    impliesMoney: a.impliesMoney,
    atoms: [a],
  };
}

/** Where the whole written expression ends, counting a qualifier or period written after it. */
export const outerEnd = (c: Candidate): number =>
  Math.max(c.end, c.qualifierSpan?.end ?? 0, c.periodSpan?.end ?? 0);

/** Where it starts, counting a qualifier written before it. */
export const outerStart = (c: Candidate): number => Math.min(c.start, c.qualifierSpan?.start ?? Infinity);
