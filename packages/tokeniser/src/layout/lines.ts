import { C_BREAK, C_SPACE, CLASS } from "../chars.js";
import { doubled } from "../columns.js";

/**
 * The physical lines of a text in typed columns, one row per line. Terminators: LF, CR LF, lone CR,
 * VT, FF, NEL, U+2028, U+2029. Row `i`: `starts[i]` is the first character, `ends[i]` is just before
 * the terminator (or the end of the text), `contentStarts[i]`/`contentEnds[i]` the trimmed content
 * (equal for a blank line), `indents[i]` the whitespace characters before the content.
 */
export class LineTable {
  length = 0;
  starts: Int32Array;
  ends: Int32Array;
  contentStarts: Int32Array;
  contentEnds: Int32Array;
  indents: Int32Array;

  constructor(capacity = 64) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.contentStarts = new Int32Array(capacity);
    this.contentEnds = new Int32Array(capacity);
    this.indents = new Int32Array(capacity);
  }

  push(start: number, end: number, contentStart: number, contentEnd: number, indent: number): void {
    if (this.length === this.starts.length) {
      this.starts = doubled(this.starts);
      this.ends = doubled(this.ends);
      this.contentStarts = doubled(this.contentStarts);
      this.contentEnds = doubled(this.contentEnds);
      this.indents = doubled(this.indents);
    }
    const i = this.length++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.contentStarts[i] = contentStart;
    this.contentEnds[i] = contentEnd;
    this.indents[i] = indent;
  }

  /** A line holding only whitespace (spaces, tabs, NBSP, …). */
  blank(i: number): boolean {
    return this.contentStarts[i] === this.contentEnds[i];
  }
}

/** Line terminators other than LF and CR; rare, each searched for at most once per occurrence. */
const RARE_BREAKS = ["\u000b", "\u000c", "\u0085", "\u2028", "\u2029"];

const isSpace = (c: number): boolean => CLASS[c] === C_SPACE;

/**
 * Splits text into physical lines; a line holding only whitespace (spaces, tabs, NBSP, …) is blank.
 * Terminators are found with native `indexOf` (each position is searched past once), then each line is
 * trimmed from both ends, so content characters are not visited here.
 */
export function scanLines(text: string): LineTable {
  // sized once from the LF and CR count (growing typed arrays by doubling costs full collections on big pages)
  let breaks = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) breaks++;
  for (let i = text.indexOf("\r"); i >= 0; i = text.indexOf("\r", i + 1)) breaks++;
  const lines = new LineTable(breaks + 2);
  const n = text.length;
  // next occurrence of each terminator at or after the cursor (n when none)
  const next = (s: string, from: number): number => {
    const i = text.indexOf(s, from);
    return i < 0 ? n : i;
  };
  let lf = next("\n", 0);
  let cr = next("\r", 0);
  const rare = RARE_BREAKS.map((s) => next(s, 0));
  let start = 0;
  for (;;) {
    if (lf < start) lf = next("\n", start);
    if (cr < start) cr = next("\r", start);
    let end = lf < cr ? lf : cr;
    for (let k = 0; k < rare.length; k++) {
      if (rare[k]! < start) rare[k] = next(RARE_BREAKS[k]!, start);
      if (rare[k]! < end) end = rare[k]!;
    }
    let a = start;
    while (a < end && isSpace(text.charCodeAt(a))) a++;
    let b = end;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    const blank = a === b;
    lines.push(start, end, blank ? end : a, blank ? end : b, a - start);
    if (end >= n) break;
    start = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
    if (start >= n) {
      // text ends with a terminator: the (empty) last line still exists
      lines.push(start, start, start, start, 0);
      break;
    }
  }
  return lines;
}

/** Whitespace-separated chunks of a line's content (its word count, roughly). Visits the line once. */
export function chunksOf(text: string, lines: LineTable, line: number): number {
  let chunks = 0;
  let inChunk = false;
  const to = lines.contentEnds[line]!;
  for (let i = lines.contentStarts[line]!; i < to; i++) {
    const cls = CLASS[text.charCodeAt(i)]!;
    if (cls === C_SPACE || cls === C_BREAK) inChunk = false;
    else if (!inChunk) {
      chunks++;
      inChunk = true;
    }
  }
  return chunks;
}
