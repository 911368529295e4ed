import type { Conflict, Mention, Quote } from "@fundtrace/contract";
import { ValueGroups, type Members } from "./members.js";

/** A labelled field's value, the mention it is cited from, and disagreements. */
export interface Labelled {
  value: string | null;
  from: string | null;
  conflict: Conflict | null;
}

/**
 * A labelled field (round, theme, funder, programme): the value most funding mentions state
 * (ties: the first in canonical order), written as its first source wrote it. References do not
 * count: the heading a reference sits under belongs to the passage discussing it. Different
 * values among funding mentions are kept as a conflict.
 */
export function canonicalLabel(
  members: Members,
  field: string,
  read: (m: Mention) => Quote | null,
  keyOf: (i: number, text: string) => string,
): Labelled {
  // most records agree (or have one member): no tally needed
  let firstKey: string | null = null;
  let firstText = "";
  let firstMention: Mention | null = null;
  let uniform = true;
  for (let order = 0; order < members.fundingIdx.length && uniform; order++) {
    const m = members.funding[order]!;
    const q = read(m);
    if (!q || q.text.trim().length === 0) continue;
    const key = keyOf(members.fundingIdx[order]!, q.text);
    if (firstKey === null) {
      firstKey = key;
      firstText = q.text.trim();
      firstMention = m;
    } else if (key !== firstKey) uniform = false;
  }
  if (firstMention === null) return NO_LABEL;
  if (uniform) return { value: firstText, from: members.cite(firstMention, field), conflict: null };
  return tallied(members, field, read, keyOf);
}

const NO_LABEL: Labelled = Object.freeze({ value: null, from: null, conflict: null });

/** The general case: values differ, so they are counted and kept as a conflict. */
function tallied(
  members: Members,
  field: string,
  read: (m: Mention) => Quote | null,
  keyOf: (i: number, text: string) => string,
): Labelled {
  let counts: Map<string, { count: number; text: string; mention: Mention; order: number }> | null = null;
  let firstKey: string | null = null;
  members.fundingIdx.forEach((i, order) => {
    const m = members.funding[order]!;
    const q = read(m);
    if (!q || q.text.trim().length === 0) return;
    const key = keyOf(i, q.text);
    if (firstKey === null) firstKey = key;
    if (!counts) counts = new Map();
    const seen = counts.get(key);
    if (seen) seen.count++;
    else counts.set(key, { count: 1, text: q.text.trim(), mention: m, order });
  });
  if (!counts || firstKey === null) return NO_LABEL;
  const all: Map<string, { count: number; text: string; mention: Mention; order: number }> = counts;
  let bestKey = firstKey as string;
  for (const [key, v] of all) {
    const b = all.get(bestKey)!;
    if (v.count > b.count || (v.count === b.count && v.order < b.order)) bestKey = key;
  }
  const best = all.get(bestKey)!;
  const from = members.cite(best.mention, field);
  if (all.size === 1) return { value: best.text, from, conflict: null };
  const groups = new ValueGroups<string>();
  members.fundingIdx.forEach((i, order) => {
    const m = members.funding[order]!;
    const q = read(m);
    if (q && q.text.trim().length > 0) groups.add(keyOf(i, q.text), q.text.trim(), members.credit(m, field));
  });
  return { value: best.text, from, conflict: { field, values: groups.values(bestKey) } };
}
