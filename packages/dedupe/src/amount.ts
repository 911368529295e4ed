import type { Amount } from "@fundtrace/contract";
import weights from "./data/weights.json" with { type: "json" };

const SLACK = weights.amount.qualifierSlack as Record<"up-to" | "under" | "over" | "about", number>;

export interface AmountBounds {
  /** Lowest and highest value the text states (both ends of a range). */
  low: number;
  high: number;
  /** Extra room the qualifier gives below and above ("up to", "about", "over"). */
  below: number;
  above: number;
  precision: number;
}

/** What an amount states: its value (or range) and the room its qualifier leaves. */
export function amountBounds(amount: Amount): AmountBounds {
  const low = amount.kind === "range" && amount.min !== null ? amount.min : amount.value;
  const high = amount.kind === "range" && amount.max !== null ? amount.max : amount.value;
  let below = 0;
  let above = 0;
  if (amount.qualifier === "up-to" || amount.qualifier === "under") below = SLACK[amount.qualifier] * amount.value;
  else if (amount.qualifier === "over") above = SLACK.over * amount.value;
  else if (amount.qualifier === "about") {
    below = SLACK.about * amount.value;
    above = SLACK.about * amount.value;
  }
  return { low, high, below, above, precision: amount.precision > 0 ? amount.precision : 1 };
}

/**
 * The gap between two amounts beyond what their wording allows: 0 when compatible. Two amounts are
 * compatible when they lie within the rounding interval (± half the precision) of the less precise
 * one, widened by qualifiers: £5m and £4.85m are, £1.4m and £1.5m are not.
 */
export function amountGap(
  aLow: number, aHigh: number, aBelow: number, aAbove: number, aPrecision: number,
  bLow: number, bHigh: number, bBelow: number, bAbove: number, bPrecision: number,
): number {
  const half = Math.max(aPrecision, bPrecision) / 2;
  // a above b: a's low end against b's high end, and the other way round.
  const up = aLow - aBelow - (bHigh + bAbove);
  const down = bLow - bBelow - (aHigh + aAbove);
  const distance = Math.max(up, down, 0);
  const tolerance = half * (1 + 1e-9) + 1e-6;
  return distance <= tolerance ? 0 : distance - half;
}

/** The value interval a mention's amount may stand for, for blocking: [low - room, high + room]. */
export function amountInterval(b: AmountBounds): [number, number] {
  return [b.low - b.below - b.precision / 2, b.high + b.above + b.precision / 2];
}
