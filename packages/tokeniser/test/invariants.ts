import { expect } from "vitest";
import { BLOCK_KINDS, type Span, type Tokenised } from "@fundtrace/tokeniser";

/** Whitespace as the tokeniser defines it: Unicode White_Space, NEL, and invisible separators. */
export const GAP = /^[\s\u0085\u180e\u200b\u2060\ufeff]*$/u;
const HAS_GAP = /[\s\u0085\u180e\u200b\u2060\ufeff]/u;

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Does the offset fall between the two halves of a surrogate pair? */
export function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function ordered(label: string, spans: readonly Span[]): void {
  for (let i = 1; i < spans.length; i++) {
    if (spans[i]!.start < spans[i - 1]!.end) throw new Error(`${label} ${i} overlaps or precedes ${label} ${i - 1}`);
  }
}

function trimmed(text: string, label: string, s: Span): void {
  const slice = text.slice(s.start, s.end);
  if (slice.length === 0) throw new Error(`${label} [${s.start},${s.end}) is empty`);
  if (HAS_GAP.test(slice[0]!) || HAS_GAP.test(slice[slice.length - 1]!)) throw new Error(`${label} [${s.start},${s.end}) is not trimmed: ${JSON.stringify(slice)}`);
}

/**
 * Checks every invariant of a tokenisation against the text it came from. Throws with a precise
 * message on the first violation (faster than thousands of expect() calls in property tests).
 */
