import { firstEndingAfter, firstStartingAt } from "./columns.js";
import type { Block, Sentence, Span, Token, Tokenised } from "./types.js";

/** Row range `[start, end)` of the rows lying wholly inside `span` (rows sorted, non-overlapping), by binary search. */
function rangeIn(starts: Int32Array, ends: Int32Array, length: number, span: Span): Span {
  const start = firstStartingAt(starts, length, span.start);
  const end = Math.max(start, firstEndingAfter(ends, length, span.end));
  return { start, end };
}

/** The block containing `offset`, or null when the offset is in whitespace between blocks (or out of range). */
export function blockAt(tokenised: Tokenised, offset: number): Block | null {
  const table = tokenised.blockTable;
  const i = table.indexAt(offset);
  return i < 0 ? null : table.block(i);
}

/** The sentence containing `offset`, or null. */
export function sentenceAt(tokenised: Tokenised, offset: number): Sentence | null {
  const table = tokenised.sentenceTable;
  const i = table.indexAt(offset);
  return i < 0 ? null : table.sentence(i);
}

/** The token containing `offset`, or null when the offset is whitespace. */
export function tokenAt(tokenised: Tokenised, offset: number): Token | null {
  const { starts, ends, length } = tokenised.tokenTable;
  const i = firstEndingAfter(ends, length, offset);
  return i < length && starts[i]! <= offset ? tokenised.tokenTable.token(i) : null;
}

/** Index range `[start, end)` into `tokenised.tokens` of the tokens lying wholly inside `span`. */
export function tokenRange(tokenised: Tokenised, span: Span): Span {
  const { starts, ends, length } = tokenised.tokenTable;
  return rangeIn(starts, ends, length, span);
}

/** The tokens lying wholly inside `span` (a token cut by the span's edge is left out). O(log n + k). */
export function tokensIn(tokenised: Tokenised, span: Span): Token[] {
  const r = tokenRange(tokenised, span);
  const out: Token[] = [];
  for (let i = r.start; i < r.end; i++) out.push(tokenised.tokenTable.token(i));
  return out;
}

/** The sentences lying wholly inside `span`, e.g. a block's sentences. O(log n + k). */
export function sentencesIn(tokenised: Tokenised, span: Span): Sentence[] {
  const { starts, ends, length } = tokenised.sentenceTable;
  const r = rangeIn(starts, ends, length, span);
  return tokenised.sentenceTable.slice(r.start, r.end);
}

/** The 0-based physical line of `offset` (CR LF, CR and LF each end a line). */
export function lineOf(tokenised: Tokenised, offset: number): number {
  const starts = tokenised.lineStarts;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}
