import type { Project } from "@fundtrace/contract";

/** Mention id → id of the record it was reconciled into, from each record's `mentions` and `sources`. */
export function projectIdsByMention(projects: readonly Project[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const p of projects) {
    for (const m of p.mentions) if (!ids.has(m)) ids.set(m, p.id);
    for (const s of p.sources) if (!ids.has(s.mention)) ids.set(s.mention, p.id);
  }
  return ids;
}
