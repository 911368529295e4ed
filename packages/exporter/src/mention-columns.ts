import type { Mention } from "@fundtrace/contract";
import { amountAsWritten } from "./amount-text.js";
import { collapseWhitespace, joinValues, plainNumber } from "./cells.js";
import type { Column } from "./columns.js";

/** What a mention cell is read from: the mention, its document's text (when at hand) and its record id. */
export interface MentionRowSource {
  readonly mention: Mention;
  readonly text: string | undefined;
  readonly projectId: string | undefined;
}

/** The columns of the mentions CSV, in their documented, stable order. */
export const MENTION_COLUMNS: ReadonlyArray<Column<MentionRowSource>> = [
  { key: "id", title: "Mention ID", description: "The mention's stable id.", cell: ({ mention }) => mention.id },
  { key: "doc", title: "Document", description: "The id of the document the passage is in.", cell: ({ mention }) => mention.doc },
  { key: "kind", title: "Kind", description: "funding (states who is funded or how much) or reference (only names a project).", cell: ({ mention }) => mention.kind },
  { key: "start", title: "Start", description: "Where the passage starts in the document (a JavaScript string index).", cell: ({ mention }) => String(mention.start) },
  { key: "end", title: "End", description: "Where the passage ends (exclusive).", cell: ({ mention }) => String(mention.end) },
  { key: "projectId", title: "Record ID", description: "The record the mention was reconciled into; empty when not known.", cell: ({ projectId }) => projectId ?? "" },
  { key: "name", title: "Project name", description: "The project name the passage gives; empty when none.", cell: ({ mention }) => mention.name ?? "" },
  {
    key: "recipients",
    title: "Recipients",
    description: "Organisations the passage names as recipients, joined with \"; \".",
    cell: ({ mention }) => joinValues(mention.organisations.filter((o) => o.role === "recipient").map((o) => o.name)),
  },
  { key: "amount", title: "Amount", description: "The amount as a plain number: no currency sign, no commas, an integer when whole.", cell: ({ mention }) => (mention.amount ? plainNumber(mention.amount.value) : "") },
  { key: "currency", title: "Currency", description: "ISO 4217 currency code, e.g. GBP.", cell: ({ mention }) => mention.amount?.currency ?? "" },
  { key: "qualifier", title: "Qualifier", description: "exact, up-to, about, over or under.", cell: ({ mention }) => mention.amount?.qualifier ?? "" },
  {
    key: "amountText",
    title: "Amount as written",
    description: "The amount as the passage writes it, qualifier included when the text is at hand (\"Up to £1.7m\").",
    cell: ({ mention, text }) => (mention.amount ? amountAsWritten(mention.amount, text) : ""),
  },
  { key: "places", title: "Places", description: "Places the passage names, joined with \"; \".", cell: ({ mention }) => joinValues(mention.places.map((p) => p.name)) },
  { key: "round", title: "Round", description: "The funding round, as written.", cell: ({ mention }) => mention.round?.text ?? "" },
  {
    key: "passage",
    title: "Passage",
    description: "The passage text (document text from start to end), whitespace collapsed to single spaces; empty when the text is not at hand.",
    cell: ({ mention, text }) => (text === undefined ? "" : collapseWhitespace(text.slice(mention.start, mention.end))),
  },
];
