import weights from "../data/weights.json" with { type: "json" };
import { acronymMatches } from "../organisation/acronym.js";
import { outcomeSpecs, q, type Comparator } from "./outcome.js";
import { NONE, type Prepared, F_ORG_FROM, F_ORG_TO, O_ACRONYM_FROM, O_ACRONYM_TO, O_ALIAS_FROM, O_ALIAS_TO, O_CORE, O_CORE_FROM, O_CORE_SIZE, O_CORE_TO, O_FINGERPRINT, O_IS_ACRONYM, O_KEY, O_LINKED, O_OFFICIAL_CORE, O_STRIDE, STRIDE, O_COUNT } from "./prepare.js";
import { intersectionSize, rangeHas, rangeValues } from "./sets.js";

const MISSING = 0;
const DISJOINT = 1;
/** Match levels, strongest last; outcome = 2 * level + (partial ? 1 : 0). */
const SIMILAR = 1;
const ALIAS = 2;
const FINGERPRINT = 3;
const LINKED = 4;

function aliasMatch(p: Prepared, a: number, b: number): boolean {
  const t = p.orgs;
  if (intersectionSize(p.pool, t.hot[(a) * O_STRIDE + O_ACRONYM_FROM] as number, t.hot[(a) * O_STRIDE + O_ACRONYM_TO] as number, t.hot[(b) * O_STRIDE + O_ACRONYM_FROM] as number, t.hot[(b) * O_STRIDE + O_ACRONYM_TO] as number) > 0) return true;
  if (rangeHas(p.pool, t.hot[(a) * O_STRIDE + O_ALIAS_FROM] as number, t.hot[(a) * O_STRIDE + O_ALIAS_TO] as number, t.hot[(b) * O_STRIDE + O_FINGERPRINT] as number)) return true;
  if (rangeHas(p.pool, t.hot[(b) * O_STRIDE + O_ALIAS_FROM] as number, t.hot[(b) * O_STRIDE + O_ALIAS_TO] as number, t.hot[(a) * O_STRIDE + O_FINGERPRINT] as number)) return true;
  if (intersectionSize(p.pool, t.hot[(a) * O_STRIDE + O_ALIAS_FROM] as number, t.hot[(a) * O_STRIDE + O_ALIAS_TO] as number, t.hot[(b) * O_STRIDE + O_ALIAS_FROM] as number, t.hot[(b) * O_STRIDE + O_ALIAS_TO] as number) > 0) return true;
  if (t.hot[(a) * O_STRIDE + O_IS_ACRONYM] === 1 && t.hot[(b) * O_STRIDE + O_IS_ACRONYM] === 0) return acronymMatches(t.variant(a).written, t.variant(b).longForm);
  if (t.hot[(b) * O_STRIDE + O_IS_ACRONYM] === 1 && t.hot[(a) * O_STRIDE + O_IS_ACRONYM] === 0) return acronymMatches(t.variant(b).written, t.variant(a).longForm);
  return false;
}

function coreMatch(p: Prepared, a: number, b: number): boolean {
  const t = p.orgs;
  const ca = t.hot[(a) * O_STRIDE + O_CORE] as number;
  const cb = t.hot[(b) * O_STRIDE + O_CORE] as number;
  if (ca !== NONE && ca === cb) return true;
  if (cb !== NONE && t.hot[(a) * O_STRIDE + O_OFFICIAL_CORE] === cb) return true;
  if (ca !== NONE && t.hot[(b) * O_STRIDE + O_OFFICIAL_CORE] === ca) return true;
  const sa = t.hot[(a) * O_STRIDE + O_CORE_SIZE] as number;
  const sb = t.hot[(b) * O_STRIDE + O_CORE_SIZE] as number;
  const smaller = Math.min(sa, sb);
  if (smaller < 2) return false;
  return intersectionSize(p.pool, t.hot[(a) * O_STRIDE + O_CORE_FROM] as number, t.hot[(a) * O_STRIDE + O_CORE_TO] as number, t.hot[(b) * O_STRIDE + O_CORE_FROM] as number, t.hot[(b) * O_STRIDE + O_CORE_TO] as number) === smaller;
}

/**
 * How well two organisation rows match: the same register entry (4), the same fingerprint (3),
 * an alias or acronym of the other (2), the same distinctive words (1), or not at all (0).
 * Two different register entries never match.
 */
export function organisationMatch(p: Prepared, a: number, b: number): number {
  const t = p.orgs;
  const la = t.hot[(a) * O_STRIDE + O_LINKED] as number;
  const lb = t.hot[(b) * O_STRIDE + O_LINKED] as number;
  if (la !== NONE && lb !== NONE) return la === lb ? LINKED : 0;
  if (t.hot[(a) * O_STRIDE + O_FINGERPRINT] === t.hot[(b) * O_STRIDE + O_FINGERPRINT] || t.hot[(a) * O_STRIDE + O_KEY] === t.hot[(b) * O_STRIDE + O_KEY]) return FINGERPRINT;
  if (aliasMatch(p, a, b)) return ALIAS;
  if (coreMatch(p, a, b)) return SIMILAR;
  return 0;
}

function describeMatch(p: Prepared, a: number, b: number, level: number): string {
  const t = p.orgs;
  const x = q(t.variant(a).written);
  const y = q(t.variant(b).written);
  switch (level) {
    case LINKED:
      return `${x} and ${y} are register entry ${t.variant(a).link?.registerCode ?? "?"} (${t.variant(a).link?.officialName ?? ""})`;
    case FINGERPRINT:
      return `${x} and ${y} share the fingerprint "${p.strings.value(t.hot[(a) * O_STRIDE + O_FINGERPRINT] as number)}"`;
    case ALIAS:
      return `${x} and ${y} are one organisation by alias or acronym`;
    default: {
      const words = rangeValues(p.pool, t.hot[(a) * O_STRIDE + O_CORE_FROM] as number, t.hot[(a) * O_STRIDE + O_CORE_TO] as number, (id) => p.strings.value(id));
      return `${x} and ${y} share the distinctive words "${words.join(" ") || p.strings.value(t.hot[(a) * O_STRIDE + O_OFFICIAL_CORE] as number)}"`;
    }
  }
}

