import { outcomeSpecs, q, type Comparator } from "./outcome.js";
import { NONE, F_KIND, F_ROUND, F_ROUND_LABEL, F_ROUND_NUMBERED, STRIDE } from "./prepare.js";

const MISSING = 0;
const EQUAL = 1;
const DIFFERENT_NUMBER = 2;
const DIFFERENT_LABEL = 3;
const LABEL_REFERENCE = 4;

/**
 * Funding rounds: the same round is weak evidence (a round funds many grants); two numbers of
 * the same kind of round ("Round 1" vs "Round 2") are a hard constraint against; otherwise
 * different labels are evidence against, except for a reference (whose heading may belong to
 * the project discussing it).
 */
export const roundComparator: Comparator = {
  field: "round",
  outcomes: outcomeSpecs("round", ["missing", "equal", "different-number", "different-label", "label-reference"]),
  compare(p, i, j) {
    const a = p.hot[(i) * STRIDE + F_ROUND] as number;
    const b = p.hot[(j) * STRIDE + F_ROUND] as number;
    if (a === NONE || b === NONE) return MISSING;
    if (a === b) return EQUAL;
    if (p.hot[(i) * STRIDE + F_ROUND_NUMBERED] === 1 && p.hot[(j) * STRIDE + F_ROUND_NUMBERED] === 1 && p.hot[(i) * STRIDE + F_ROUND_LABEL] === p.hot[(j) * STRIDE + F_ROUND_LABEL]) return DIFFERENT_NUMBER;
    return p.hot[(i) * STRIDE + F_KIND] === 1 || p.hot[(j) * STRIDE + F_KIND] === 1 ? LABEL_REFERENCE : DIFFERENT_LABEL;
  },
  weight(_p, _i, _j, o) {
    return this.outcomes[o]?.weight ?? 0;
  },
  detail(p, i, j, o) {
    const a = q(p.mentions[i]?.round?.text);
    const b = q(p.mentions[j]?.round?.text);
    if (o === MISSING) return `rounds ${a} and ${b}: nothing to compare`;
    if (o === EQUAL) return `${a} and ${b} name the same round`;
    if (o === DIFFERENT_NUMBER) return `Expected one round, received ${a} and ${b}`;
    if (o === LABEL_REFERENCE) return `round labels ${a} and ${b} differ, but a reference's heading may be another project's`;
    return `different round labels ${a} and ${b}`;
  },
};
