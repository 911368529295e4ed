import { F_DAY, F_HAS_DAY, F_KIND, STRIDE } from "./prepare.js";
import weights from "../data/weights.json" with { type: "json" };
import { outcomeSpecs, type Comparator } from "./outcome.js";

const MISSING = 0;
const NOT_APPLICABLE = 1;
const SAME_DAY = 2;
const CLOSE = 3;
const FAR = 4;

const FAR_DAYS = weights.date.farDays;

/**
 * Announcement dates: the same day is weak evidence for, dates more than three years apart weak
 * evidence against (a grant is re-reported, but rarely years later). Not for references.
 */
export const dateComparator: Comparator = {
  field: "date",
  outcomes: outcomeSpecs("date", ["missing", "not-applicable", "same-day", "close", "far"]),
  compare(p, i, j) {
    if (p.hot[(i) * STRIDE + F_HAS_DAY] === 0 || p.hot[(j) * STRIDE + F_HAS_DAY] === 0) return MISSING;
    if (p.hot[(i) * STRIDE + F_KIND] === 1 || p.hot[(j) * STRIDE + F_KIND] === 1) return NOT_APPLICABLE;
    const gap = Math.abs((p.hot[(i) * STRIDE + F_DAY] as number) - (p.hot[(j) * STRIDE + F_DAY] as number));
    if (gap === 0) return SAME_DAY;
    return gap > FAR_DAYS ? FAR : CLOSE;
  },
  weight(_p, _i, _j, o) {
    return this.outcomes[o]?.weight ?? 0;
  },
  detail(p, i, j, o) {
    const a = p.mentions[i]?.announced?.date ?? "(none)";
    const b = p.mentions[j]?.announced?.date ?? "(none)";
    if (o === MISSING) return `announced ${a} and ${b}: nothing to compare`;
    const gap = Math.abs((p.hot[(i) * STRIDE + F_DAY] as number) - (p.hot[(j) * STRIDE + F_DAY] as number));
    return `announced ${a} and ${b}, ${gap} days apart`;
  },
};
