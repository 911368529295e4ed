import type { Project } from "@fundtrace/contract";
import { amountAsWritten, type TextLookup } from "./amount-text.js";
import { joinAligned, joinValues, plainNumber } from "./cells.js";
import type { Column } from "./columns.js";
import { describeConflicts } from "./conflicts.js";

/** What a project cell is read from: the record, and (optionally) the source texts. */
export interface ProjectRowSource {
  readonly project: Project;
  readonly texts?: TextLookup | undefined;
}

/** Source document ids in order of first appearance, without repeats. */
const sourceDocuments = (p: Project): string[] => [...new Set(p.sources.map((s) => s.doc))];

/**
 * The document that holds the record's amount: the one whose text at the amount's span is the amount's text,
 * trying the document of the mention the amount was taken from first.
 */
function amountText(source: ProjectRowSource): string | undefined {
  const { project, texts } = source;
  const amount = project.amount;
  if (!amount || !texts) return undefined;
  const from = project.sources.find((s) => s.mention === project.provenance["amount"])?.doc;
  const docs = [...new Set([...(from ? [from] : []), ...sourceDocuments(project)])];
  return docs.map((d) => texts(d)).find((t) => t !== undefined && t.slice(amount.start, amount.end) === amount.text);
}

/** The columns of the projects CSV, in their documented, stable order. */
export const PROJECT_COLUMNS: ReadonlyArray<Column<ProjectRowSource>> = [
  { key: "id", title: "Record ID", description: "The record's stable id.", cell: ({ project }) => project.id },
  { key: "name", title: "Project name", description: "The project's name as announced; empty when none was given.", cell: ({ project }) => project.name ?? "" },
  { key: "recipients", title: "Recipients", description: "Recipient organisations, joined with \"; \".", cell: ({ project }) => joinValues(project.organisations.map((o) => o.name)) },
  {
    key: "recipientIds",
    title: "Recipient identifiers",
    description: "Org ids (e.g. GB-LAE-HCK), one per recipient in the same order, empty where a recipient has none.",
    cell: ({ project }) => joinAligned(project.organisations.map((o) => o.link?.orgId)),
  },
  { key: "amount", title: "Amount", description: "The amount as a plain number: no currency sign, no commas, an integer when whole.", cell: ({ project }) => (project.amount ? plainNumber(project.amount.value) : "") },
  { key: "currency", title: "Currency", description: "ISO 4217 currency code, e.g. GBP.", cell: ({ project }) => project.amount?.currency ?? "" },
  { key: "qualifier", title: "Qualifier", description: "How the text qualifies the amount: exact, up-to, about, over or under.", cell: ({ project }) => project.amount?.qualifier ?? "" },
  {
    key: "amountText",
    title: "Amount as written",
    description: "The amount as the source wrote it (\"Up to £1.7m\" when the source text is passed in, else \"£1.7m\").",
    cell: (source) => (source.project.amount ? amountAsWritten(source.project.amount, amountText(source)) : ""),
  },
  { key: "funder", title: "Funder", description: "The funding body as named in the source.", cell: ({ project }) => project.funder ?? "" },
  { key: "programme", title: "Programme", description: "The funding programme or fund.", cell: ({ project }) => project.programme ?? "" },
  { key: "round", title: "Round", description: "The funding round, as written.", cell: ({ project }) => project.round ?? "" },
  { key: "theme", title: "Theme", description: "The theme or strand, as written.", cell: ({ project }) => project.theme ?? "" },
  { key: "places", title: "Places", description: "Places where the work happens, joined with \"; \".", cell: ({ project }) => joinValues(project.places.map((p) => p.name)) },
  {
    key: "placeCodes",
    title: "Place codes (GSS)",
    description: "ONS GSS codes, one per place in the same order, empty where a place has none.",
    cell: ({ project }) => joinAligned(project.places.map((p) => p.gss)),
  },
  { key: "firstAnnounced", title: "First announced", description: "The earliest announcement date, YYYY-MM-DD.", cell: ({ project }) => project.firstAnnounced ?? "" },
  { key: "sourceCount", title: "Number of sources", description: "How many source documents mention the record.", cell: ({ project }) => String(sourceDocuments(project).length) },
  { key: "sources", title: "Source documents", description: "The ids of those documents, in order of first appearance, joined with \"; \".", cell: ({ project }) => joinValues(sourceDocuments(project)) },
  {
    key: "conflicts",
    title: "Conflicts",
    description: "Fields on which sources disagree, e.g. \"amount: 5000000 (m_a, m_b) vs 4850000 (m_c)\".",
    cell: ({ project }) => describeConflicts(project.conflicts),
  },
];
