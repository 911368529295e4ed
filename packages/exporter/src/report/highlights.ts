import { message, type Mention, type Message, type Project, type UnattachedAmount } from "@fundtrace/contract";
import type { HighlightKind } from "./highlight-kinds.js";
import type { ReportDocument } from "./types.js";

/** One highlighted span of a document. Spans with the same kind and offsets are merged into one. */
export interface Highlight {
  kind: HighlightKind;
  start: number;
  end: number;
  /** Indices into the report's mentions of the mentions this span belongs to. */
  mentions: number[];
  /** Indices into the report's records of the records those mentions belong to. */
  records: number[];
  /** Indices into the report's unattached amounts. */
  unattached: number[];
  /** What the span is, one line per mention that names it (shown as a tooltip). */
  labels: string[];
}

export interface CollectedHighlights {
  /** Highlights of each document id, in a stable order. */
  byDocument: Map<string, Highlight[]>;
  /** Spans that could not be shown: an unknown document, offsets outside the text. */
  messages: Message[];
}

const addUnique = <T>(list: T[], value: T): void => {
  if (!list.includes(value)) list.push(value);
};

/** For each mention id, the indices of the records that list it. */
export function recordsByMention(projects: readonly Project[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  projects.forEach((p, i) => {
    for (const id of p.mentions) {
      const list = map.get(id) ?? [];
      addUnique(list, i);
      map.set(id, list);
    }
  });
  return map;
}

interface SpanRequest {
  doc: string;
  kind: HighlightKind;
  start: number;
  end: number;
  label: string;
  mention?: number;
  unattached?: number;
  source: string;
}

function spansOfMention(m: Mention, index: number): SpanRequest[] {
  const base = { doc: m.doc, mention: index, source: m.id };
  const spans: SpanRequest[] = [{ ...base, kind: "passage", start: m.start, end: m.end, label: `${m.kind} passage ${m.id}` }];
  for (const o of m.organisations) {
    const kind: HighlightKind = o.role === "recipient" ? "recipient" : "organisation";
    spans.push({ ...base, kind, start: o.start, end: o.end, label: `${o.role}: ${o.name}${o.link?.orgId ? ` (${o.link.orgId})` : ""}` });
  }
  if (m.amount) {
    const q = m.amount.qualifier === "exact" ? "" : ` (${m.amount.qualifier})`;
    spans.push({ ...base, kind: "amount", start: m.amount.start, end: m.amount.end, label: `amount: ${m.amount.text}${q}` });
  }
  if (m.nameSpan) spans.push({ ...base, kind: "name", start: m.nameSpan.start, end: m.nameSpan.end, label: `project name: ${m.nameSpan.text}` });
  for (const p of m.places) spans.push({ ...base, kind: "place", start: p.start, end: p.end, label: `place: ${p.name}` });
  return spans;
}

/**
 * The spans to highlight in every document: each mention's passage, organisations (recipients apart), amount,
 * project name and places, and the amounts attached to no record. Spans that cannot be placed are reported as
 * messages, not shown; zero-length spans are left out.
 */
export function collectHighlights(
  documents: readonly ReportDocument[],
  mentions: readonly Mention[],
  unattached: readonly UnattachedAmount[],
  recordsOf: ReadonlyMap<string, number[]>,
): CollectedHighlights {
  const lengths = new Map(documents.map((d) => [d.id, d.text.length]));
  const byDocument = new Map<string, Highlight[]>(documents.map((d) => [d.id, []]));
  const keyed = new Map<string, Highlight>();
  const messages: Message[] = [];
  const requests: SpanRequest[] = [
    ...mentions.flatMap((m, i) => spansOfMention(m, i)),
    ...unattached.map((u, i): SpanRequest => ({
      doc: u.doc, kind: "unattached", start: u.start, end: u.end, label: `not attached: ${u.text}: ${u.reason}`, unattached: i, source: u.doc,
    })),
  ];
  const unknown = new Set<string>();
  for (const r of requests) {
    const length = lengths.get(r.doc);
    if (length === undefined) {
      if (!unknown.has(`${r.source}\u0000${r.doc}`)) {
        unknown.add(`${r.source}\u0000${r.doc}`);
        messages.push(message("report/unknown-document", `Expected a document with id "${r.doc}" for ${r.source}, received none`, r.source, null, "warning"));
      }
      continue;
    }
    if (!(Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.start <= r.end && r.end <= length)) {
      messages.push(
        message("report/span-out-of-range", `Expected the ${r.kind} span to lie within 0-${length} of "${r.doc}", received ${r.start}-${r.end}`, r.source, null, "warning"),
      );
      continue;
    }
    if (r.start === r.end) continue;
    const key = `${r.doc}\u0000${r.kind}\u0000${r.start}\u0000${r.end}`;
    let h = keyed.get(key);
    if (!h) {
      h = { kind: r.kind, start: r.start, end: r.end, mentions: [], records: [], unattached: [], labels: [] };
      keyed.set(key, h);
      byDocument.get(r.doc)?.push(h);
    }
    if (r.mention !== undefined) {
      addUnique(h.mentions, r.mention);
      const m = mentions[r.mention];
      for (const rec of (m ? recordsOf.get(m.id) : undefined) ?? []) addUnique(h.records, rec);
    }
    if (r.unattached !== undefined) addUnique(h.unattached, r.unattached);
    addUnique(h.labels, r.label);
  }
  return { byDocument, messages };
}
