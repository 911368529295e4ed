import type { Amount, Mention, Project } from "@fundtrace/contract";
import { collapseWhitespace, plainNumber } from "../cells.js";
import { conflictValueText } from "../conflicts.js";
import { PROJECT_COLUMNS } from "../project-columns.js";
import type { ReportDecision, ReportDocument } from "./types.js";

/** A record's amount as the table shows it: as written, qualifier included. */
export interface AmountView {
  written: string;
  value: number;
  currency: string;
  qualifier: Amount["qualifier"];
}

export interface SourceView {
  doc: string;
  mention: string;
  /** Index into the report's mentions, or -1 when the mention is not among them. */
  mentionIndex: number;
  kind: string;
  start: number;
  end: number;
  excerpt: string;
}

/** Everything the page shows about one record (the table row and the details panel). */
export interface RecordView {
  id: string;
  aliases: string[];
  name: string | null;
  organisations: Array<{ name: string; orgId: string | null; officialName: string | null }>;
  recipients: string;
  amount: AmountView | null;
  round: string | null;
  theme: string | null;
  funder: string | null;
  programme: string | null;
  places: Array<{ name: string; gss: string | null }>;
  firstAnnounced: string | null;
  lastAnnounced: string | null;
  /** Distinct source documents. */
  documentCount: number;
  conflicts: Array<{ field: string; values: Array<{ text: string; mentions: string[] }> }>;
  /** Decisions between two mentions of this record. */
  merges: ReportDecision[];
  sources: SourceView[];
  provenance: Array<[string, string]>;
}

const QUALIFIER_WORDS: Readonly<Record<Amount["qualifier"], string>> = {
  exact: "",
  "up-to": "up to",
  about: "about",
  over: "over",
  under: "under",
};

const amountColumn = PROJECT_COLUMNS.find((c) => c.key === "amountText");

/** The amount as written with its qualifier: the source's own words when at hand ("Nearly £2m"), else "under £2m". */
function amountView(project: Project, texts: (doc: string) => string | undefined): AmountView | null {
  const amount = project.amount;
  if (!amount) return null;
  const written = amountColumn?.cell({ project, texts }) ?? amount.text;
  const bare = collapseWhitespace(amount.text);
  const word = QUALIFIER_WORDS[amount.qualifier];
  return {
    written: written === bare && word !== "" ? `${word} ${bare}` : written,
    value: amount.value,
    currency: amount.currency,
    qualifier: amount.qualifier,
  };
}

const EXCERPT_LENGTH = 240;

function excerpt(text: string | undefined, start: number, end: number): string {
  if (text === undefined) return "";
  const passage = collapseWhitespace(text.slice(start, end));
  return passage.length > EXCERPT_LENGTH ? `${passage.slice(0, EXCERPT_LENGTH - 1)}…` : passage;
}

/** The view of every record, in input order. Pure. */
export function recordViews(
  projects: readonly Project[],
  mentions: readonly Mention[],
  documents: readonly ReportDocument[],
  decisions: readonly ReportDecision[],
): RecordView[] {
  const texts = new Map(documents.map((d) => [d.id, d.text]));
  const textOf = (doc: string) => texts.get(doc);
  const mentionIndex = new Map(mentions.map((m, i) => [m.id, i]));
  // each decision goes to the records holding both its mentions, in the order given (checking
  // every decision for every record took minutes for a large batch)
  const recordsOf = new Map<string, number[]>();
  projects.forEach((p, i) => {
    for (const id of new Set(p.mentions)) (recordsOf.get(id) ?? recordsOf.set(id, []).get(id)!).push(i);
  });
  const decisionsOf = new Map<number, ReportDecision[]>();
  for (const d of decisions) {
    const withB = recordsOf.get(d.b);
    if (withB === undefined) continue;
    for (const i of recordsOf.get(d.a) ?? []) if (withB.includes(i)) (decisionsOf.get(i) ?? decisionsOf.set(i, []).get(i)!).push(d);
  }
  return projects.map((p, i): RecordView => {
    return {
      id: p.id,
      aliases: [...p.aliases],
      name: p.name,
      organisations: p.organisations.map((o) => ({ name: o.name, orgId: o.link?.orgId ?? null, officialName: o.link?.officialName ?? null })),
      recipients: p.organisations.map((o) => o.name).join("; "),
      amount: amountView(p, textOf),
      round: p.round,
      theme: p.theme,
      funder: p.funder,
      programme: p.programme,
      places: p.places.map((pl) => ({ name: pl.name, gss: pl.gss })),
      firstAnnounced: p.firstAnnounced,
      lastAnnounced: p.lastAnnounced,
      documentCount: new Set(p.sources.map((s) => s.doc)).size,
      conflicts: p.conflicts.map((c) => ({
        field: c.field,
        values: c.values.map((v) => ({ text: conflictValueText(v.value), mentions: [...v.mentions] })),
      })),
      merges: (decisionsOf.get(i) ?? [])
        .map((d) => ({
          a: d.a,
          b: d.b,
          merged: d.merged,
          score: d.score,
          evidence: d.evidence.map((e) => ({ field: e.field, outcome: e.outcome, weight: e.weight, detail: e.detail })),
          ...(d.constraint !== undefined ? { constraint: d.constraint } : {}),
        })),
      sources: p.sources.map((s) => ({
        doc: s.doc,
        mention: s.mention,
        mentionIndex: mentionIndex.get(s.mention) ?? -1,
        kind: s.kind,
        start: s.start,
        end: s.end,
        excerpt: excerpt(texts.get(s.doc), s.start, s.end),
      })),
      provenance: Object.entries(p.provenance),
    };
  });
}

/** The amount cell's sort key: the value, or empty when the record has no amount. */
export const amountSortKey = (view: RecordView): string => (view.amount ? plainNumber(view.amount.value) : "");