export function checkInvariants(text: string, t: Tokenised): void {
  if (t.text !== text) throw new Error("text was changed");
  // tokens: non-empty, in order, no whitespace inside, gaps are whitespace, concatenation gives the text back
  let rebuilt = "";
  let at = 0;
  for (const [i, tok] of t.tokens.entries()) {
    if (tok.end <= tok.start) throw new Error(`token ${i} is empty`);
    if (tok.start < at) throw new Error(`token ${i} overlaps token ${i - 1}`);
    const gap = text.slice(at, tok.start);
    if (!GAP.test(gap)) throw new Error(`gap before token ${i} is not whitespace: ${JSON.stringify(gap)}`);
    const slice = text.slice(tok.start, tok.end);
    if (HAS_GAP.test(slice)) throw new Error(`token ${i} holds whitespace: ${JSON.stringify(slice)}`);
    if (splitsPair(text, tok.start) || splitsPair(text, tok.end)) throw new Error(`token ${i} splits a surrogate pair`);
    rebuilt += gap + slice;
    at = tok.end;
  }
  const tail = text.slice(at);
  if (!GAP.test(tail)) throw new Error(`text after the last token is not whitespace: ${JSON.stringify(tail)}`);
  rebuilt += tail;
  if (rebuilt !== text) throw new Error("tokens and gaps do not give the text back");

  // blocks: in order, trimmed, indexed, lines inside, every token inside one block
  ordered("block", t.blocks);
  for (const [i, b] of t.blocks.entries()) {
    if (b.index !== i) throw new Error(`block ${i} has index ${b.index}`);
    trimmed(text, `block ${i}`, b);
    if ((b.kind === "boilerplate") !== (b.boilerplate !== null)) throw new Error(`block ${i} kind and boilerplate disagree`);
    if (b.kind !== "boilerplate" && b.kind !== b.layout) throw new Error(`block ${i} kind ${b.kind} but layout ${b.layout}`);
    ordered(`line of block ${i}`, b.lines);
    if (b.lines[0]!.start !== b.start || b.lines[b.lines.length - 1]!.end !== b.end) throw new Error(`block ${i} lines do not span it`);
    for (const l of b.lines) trimmed(text, `line of block ${i}`, l);
    if (b.marker && (b.marker.start !== b.start || b.marker.end > b.end || b.layout !== "list-item")) throw new Error(`block ${i} marker is misplaced`);
  }
  let bi = 0;
  for (const [i, tok] of t.tokens.entries()) {
    while (bi < t.blocks.length && t.blocks[bi]!.end <= tok.start) bi++;
    const b = t.blocks[bi];
    if (!b || tok.start < b.start || tok.end > b.end) throw new Error(`token ${i} lies outside every block`);
  }
  // every non-whitespace character is in a block: the gaps between blocks are whitespace
  let prevEnd = 0;
  for (const b of t.blocks) {
    if (!GAP.test(text.slice(prevEnd, b.start))) throw new Error(`text before block ${b.index} is not whitespace`);
    prevEnd = b.end;
  }
  if (!GAP.test(text.slice(prevEnd))) throw new Error("text after the last block is not whitespace");

  // sentences: in order, trimmed, inside their block, whitespace between sentences of a block
  ordered("sentence", t.sentences);
  for (const [i, s] of t.sentences.entries()) {
    trimmed(text, `sentence ${i}`, s);
    const b = t.blocks[s.block];
    if (!b || s.start < b.start || s.end > b.end) throw new Error(`sentence ${i} is not inside block ${s.block}`);
    if (i > 0 && t.sentences[i - 1]!.block > s.block) throw new Error(`sentence ${i} goes back a block`);
    if (splitsPair(text, s.start) || splitsPair(text, s.end)) throw new Error(`sentence ${i} splits a surrogate pair`);
  }
  // sentences tile each block's content (after its list marker), with only whitespace between them
  let si = 0;
  for (const b of t.blocks) {
    let cursor = b.marker ? b.marker.end : b.start;
    let count = 0;
    while (si < t.sentences.length && t.sentences[si]!.block === b.index) {
      const s = t.sentences[si]!;
      if (!GAP.test(text.slice(cursor, s.start))) throw new Error(`text before sentence ${si} in block ${b.index} is not whitespace`);
      cursor = s.end;
      si++;
      count++;
    }
    if (count === 0) throw new Error(`block ${b.index} has no sentence`);
    if (cursor !== b.end) throw new Error(`sentences of block ${b.index} stop before its end`);
  }
  if (si !== t.sentences.length) throw new Error("sentences out of block order");
  // the tables the stages read say what the objects say
  const bt = t.blockTable;
  if (bt.length !== t.blocks.length) throw new Error(`block table has ${bt.length} rows for ${t.blocks.length} blocks`);
  for (const [i, b] of t.blocks.entries()) {
    const row = { start: bt.starts[i], end: bt.ends[i], kind: BLOCK_KINDS[bt.kinds[i]!], layout: BLOCK_KINDS[bt.layouts[i]!], lines: bt.lineTo[i]! - bt.lineFrom[i]!, marker: bt.markerEnds[i]! >= 0 ? bt.markerEnds[i] : null };
    const object = { start: b.start, end: b.end, kind: b.kind, layout: b.layout, lines: b.lines.length, marker: b.marker?.end ?? null };
    if (JSON.stringify(row) !== JSON.stringify(object)) throw new Error(`block table row ${i} ${JSON.stringify(row)} disagrees with block ${JSON.stringify(object)}`);
  }
  const st = t.sentenceTable;
  if (st.length !== t.sentences.length) throw new Error(`sentence table has ${st.length} rows for ${t.sentences.length} sentences`);
  for (const [i, s] of t.sentences.entries()) {
    if (st.starts[i] !== s.start || st.ends[i] !== s.end || st.blocks[i] !== s.block) throw new Error(`sentence table row ${i} disagrees with sentence ${i}`);
  }
  // line starts
  if (t.lineStarts[0] !== 0) throw new Error("line 0 does not start at 0");
  for (let i = 1; i < t.lineStarts.length; i++) if (t.lineStarts[i]! <= t.lineStarts[i - 1]!) throw new Error(`line ${i} does not start after line ${i - 1}`);
}

/** checkInvariants as an assertion. */
export function expectInvariants(text: string, t: Tokenised): void {
  expect(() => checkInvariants(text, t)).not.toThrow();
}
