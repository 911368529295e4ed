import { z } from "zod";
import { Span } from "./span.js";

/** How the text qualifies an amount: "up to" → up-to, "nearly" → under, "more than" → over. */
export const Qualifier = z.enum(["exact", "up-to", "about", "over", "under"]);
export type Qualifier = z.infer<typeof Qualifier>;

/**
 * A resolved money expression, with the exact text it came from.
 * For a range ("£1m-£2m") `value` is the upper bound and `min`/`max` hold both ends.
 */
export const Amount = z.object({
  value: z.number().nonnegative(),
  /** ISO 4217 code: GBP, USD, EUR, … */
  currency: z.string().length(3),
  qualifier: Qualifier,
  /** The expression as written, e.g. "Up to £1.7m" is split into qualifier "Up to" and text "£1.7m". */
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  qualifierSpan: Span.nullable(),
  kind: z.enum(["single", "range"]),
  min: z.number().nonnegative().nullable(),
  max: z.number().nonnegative().nullable(),
  /** The unit of the last digit the text states: £5m → 1000000, £4.85m → 10000, £1,234 → 1. */
  precision: z.number().positive(),
  /** "per annum", "a year", … */
  period: z.enum(["year", "month", "week", "day"]).nullable(),
  /** True when the currency was not written next to the number and was taken from the passage. */
  currencyInferred: z.boolean(),
});
export type Amount = z.infer<typeof Amount>;
