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
  return { low: amountLow(amount), high: amountHigh(amount), below: roomBelow(amount), above: roomAbove(amount), precision: amountPrecision(amount) };
}

/** The lowest value an amount states (the low end of a range). */
export function amountLow(amount: Amount): number {
  return amount.kind === "range" && amount.min !== null ? amount.min : amount.value;
}

/** The highest value an amount states (the high end of a range). */
export function amountHigh(amount: Amount): number {
  return amount.kind === "range" && amount.max !== null ? amount.max : amount.value;
}

/** The room its qualifier leaves below an amount ("up to", "under", "about"). */
export function roomBelow(amount: Amount): number {
  if (amount.qualifier === "up-to" || amount.qualifier === "under") return SLACK[amount.qualifier] * amount.value;
  return amount.qualifier === "about" ? SLACK.about * amount.value : 0;
}

/** The room its qualifier leaves above an amount ("over", "about"). */
export function roomAbove(amount: Amount): number {
  if (amount.qualifier === "over") return SLACK.over * amount.value;
  return amount.qualifier === "about" ? SLACK.about * amount.value : 0;
}

/** The precision an amount is stated to (at least 1). */
export function amountPrecision(amount: Amount): number {
  return amount.precision > 0 ? amount.precision : 1;
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
