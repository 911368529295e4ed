/** Turns a finished candidate into the contract's `Amount`. */
import type { Amount } from "@fundtrace/contract";
import type { Candidate } from "./candidate.js";
import { precisionOf, toNumber } from "./decimal.js";

export function toAmount(c: Candidate, text: string): Amount {
  if (c.currency === null) throw new Error("toAmount needs a candidate with a currency");
  return {
    value: toNumber(c.value),
    currency: c.currency,
    qualifier: c.qualifier,
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    qualifierSpan: c.qualifierSpan,
    kind: c.kind,
    min: c.min ? toNumber(c.min) : null,
    max: c.max ? toNumber(c.max) : null,
    precision: precisionOf(c.value),
    period: c.period,
    currencyInferred: c.currencyInferred,
  };
}
