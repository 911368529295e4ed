import type { Block, Sentence, Span, Token, Tokenised } from "./types.js";

/** First index whose item has `end > offset` (items sorted, non-overlapping). */
function firstEndingAfter(items: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** First index whose item has `start >= offset`. */
function firstStartingAt(items: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.start >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The item containing `offset` (start ≤ offset < end), by binary search. */
function itemAt<T extends Span>(items: readonly T[], offset: number): T | null {
  const i = firstEndingAfter(items, offset);
  const item = items[i];
  return item !== undefined && item.start <= offset ? item : null;
}

/** Index range `[start, end)` of the items lying wholly inside `span`, by binary search. */
function rangeIn(items: readonly Span[], span: Span): Span {
  const start = firstStartingAt(items, span.start);
  const end = Math.max(start, firstEndingAfter(items, span.end));
  return { start, end };
}

/** The block containing `offset`, or null when the offset is in whitespace between blocks (or out of range). */
export function blockAt(tokenised: Tokenised, offset: number): Block | null {
  return itemAt(tokenised.blocks, offset);
}

/** The sentence containing `offset`, or null. */
export function sentenceAt(tokenised: Tokenised, offset: number): Sentence | null {
  return itemAt(tokenised.sentences, offset);
}

/** The token containing `offset`, or null when the offset is whitespace. */
export function tokenAt(tokenised: Tokenised, offset: number): Token | null {
  return itemAt(tokenised.tokens, offset);
}

/** Index range `[start, end)` into `tokenised.tokens` of the tokens lying wholly inside `span`. */
export function tokenRange(tokenised: Tokenised, span: Span): Span {
  return rangeIn(tokenised.tokens, span);
}

/** The tokens lying wholly inside `span` (a token cut by the span's edge is left out). O(log n + k). */
export function tokensIn(tokenised: Tokenised, span: Span): Token[] {
  const r = rangeIn(tokenised.tokens, span);
  return tokenised.tokens.slice(r.start, r.end);
}

/** The sentences lying wholly inside `span`, e.g. a block's sentences. O(log n + k). */
export function sentencesIn(tokenised: Tokenised, span: Span): Sentence[] {
  const r = rangeIn(tokenised.sentences, span);
  return tokenised.sentences.slice(r.start, r.end);
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
