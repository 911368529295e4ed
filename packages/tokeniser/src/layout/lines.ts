import { C_BREAK, C_SPACE, CLASS } from "../chars.js";

/** One physical line. Terminators: LF, CR LF, lone CR, VT, FF, NEL, U+2028, U+2029. */
export interface Line {
  /** First character of the line. */
  start: number;
  /** Just before the line terminator (or the end of the text). */
  end: number;
  /** Trimmed content; contentStart === contentEnd for a blank line. */
  contentStart: number;
  contentEnd: number;
  blank: boolean;
  /** Whitespace characters before the content. */
  indent: number;
}

/** Line terminators other than LF and CR; rare, each searched for at most once per occurrence. */
const RARE_BREAKS = ["\u000b", "\u000c", "\u0085", "\u2028", "\u2029"];

const isSpace = (c: number): boolean => CLASS[c] === C_SPACE;

/**
 * Splits text into physical lines; a line holding only whitespace (spaces, tabs, NBSP, …) is blank.
 * Terminators are found with native `indexOf` (each position is searched past once), then each line is
 * trimmed from both ends, so content characters are not visited here.
 */
export function scanLines(text: string): Line[] {
  const lines: Line[] = [];
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
    lines.push({ start, end, contentStart: blank ? end : a, contentEnd: blank ? end : b, blank, indent: a - start });
    if (end >= n) break;
    start = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
    if (start >= n) {
      // text ends with a terminator: the (empty) last line still exists
      lines.push({ start, end: start, contentStart: start, contentEnd: start, blank: true, indent: 0 });
      break;
    }
  }
  return lines;
}

/** Whitespace-separated chunks of a line's content (its word count, roughly). Visits the line once. */
export function chunksOf(text: string, line: Line): number {
  let chunks = 0;
  let inChunk = false;
  for (let i = line.contentStart; i < line.contentEnd; i++) {
    const cls = CLASS[text.charCodeAt(i)]!;
    if (cls === C_SPACE || cls === C_BREAK) inChunk = false;
    else if (!inChunk) {
      chunks++;
      inChunk = true;
    }
  }
  return chunks;
}
