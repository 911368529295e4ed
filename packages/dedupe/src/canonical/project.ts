import type { Conflict, Mention, Project, ProjectSource, Quote } from "@fundtrace/contract";
import { F_FUNDER, F_PROGRAMME, F_ROUND, NONE, STRIDE, type Prepared } from "../features/prepare.js";
import { fingerprint } from "../organisation/fingerprint.js";
import { compareText, sortSmall } from "../order.js";
import { canonicalAmount } from "./amount.js";
import { canonicalDates } from "./dates.js";
import { canonicalLabel, type Labelled } from "./label.js";
import { exact, type LabelKeys, type Members } from "./members.js";
import { canonicalName } from "./name.js";
import { canonicalOrganisations } from "./organisations.js";
import { canonicalPlaces } from "./places.js";

const labelKey = (text: string): string => fingerprint(text) || text.trim().toLowerCase();

/**
 * The run's label keys: interned in the prepared run where it has them (round, funder,
 * programme), else computed once per distinct text.
 */
export function labelKeysOf(p: Prepared): LabelKeys {
  const memo = new Map<string, string>();
  const computed = (text: string): string => {
    let key = memo.get(text);
    if (key === undefined) {
      key = labelKey(text);
      memo.set(text, key);
    }
    return key;
  };
  const interned = (field: number) => (i: number, text: string): string => {
    const id = p.hot[i * STRIDE + field] as number;
    return id !== NONE ? p.strings.value(id) : computed(text);
  };
  return { round: interned(F_ROUND), theme: (_i, text) => computed(text), funder: interned(F_FUNDER), programme: interned(F_PROGRAMME) };
}

const readRound = (m: Mention): Quote | null => m.round;
const readTheme = (m: Mention): Quote | null => m.theme;
const readFunder = (m: Mention): Quote | null => m.funder;
const readProgramme = (m: Mention): Quote | null => m.programme;
const byField = (a: Conflict, b: Conflict): number => compareText(a.field, b.field);
const mentionOf = (s: ProjectSource): string => s.mention;
/** Provenance keys of a record's organisations, by position. */
const ORGANISATION_KEYS = Array.from({ length: 16 }, (_, k) => `organisations.${k}`);

/**
 * The canonical record `identity` names, from the mentions of its cluster: every field chosen by
 * a stated rule, its provenance recorded, and disagreements kept as conflicts.
 */
export function canonicalProject(
  members: Members,
  identity: { id: string; aliases: string[] },
  carriedConflicts: readonly Conflict[] = [],
): Project {
  const { p, fundingIdx, labelKeys } = members;
  const provenance: Record<string, string> = {};
  const conflicts: Conflict[] = [];
  const name = canonicalName(members);
  if (name.from) provenance["name"] = name.from;
  if (name.conflict) conflicts.push(name.conflict);
  const orgs = canonicalOrganisations(p, fundingIdx);
  orgs.from.forEach((i, k) => {
    provenance[ORGANISATION_KEYS[k] ?? `organisations.${k}`] = members.cite(p.mentions[i]!, "organisations");
  });
  const amount = canonicalAmount(members);
  if (amount.from) provenance["amount"] = amount.from;
  if (amount.conflict) conflicts.push(amount.conflict);
  const round = canonicalLabel(members, "round", readRound, labelKeys.round);
  const theme = canonicalLabel(members, "theme", readTheme, labelKeys.theme);
  const funder = canonicalLabel(members, "funder", readFunder, labelKeys.funder);
  const programme = canonicalLabel(members, "programme", readProgramme, labelKeys.programme);
  const labelled = (field: string, v: Labelled): void => {
    if (v.from) provenance[field] = v.from;
    if (v.conflict) conflicts.push(v.conflict);
  };
  labelled("round", round);
  labelled("theme", theme);
  labelled("funder", funder);
  labelled("programme", programme);
  const dates = canonicalDates(members);
  if (dates.firstFrom) provenance["firstAnnounced"] = dates.firstFrom;
  if (dates.lastFrom) provenance["lastAnnounced"] = dates.lastFrom;
  for (const c of carriedConflicts) if (!conflicts.some((x) => x.field === c.field)) conflicts.push(c);
  if (conflicts.length > 1) sortSmall(conflicts, byField);
  let sources: ProjectSource[];
  if (members.funding.length === 1 && members.references.length === 0) {
    // a record of one mention (most of them): its sources as they come, one list, no copy
    sources = members.sources(members.funding[0]!);
  } else {
    const all: ProjectSource[] = [];
    for (const m of members.funding) for (const s of members.sources(m)) all.push(s);
    for (const m of members.references) for (const s of members.sources(m)) all.push(s);
    if (all.length > 1) sortSmall(all, compareSources);
    sources = exact(all);
  }
  return {
    id: identity.id,
    aliases: identity.aliases,
    name: name.name,
    organisations: orgs.organisations,
    amount: amount.amount,
    conflicts,
    mentions: sources.map(mentionOf),
    sources,
    round: round.value,
    theme: theme.value,
    funder: funder.value,
    programme: programme.value,
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
