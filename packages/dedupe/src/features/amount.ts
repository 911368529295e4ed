import weights from "../data/weights.json" with { type: "json" };
import { amountGap } from "../amount.js";
import { logOdds, outcomeSpecs, type Comparator } from "./outcome.js";
import { A_STRIDE, A_ABOVE, A_BELOW, A_HIGH, A_LOW, A_PRECISION, A_VALUE, F_CURRENCY, F_HAS_AMOUNT, F_PERIOD, STRIDE, type Prepared } from "./prepare.js";

const MISSING = 0;
const INCOMPARABLE = 1;
const EQUAL = 2;
const COMPATIBLE = 3;
const DIFFERENT = 4;

const U = weights.amount.u;
const M_EQUAL = weights.amount.equal.m;
const M_COMPATIBLE = weights.amount.compatible.m;
const MAX_WEIGHT = weights.amount.maxWeight;

/**
 * How likely two different grants are to agree this well: the width of the coarser amount's
 * rounding interval (plus any room its qualifier leaves) relative to its value. "£2m" agrees with
 * many grants, "£1.97m" with few, "up to £1.97m" with more.
 */
export function amountU(p: Prepared, i: number, j: number): number {
  const pi = p.hotAmount[(i) * A_STRIDE + A_PRECISION] as number;
  const pj = p.hotAmount[(j) * A_STRIDE + A_PRECISION] as number;
  const coarse = pi > pj || (pi === pj && (p.hotAmount[(i) * A_STRIDE + A_VALUE] as number) >= (p.hotAmount[(j) * A_STRIDE + A_VALUE] as number)) ? i : j;
  const room = Math.max(p.hotAmount[(i) * A_STRIDE + A_BELOW] as number, p.hotAmount[(i) * A_STRIDE + A_ABOVE] as number, p.hotAmount[(j) * A_STRIDE + A_BELOW] as number, p.hotAmount[(j) * A_STRIDE + A_ABOVE] as number);
  const relative = ((p.hotAmount[(coarse) * A_STRIDE + A_PRECISION] as number) + 2 * room) / Math.max(1, p.hotAmount[(coarse) * A_STRIDE + A_VALUE] as number);
  return Math.min(U.max, Math.max(U.min, U.perRelativePrecision * relative));
}

const money = (v: number): string => `£${Math.round(v).toLocaleString("en-GB")}`;

/**
 * Amounts, compared at the precision each text states: equal amounts are evidence for (strong
 * when precise), amounts within the rounding interval of the coarser one are compatible
 * (evidence only as strong as that interval is narrow), anything further apart is a hard
 * constraint against. Different currencies or periods are not compared.
 */
export const amountComparator: Comparator = {
  field: "amount",
  outcomes: outcomeSpecs("amount", ["missing", "incomparable", "equal", "compatible", "different"]),
  compare(p, i, j) {
    if (p.hot[(i) * STRIDE + F_HAS_AMOUNT] === 0 || p.hot[(j) * STRIDE + F_HAS_AMOUNT] === 0) return MISSING;
    if (p.hot[(i) * STRIDE + F_CURRENCY] !== p.hot[(j) * STRIDE + F_CURRENCY] || p.hot[(i) * STRIDE + F_PERIOD] !== p.hot[(j) * STRIDE + F_PERIOD]) return INCOMPARABLE;
    const gap = amountGap(
      p.hotAmount[(i) * A_STRIDE + A_LOW] as number, p.hotAmount[(i) * A_STRIDE + A_HIGH] as number, p.hotAmount[(i) * A_STRIDE + A_BELOW] as number, p.hotAmount[(i) * A_STRIDE + A_ABOVE] as number, p.hotAmount[(i) * A_STRIDE + A_PRECISION] as number,
      p.hotAmount[(j) * A_STRIDE + A_LOW] as number, p.hotAmount[(j) * A_STRIDE + A_HIGH] as number, p.hotAmount[(j) * A_STRIDE + A_BELOW] as number, p.hotAmount[(j) * A_STRIDE + A_ABOVE] as number, p.hotAmount[(j) * A_STRIDE + A_PRECISION] as number,
    );
    if (gap > 0) return DIFFERENT;
    const scale = 1e-9 * Math.max(1, p.hotAmount[(i) * A_STRIDE + A_VALUE] as number);
    const sameLow = Math.abs((p.hotAmount[(i) * A_STRIDE + A_LOW] as number) - (p.hotAmount[(j) * A_STRIDE + A_LOW] as number)) <= scale;
    const sameHigh = Math.abs((p.hotAmount[(i) * A_STRIDE + A_HIGH] as number) - (p.hotAmount[(j) * A_STRIDE + A_HIGH] as number)) <= scale;
    return sameLow && sameHigh ? EQUAL : COMPATIBLE;
  },
  weight(p, i, j, o) {
    if (o === EQUAL) return Math.min(MAX_WEIGHT, logOdds(M_EQUAL, amountU(p, i, j)));
    if (o === COMPATIBLE) return Math.min(MAX_WEIGHT, logOdds(M_COMPATIBLE, amountU(p, i, j)));
    return this.outcomes[o]?.weight ?? 0;
  },
  detail(p, i, j, o) {
    const a = p.mentions[i]?.amount;
    const b = p.mentions[j]?.amount;
    if (o === MISSING) return `amounts ${a?.text ?? "(none)"} and ${b?.text ?? "(none)"}: nothing to compare`;
    if (!a || !b) return "";
    const show = (x: typeof a) => `${x.qualifier === "exact" ? "" : `${x.qualifier} `}${x.text} (${money(x.value)}, precision ${money(x.precision)}${x.period ? ` per ${x.period}` : ""})`;
    const half = money(Math.max(a.precision, b.precision) / 2);
    if (o === INCOMPARABLE) return `${show(a)} and ${show(b)} are in different currencies or periods`;
    if (o === EQUAL) return `${show(a)} equals ${show(b)}; different grants agree this closely with probability ${amountU(p, i, j).toFixed(4)}`;
    if (o === COMPATIBLE) return `${show(a)} and ${show(b)} differ by no more than ${half}, half the coarser precision: they may be one amount rounded`;
    return `Expected amounts within ${half} of each other, received ${show(a)} and ${show(b)}`;
  },
};
