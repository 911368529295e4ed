import type { Amount, Conflict } from "@fundtrace/contract";
import { ValueGroups, type Members } from "./members.js";

/**
 * The record's amount: the most precise one stated (smallest precision; ties go to the first
 * source in canonical order). Every other value stated is kept as a conflict, with its mentions.
 */
export function canonicalAmount(members: Members): { amount: Amount | null; from: string | null; conflict: Conflict | null } {
  let best: Amount | null = null;
  let bestMention = -1;
  let differ = false;
  members.funding.forEach((m, k) => {
    if (!m.amount) return;
    if (best && m.amount.value !== best.value) differ = true;
    if (!best || m.amount.precision < best.precision) {
      best = m.amount;
      bestMention = k;
    }
  });
  if (!best) return { amount: null, from: null, conflict: null };
  const chosen: Amount = best;
  const from = members.cite(members.funding[bestMention]!, "amount");
  if (!differ) return { amount: chosen, from, conflict: null };
  const groups = new ValueGroups<number>();
  for (const m of members.funding) if (m.amount) groups.add(String(m.amount.value), m.amount.value, members.credit(m, "amount"));
  return { amount: chosen, from, conflict: { field: "amount", values: groups.values(String(chosen.value)) } };
}