/**
 * Organisations: the same register entry is strong evidence, the same fingerprint or an acronym
 * nearly as strong, sharing only distinctive words weaker; names that share no organisation at
 * all are a hard constraint against. Extra organisations on one side make a match partial.
 */
export const organisationComparator: Comparator = {
  field: "organisation",
  outcomes: outcomeSpecs("organisation", [
    "missing", "disjoint", "similar", "similar-partial", "alias-equal", "alias-partial",
    "fingerprint-equal", "fingerprint-partial", "linked-equal", "linked-partial",
  ]),
  compare(p, i, j) {
    const ai = p.hot[(i) * STRIDE + F_ORG_FROM] as number;
    const bi = p.hot[(i) * STRIDE + F_ORG_TO] as number;
    const aj = p.hot[(j) * STRIDE + F_ORG_FROM] as number;
    const bj = p.hot[(j) * STRIDE + F_ORG_TO] as number;
    if (ai === bi || aj === bj) return MISSING;
    if (bi - ai === 1 && bj - aj === 1) {
      const level = organisationMatch(p, ai, aj);
      return level === 0 ? DISJOINT : 2 * level;
    }
    let best = 0;
    let matchedI = 0;
    for (let a = ai; a < bi; a++) {
      let rowBest = 0;
      for (let b = aj; b < bj; b++) {
        const level = organisationMatch(p, a, b);
        if (level > rowBest) rowBest = level;
      }
      if (rowBest > 0) matchedI++;
      if (rowBest > best) best = rowBest;
    }
    if (best === 0) return DISJOINT;
    let matchedJ = 0;
    for (let b = aj; b < bj; b++) {
      for (let a = ai; a < bi; a++) {
        if (organisationMatch(p, a, b) > 0) {
          matchedJ++;
          break;
        }
      }
    }
    const complete = matchedI === bi - ai && matchedJ === bj - aj;
    return 2 * best + (complete ? 0 : 1);
  },
  weight(p, i, j, o) {
    const w = this.outcomes[o]?.weight ?? 0;
    if (o < SIMILAR * 2) return w;
    return Math.max(0, Math.round((w - frequencyPenalty(p, i, j)) * 100) / 100);
  },
  detail(p, i, j, o) {
    const penalty = o >= SIMILAR * 2 ? frequencyPenalty(p, i, j) : 0;
    const note = penalty > 0 ? ` (an organisation named by ${mostNamed(p, i, j)} funding mentions: agreement weighs ${penalty.toFixed(2)} less)` : "";
    return describe(p, i, j, o) + note;
  },
};

const COMMON_AT = weights.organisation.commonAt;

/** The most funding mentions naming any organisation of either mention. */
function mostNamed(p: Prepared, i: number, j: number): number {
  let most = 1;
  for (const m of [i, j]) {
    for (let o = p.hot[m * STRIDE + F_ORG_FROM] as number; o < (p.hot[m * STRIDE + F_ORG_TO] as number); o++) {
      const c = p.orgs.hot[o * O_STRIDE + O_COUNT] as number;
      if (c > most) most = c;
    }
  }
  return most;
}

/** log2 of how much more often than `commonAt` the organisation is named (0 for most). */
export function frequencyPenalty(p: Prepared, i: number, j: number): number {
  const most = mostNamed(p, i, j);
  return most > COMMON_AT ? Math.round(Math.log2(most / COMMON_AT) * 100) / 100 : 0;
}

function describe(p: Prepared, i: number, j: number, o: number): string {
  {
    const ai = p.hot[(i) * STRIDE + F_ORG_FROM] as number;
    const bi = p.hot[(i) * STRIDE + F_ORG_TO] as number;
    const aj = p.hot[(j) * STRIDE + F_ORG_FROM] as number;
    const bj = p.hot[(j) * STRIDE + F_ORG_TO] as number;
    const list = (from: number, to: number) => {
      const names: string[] = [];
      for (let r = from; r < to; r++) names.push(q(p.orgs.variant(r).written));
      return `[${names.join(", ")}]`;
    };
    if (o === MISSING) return `only one side names organisations: ${list(ai, bi)} vs ${list(aj, bj)}`;
    if (o === DISJOINT) return `no organisation of ${list(ai, bi)} matches one of ${list(aj, bj)}`;
    const parts: string[] = [];
    const unmatched: string[] = [];
    for (let a = ai; a < bi; a++) {
      let rowBest = 0;
      let with_ = -1;
      for (let b = aj; b < bj; b++) {
        const level = organisationMatch(p, a, b);
        if (level > rowBest) {
          rowBest = level;
          with_ = b;
        }
      }
      if (rowBest > 0) parts.push(describeMatch(p, a, with_, rowBest));
      else unmatched.push(q(p.orgs.variant(a).written));
    }
    for (let b = aj; b < bj; b++) {
      let any = false;
      for (let a = ai; a < bi; a++) if (organisationMatch(p, a, b) > 0) any = true;
      if (!any) unmatched.push(q(p.orgs.variant(b).written));
    }
    return parts.join("; ") + (unmatched.length > 0 ? `; not matched: ${unmatched.join(", ")}` : "");
  }
}
