import type { Mention } from "@fundtrace/contract";

/** Plain code-unit comparison (locale-independent, so every machine sorts alike). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Canonical mention order: document id, start offset, end offset, mention id. */
export function compareMentions(a: Mention, b: Mention): number {
  return compareText(a.doc, b.doc) || a.start - b.start || a.end - b.end || compareText(a.id, b.id);
}
