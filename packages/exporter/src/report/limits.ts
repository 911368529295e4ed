import type { Mention, Project, UnattachedAmount } from "@fundtrace/contract";
import type { ReportDocument, ReportInput } from "./types.js";

/**
 * How much one review page shows. A browser cannot open a page of hundreds of megabytes (a 10 MB
 * list page gives 280 000 records), and nobody reviews that many rows by eye: past these the page
 * says what it leaves out, and the data files hold everything.
 */
export interface ReportLimits {
  /** Records in the table, the first in the order given. */
  records: number;
  /** Characters of source text shown, over all documents, in input order. */
  sourceCharacters: number;
  /** Amounts attached to no record, listed and highlighted. */
  unattached: number;
}

export const DEFAULT_REPORT_LIMITS: ReportLimits = { records: 5_000, sourceCharacters: 5_000_000, unattached: 5_000 };

/** What one page shows, and what it leaves out. */
export interface PageContents {
  projects: Project[];
  /** The mentions of the shown records whose spans lie in the shown text. */
  mentions: Mention[];
  /** Each document's text up to the budget; documents past it are left out. */
  documents: ReportDocument[];
  unattached: UnattachedAmount[];
  /** Said at the top of the page when anything is left out; null when the page shows everything. */
  notice: string | null;
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** `text` cut to at most `limit` characters, never between the two halves of a surrogate pair. */
function cut(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const c = text.charCodeAt(limit - 1);
  return text.slice(0, c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit);
}

/** Every span a mention highlights ends by `end`. */
function within(m: Mention, end: number): boolean {
  if (m.end > end) return false;
  for (const o of m.organisations) if (o.end > end) return false;
  if (m.amount && m.amount.end > end) return false;
  if (m.nameSpan && m.nameSpan.end > end) return false;
  for (const p of m.places) if (p.end > end) return false;
  return true;
}

/** Chooses what a page shows within `limits`; with everything inside them, the input as it is. */
export function pageContents(input: ReportInput, limits: ReportLimits): PageContents {
  const { projects, mentions, documents, unattached } = input;
  const totalChars = documents.reduce((n, d) => n + d.text.length, 0);
  if (projects.length <= limits.records && totalChars <= limits.sourceCharacters && unattached.length <= limits.unattached) {
    return { projects, mentions, documents, unattached, notice: null };
  }
  const shownProjects = projects.slice(0, Math.max(0, limits.records));
  const shownDocuments: ReportDocument[] = [];
  const shownLength = new Map<string, number>();
  let budget = Math.max(0, limits.sourceCharacters);
  for (const d of documents) {
    if (budget <= 0) break;
    const text = cut(d.text, budget);
    budget -= text.length;
    shownDocuments.push(text === d.text ? d : { id: d.id, text });
    shownLength.set(d.id, text.length);
  }
  const ofShownRecords = new Set<string>();
  for (const p of shownProjects) for (const id of p.mentions) ofShownRecords.add(id);
  const shownMentions = mentions.filter((m) => ofShownRecords.has(m.id) && within(m, shownLength.get(m.doc) ?? -1));
  const shownUnattached = unattached.filter((u) => u.end <= (shownLength.get(u.doc) ?? -1)).slice(0, Math.max(0, limits.unattached));

  const parts: string[] = [];
  if (shownProjects.length < projects.length) parts.push(`${count(shownProjects.length, "record", "records")} of ${count(projects.length, "record", "records")}`);
  if (shownUnattached.length < unattached.length) parts.push(`${shownUnattached.length.toLocaleString("en-GB")} of ${count(unattached.length, "amount", "amounts")} attached to no record`);
  const shownChars = shownDocuments.reduce((n, d) => n + d.text.length, 0);
  if (shownChars < totalChars) parts.push(`the first ${count(shownChars, "character", "characters")} of ${count(totalChars, "character", "characters")} of source text (${count(shownDocuments.length, "document", "documents")} of ${count(documents.length, "document", "documents")})`);
  const notice = `This page shows ${parts.join(", ")}, so that a browser can open it; only mentions of the records shown are highlighted. Every record, mention and unattached amount is in projects.json, mentions.jsonl, the CSV files and run.json.`;
  return { projects: shownProjects, mentions: shownMentions, documents: shownDocuments, unattached: shownUnattached, notice };
}
