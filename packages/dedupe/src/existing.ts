import type { Mention, Message, Project, ProjectSource } from "@fundtrace/contract";
import { compareMentions, compareText } from "./order.js";
import { StringSlots } from "./text/intern.js";

/** The rule an existing record's stand-in mention carries. */
export const RECORD_RULE = "dedupe/existing-record";

/** Everything reconcile needs to know about the existing records. */
export interface ExistingContext {
  /** New and existing mentions (one per id) and stand-ins for records whose mentions are missing. */
  mentions: Mention[];
  /** Stand-in mention id → the record it stands for. */
  standIns: Map<string, Project>;
  /** Stand-in mention id → the documents of the funding mentions it stands for. */
  standInDocs: Map<string, string[]>;
  /** Stand-in mention id → the sources it stands for. */
  standInSources: Map<string, ProjectSource[]>;
  /** Funding mention id (or stand-in id) → the existing record it belonged to. */
  recordOf: Map<string, string>;
  /** Existing record id → reference sources no longer supplied (carried over as they were). */
  carriedReferences: Map<string, ProjectSource[]>;
  existing: Map<string, Project>;
  messages: Message[];
}

function quote(text: string | null) {
  return text === null ? null : { text, start: 0, end: 0 };
}

/** A funding mention that stands for an existing record whose own mentions were not supplied. */
function standIn(project: Project, first: ProjectSource): Mention {
  return {
    id: `record:${project.id}`,
    doc: first.doc,
    start: first.start,
    end: first.end,
    kind: "funding",
    name: project.name,
    nameSpan: null,
    organisations: project.organisations.map((o) => ({
      name: o.name, start: 0, end: 0, role: "recipient" as const, kind: "other" as const, aliases: o.aliases, rule: RECORD_RULE, link: o.link,
    })),
    amount: project.amount,
    places: project.places.map((pl) => ({ name: pl.name, start: 0, end: 0, link: null })),
    round: quote(project.round),
    theme: quote(project.theme),
    funder: quote(project.funder),
    programme: quote(project.programme),
    announced: project.firstAnnounced ? { text: project.firstAnnounced, start: 0, end: 0, date: project.firstAnnounced } : null,
    rules: [RECORD_RULE],
  };
}

const compareSources = (a: ProjectSource, b: ProjectSource): number =>
  compareText(a.doc, b.doc) || a.start - b.start || a.end - b.end || compareText(a.mention, b.mention);

/**
 * Collects the mentions to reconcile: one per id (a new mention replaces an existing one with the
 * same id), plus one stand-in per existing record some of whose funding mentions were not supplied.
 */
export function gatherMentions(newMentions: readonly Mention[], existing: readonly Project[], existingMentions: readonly Mention[]): ExistingContext {
  const messages: Message[] = [];
  // one mention per id, numbered in order of first sight
  const most = existingMentions.length + newMentions.length + existing.length;
  const ids = new StringSlots(most);
  // sized up front and cut to length at the end (arrays grown by pushing leave their old copies behind)
  const chosen = new Array<Mention>(most);
  const listOf = new Uint8Array(most);
  let count = 0;
  const put = (list: readonly Mention[], from: number) => {
    // of two with one id in a list, the first in canonical order is kept; a later list's replaces an earlier one's
    for (const m of list) {
      const e = ids.index(m.id);
      if (e < 0) {
        ids.add(m.id);
        chosen[count] = m;
        listOf[count++] = from;
        continue;
      }
      const had = chosen[e] as Mention;
      if (listOf[e] !== from) {
        chosen[e] = m;
        listOf[e] = from;
        continue;
      }
      const [keep, drop] = compareMentions(m, had) < 0 ? [m, had] : [had, m];
      chosen[e] = keep;
      messages.push({ ruleId: "dedupe/duplicate-mention", reason: `Expected mention ids to be unique, received ${m.id} twice; the first in document order is kept`, span: { start: drop.start, end: drop.end }, source: drop.doc, severity: "warning" });
    }
  };
  put(existingMentions, 0);
  put(newMentions, 1);
  const has = (id: string): boolean => ids.index(id) >= 0;

  const standIns = new Map<string, Project>();
  const standInDocs = new Map<string, string[]>();
  const standInSources = new Map<string, ProjectSource[]>();
  const recordOf = new Map<string, string>();
  const carriedReferences = new Map<string, ProjectSource[]>();
  const existingById = new Map<string, Project>();
  for (const project of [...existing].sort((a, b) => compareText(a.id, b.id))) {
    existingById.set(project.id, project);
    const missing = project.sources.filter((s) => !has(s.mention)).sort(compareSources);
    const missingFunding = missing.filter((s) => s.kind === "funding");
    for (const s of project.sources) if (s.kind === "funding" && has(s.mention)) recordOf.set(s.mention, project.id);
    if (missingFunding.length > 0) {
      const m = standIn(project, missingFunding[0]!);
      const e = ids.index(m.id);
      if (e >= 0) chosen[e] = m;
      else {
        ids.add(m.id);
        chosen[count] = m;
        listOf[count++] = 2;
      }
      standIns.set(m.id, project);
      standInDocs.set(m.id, [...new Set(missingFunding.map((s) => s.doc))]);
      standInSources.set(m.id, missing);
      recordOf.set(m.id, project.id);
      messages.push({ ruleId: "dedupe/existing-without-mentions", reason: `Expected the mentions of record ${project.id}, received ${missing.length} of its ${project.sources.length} sources missing; its recorded fields stand in for them`, span: null, source: missingFunding[0]!.doc, severity: "info" });
    } else if (missing.length > 0) {
      carriedReferences.set(project.id, missing);
    }
  }
  chosen.length = count;
  return { mentions: chosen, standIns, standInDocs, standInSources, recordOf, carriedReferences, existing: existingById, messages };
}
