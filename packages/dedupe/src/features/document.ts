import { outcomeSpecs, type Comparator } from "./outcome.js";
import { F_DOC, F_KIND, STRIDE, type Prepared } from "./prepare.js";

const DIFFERENT = 0;
const SAME = 1;
const NOT_APPLICABLE = 2;

/** Whether two mentions come from (or, for a kept record, stand for) a common document. */
export function shareDocument(p: Prepared, i: number, j: number): boolean {
  if (p.extraDocs.size === 0) return p.hot[(i) * STRIDE + F_DOC] === p.hot[(j) * STRIDE + F_DOC];
  const a = p.extraDocs.get(i);
  const b = p.extraDocs.get(j);
  const di = p.hot[(i) * STRIDE + F_DOC] as number;
  const dj = p.hot[(j) * STRIDE + F_DOC] as number;
  if (!a && !b) return di === dj;
  if (a && !b) return a.includes(dj) || di === dj;
  if (!a && b) return b.includes(di) || di === dj;
  for (const x of a as Int32Array) if ((b as Int32Array).includes(x)) return true;
  return di === dj;
}

/**
 * Same document: one document stating two fundings states two grants, so two funding mentions of
 * one document never merge (a hard constraint). References are exempt.
 */
export const documentComparator: Comparator = {
  field: "document",
  outcomes: outcomeSpecs("document", ["different-documents", "same-document", "not-applicable"]),
  compare(p, i, j) {
    if (p.hot[(i) * STRIDE + F_KIND] === 1 || p.hot[(j) * STRIDE + F_KIND] === 1) return NOT_APPLICABLE;
    return shareDocument(p, i, j) ? SAME : DIFFERENT;
  },
  weight(_p, _i, _j, o) {
    return this.outcomes[o]?.weight ?? 0;
  },
  detail(p, i, j, o) {
    const a = p.mentions[i]?.doc ?? "";
    const b = p.mentions[j]?.doc ?? "";
    if (o === SAME) return `both state a funding in document ${a}: one document's fundings are different grants`;
    if (o === NOT_APPLICABLE) return `a reference may name a project of any document (${a}, ${b})`;
    return `documents ${a} and ${b}`;
  },
};
