import type { Conflict } from "@fundtrace/contract";
import { F_NAME_FROM, F_NAME_KEY, F_NAME_TO, NONE, STRIDE } from "../features/prepare.js";
import { capitals, ValueGroups, type Members } from "./members.js";

/**
 * The record's name: the fullest name a funding mention gives — most distinctive words, then
 * formal casing, then length — or a reference's only when no funding mention names one. Names
 * with different words are kept as a conflict.
 */
export function canonicalName(members: Members): { name: string | null; from: string | null; conflict: Conflict | null } {
  const { p } = members;
  const pick = (list: readonly number[]): number => {
    let best = -1;
    for (const i of list) {
      const name = p.mentions[i]!.name;
      if (!name || name.trim().length === 0) continue;
      if (best < 0 || fuller(members, i, best)) best = i;
    }
    return best;
  };
  let best = pick(members.fundingIdx);
  if (best < 0) best = pick(members.referenceIdx);
  if (best < 0) return { name: null, from: null, conflict: null };
  const bestMention = p.mentions[best]!;
  const keyOf = (i: number): string => {
    const k = p.hot[i * STRIDE + F_NAME_KEY] as number;
    return k !== NONE ? p.strings.value(k) : (p.mentions[i]!.name ?? "").trim().toLowerCase();
  };
  let conflict: Conflict | null = null;
  const named = [...members.fundingIdx, ...members.referenceIdx].filter((i) => (p.mentions[i]!.name ?? "").trim().length > 0);
  if (named.some((i) => keyOf(i) !== keyOf(best))) {
    const groups = new ValueGroups<string>();
    for (const i of named) groups.add(keyOf(i), p.mentions[i]!.name!.trim(), members.credit(p.mentions[i]!, "name"));
    conflict = { field: "name", values: groups.values(keyOf(best)) };
  }
  return { name: bestMention.name!.trim(), from: members.cite(bestMention, "name"), conflict };
}

function fuller(members: Members, a: number, b: number): boolean {
  const { p } = members;
  const ta = (p.hot[a * STRIDE + F_NAME_TO] as number) - (p.hot[a * STRIDE + F_NAME_FROM] as number);
  const tb = (p.hot[b * STRIDE + F_NAME_TO] as number) - (p.hot[b * STRIDE + F_NAME_FROM] as number);
  if (ta !== tb) return ta > tb;
  const na = p.mentions[a]!.name!.trim();
  const nb = p.mentions[b]!.name!.trim();
  const ca = capitals(na);
  const cb = capitals(nb);
  if (ca !== cb) return ca > cb;
  return na.length > nb.length;
}
