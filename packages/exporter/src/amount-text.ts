import type { Amount } from "@fundtrace/contract";
import { collapseWhitespace } from "./cells.js";

/** Looks up a document's original text by its id; undefined when it is not at hand. */
export type TextLookup = (doc: string) => string | undefined;

/** The widest gap (in characters) between a qualifier and its amount that is still read as one expression. */
const MAX_QUALIFIER_GAP = 20;

/**
 * The amount as the source wrote it, qualifier included ("Up to £1.7m"), when the source text is at hand
 * and its slice at the amount's span is the amount's text; otherwise the amount's own text ("£1.7m").
 * Whitespace is collapsed to single spaces.
 */
export function amountAsWritten(amount: Amount, text: string | undefined): string {
  if (text === undefined || text.slice(amount.start, amount.end) !== amount.text) return collapseWhitespace(amount.text);
  const q = amount.qualifierSpan;
  const gap = q ? Math.max(amount.start - q.end, q.start - amount.end) : Infinity;
  if (!q || gap > MAX_QUALIFIER_GAP) return collapseWhitespace(amount.text);
  return collapseWhitespace(text.slice(Math.min(q.start, amount.start), Math.max(q.end, amount.end)));
}
