import { acronymMatches } from "../organisation/acronym.js";
import { outcomeSpecs, q, type Comparator } from "./outcome.js";
import { NONE, type Prepared, F_NAME_ACRONYM, F_NAME_FROM, F_NAME_KEY, F_NAME_TO, STRIDE } from "./prepare.js";
import { intersectionSize } from "./sets.js";

const MISSING = 0;
const EQUAL = 1;
const ACRONYM = 2;
const CONTAINED = 3;
const SIMILAR = 4;
const OVERLAP = 5;
const DIFFERENT = 6;

function acronymOf(p: Prepared, i: number, j: number): boolean {
  const ai = p.hot[(i) * STRIDE + F_NAME_ACRONYM] as number;
  const aj = p.hot[(j) * STRIDE + F_NAME_ACRONYM] as number;
  if (ai !== NONE && ai === aj) return true;
  if (ai !== NONE && acronymMatches(p.strings.value(ai), p.nameLongForm[j] ?? "")) return true;
  if (aj !== NONE && acronymMatches(p.strings.value(aj), p.nameLongForm[i] ?? "")) return true;
  return false;
}

/**
 * Project names: the same words (ignoring "project", "programme", plurals) are strong evidence,
 * an acronym of the other or all words of the shorter name within the longer weaker; two
 * explicit names with no word in common name two projects (a hard constraint).
 */
export const nameComparator: Comparator = {
  field: "name",
  outcomes: outcomeSpecs("name", ["missing", "equal", "acronym", "contained", "similar", "overlap", "different"]),
  compare(p, i, j) {
    if (p.hot[(i) * STRIDE + F_NAME_KEY] === NONE || p.hot[(j) * STRIDE + F_NAME_KEY] === NONE) return MISSING;
    const fi = p.hot[(i) * STRIDE + F_NAME_FROM] as number;
    const ti = p.hot[(i) * STRIDE + F_NAME_TO] as number;
    const fj = p.hot[(j) * STRIDE + F_NAME_FROM] as number;
    const tj = p.hot[(j) * STRIDE + F_NAME_TO] as number;
    const si = ti - fi;
    const sj = tj - fj;
    if (si > 0 && sj > 0 && p.hot[(i) * STRIDE + F_NAME_KEY] === p.hot[(j) * STRIDE + F_NAME_KEY]) return EQUAL;
    if (acronymOf(p, i, j)) return ACRONYM;
    const inter = intersectionSize(p.pool, fi, ti, fj, tj);
    const smaller = Math.min(si, sj);
    if (smaller > 0 && inter === smaller) return CONTAINED;
    if (inter > 0 && inter / (si + sj - inter) >= 0.5) return SIMILAR;
    if (inter > 0) return OVERLAP;
    return DIFFERENT;
  },
  weight(_p, _i, _j, o) {
    return this.outcomes[o]?.weight ?? 0;
  },
  detail(p, i, j, o) {
    const a = q(p.mentions[i]?.name);
    const b = q(p.mentions[j]?.name);
    switch (o) {
      case MISSING:
        return `names ${a} and ${b}: nothing to compare`;
      case EQUAL:
        return `${a} and ${b} have the same words`;
      case ACRONYM:
        return `${a} and ${b}: one is the acronym of the other`;
      case CONTAINED:
        return `every word of the shorter of ${a} and ${b} is in the longer`;
      case SIMILAR:
        return `${a} and ${b} share most words`;
      case OVERLAP:
        return `${a} and ${b} share a few words`;
      default:
        return `Expected one project name, received ${a} and ${b}`;
    }
  },
};
