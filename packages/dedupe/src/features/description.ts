import weights from "../data/weights.json" with { type: "json" };
import { outcomeSpecs, type Comparator } from "./outcome.js";
import { F_DESC_FROM, F_DESC_TO, F_KIND, STRIDE, type Prepared } from "./prepare.js";
import { intersectionSize } from "./sets.js";

const MISSING = 0;
const HIGH = 1;
const MEDIUM = 2;
const NEUTRAL = 3;
const LOW = 4;
const LOW_REFERENCE = 5;

const BANDS = weights.description.bands;
const MIN_TOKENS = weights.description.minTokens;

/** Share of the shorter passage's content words found in the other (overlap coefficient). */
export function passageOverlap(p: Prepared, i: number, j: number): number {
  const fi = p.hot[(i) * STRIDE + F_DESC_FROM] as number;
  const ti = p.hot[(i) * STRIDE + F_DESC_TO] as number;
  const fj = p.hot[(j) * STRIDE + F_DESC_FROM] as number;
  const tj = p.hot[(j) * STRIDE + F_DESC_TO] as number;
  const smaller = Math.min(ti - fi, tj - fj);
  if (smaller < MIN_TOKENS) return Number.NaN;
  return intersectionSize(p.pool, fi, ti, fj, tj) / smaller;
}

/**
 * Passage text: sharing most content words (beyond organisation names and funding boilerplate)
 * is evidence for; sharing almost none is evidence against between funding passages, but not
 * for a reference, which discusses a project in its own words.
 */
export const descriptionComparator: Comparator = {
  field: "description",
  outcomes: outcomeSpecs("description", ["missing", "high", "medium", "neutral", "low", "low-reference"]),
  compare(p, i, j) {
    const overlap = passageOverlap(p, i, j);
    if (Number.isNaN(overlap)) return MISSING;
    if (overlap >= BANDS.high) return HIGH;
    if (overlap >= BANDS.medium) return MEDIUM;
    if (overlap >= BANDS.low) return NEUTRAL;
    return p.hot[(i) * STRIDE + F_KIND] === 1 || p.hot[(j) * STRIDE + F_KIND] === 1 ? LOW_REFERENCE : LOW;
  },
  weight(_p, _i, _j, o) {
    return this.outcomes[o]?.weight ?? 0;
  },
  detail(p, i, j, o) {
    if (o === MISSING) return `passages too short or not given (need ${MIN_TOKENS} content words each)`;
    const overlap = passageOverlap(p, i, j);
    const shared = intersectionSize(p.pool, p.hot[(i) * STRIDE + F_DESC_FROM] as number, p.hot[(i) * STRIDE + F_DESC_TO] as number, p.hot[(j) * STRIDE + F_DESC_FROM] as number, p.hot[(j) * STRIDE + F_DESC_TO] as number);
    return `${shared} content words shared, ${(overlap * 100).toFixed(0)}% of the shorter passage`;
  },
};
