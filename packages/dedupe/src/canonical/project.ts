import type { Conflict, Project, ProjectSource } from "@fundtrace/contract";
import { NONE } from "../features/prepare.js";
import { fingerprint } from "../organisation/fingerprint.js";
import { compareText } from "../order.js";
import { canonicalAmount } from "./amount.js";
import { canonicalDates } from "./dates.js";
import { canonicalLabel } from "./label.js";
import type { Members } from "./members.js";
import { canonicalName } from "./name.js";
import { canonicalOrganisations } from "./organisations.js";
import { canonicalPlaces } from "./places.js";

const labelKey = (text: string): string => fingerprint(text) || text.trim().toLowerCase();

/**
 * One canonical record (without its id and aliases) from the mentions of a cluster: every field
 * chosen by a stated rule, its provenance recorded, and disagreements kept as conflicts.
 */
export function canonicalProject(members: Members, carriedConflicts: readonly Conflict[] = []): Omit<Project, "id" | "aliases"> {
  const { p, fundingIdx } = members;
  // interned keys from the prepared run (round, funder, programme), computed once per text
  const interned = (ids: Int32Array) => (i: number, text: string): string => {
    const id = ids[i] as number;
    return id !== NONE ? p.strings.value(id) : labelKey(text);
  };
  const provenance: Record<string, string> = {};
  const conflicts: Conflict[] = [];
  const name = canonicalName(members);
  if (name.from) provenance["name"] = name.from;
  if (name.conflict) conflicts.push(name.conflict);
  const orgs = canonicalOrganisations(p, fundingIdx, (i) => members.credit(p.mentions[i]!, "organisations")[0] ?? p.mentions[i]!.id);
  Object.assign(provenance, orgs.provenance);
  const amount = canonicalAmount(members);
  if (amount.from) provenance["amount"] = amount.from;
  if (amount.conflict) conflicts.push(amount.conflict);
  const labels = {
    round: canonicalLabel(members, "round", (m) => m.round, interned(p.round)),
    theme: canonicalLabel(members, "theme", (m) => m.theme, (_i, text) => labelKey(text)),
    funder: canonicalLabel(members, "funder", (m) => m.funder, interned(p.funder)),
    programme: canonicalLabel(members, "programme", (m) => m.programme, interned(p.programme)),
  };
  for (const [field, v] of Object.entries(labels)) {
    if (v.from) provenance[field] = v.from;
    if (v.conflict) conflicts.push(v.conflict);
  }
  const dates = canonicalDates(members);
  if (dates.firstFrom) provenance["firstAnnounced"] = dates.firstFrom;
  if (dates.lastFrom) provenance["lastAnnounced"] = dates.lastFrom;
  for (const c of carriedConflicts) if (!conflicts.some((x) => x.field === c.field)) conflicts.push(c);
  if (conflicts.length > 1) conflicts.sort((a, b) => compareText(a.field, b.field));
  const sources: ProjectSource[] = [];
  for (const m of members.funding) for (const s of members.sources(m)) sources.push(s);
  for (const m of members.references) for (const s of members.sources(m)) sources.push(s);
  if (sources.length > 1) sources.sort(compareSources);
  return {
    name: name.name,
    organisations: orgs.organisations,
    amount: amount.amount,
    conflicts,
    mentions: sources.map((s) => s.mention),
    sources,
    round: labels.round.value,
    theme: labels.theme.value,
    funder: labels.funder.value,
    programme: labels.programme.value,
    places: canonicalPlaces(members),
    firstAnnounced: dates.first,
    lastAnnounced: dates.last,
    provenance,
  };
}

/** Sources in canonical order: document, start, end, mention id. */
export function compareSources(a: ProjectSource, b: ProjectSource): number {
  return compareText(a.doc, b.doc) || a.start - b.start || a.end - b.end || compareText(a.mention, b.mention);
}
