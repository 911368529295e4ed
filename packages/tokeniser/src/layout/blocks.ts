import { isLower } from "../chars.js";
import type { Span } from "../types.js";
import { chunksOf, type Line } from "./lines.js";
import { listMarkerEnd } from "./list-marker.js";

/** A block before headings and boilerplate are decided. */
export interface RawBlock extends Span {
  layout: "list-item" | "paragraph";
  lines: Span[];
  marker: Span | null;
  /** Blocks with the same run number are separated by single line breaks only (no blank line). */
  run: number;
}

const CLOSERS = new Set<number>([0x22, 0x27, 0x29, 0x5d, 0xbb, 0x2019, 0x201d, 0x203a]);
const TERMINALS = new Set<number>([0x2e, 0x21, 0x3f, 0x3a, 0x3b, 0x2026]);

/** Does the line end like a sentence or a lead-in (". ! ? : ; …", possibly inside closing quotes)? */
function endsTerminal(text: string, line: Line): boolean {
  let i = line.contentEnd - 1;
  while (i > line.contentStart && CLOSERS.has(text.charCodeAt(i))) i--;
  return TERMINALS.has(text.charCodeAt(i));
}

/** A wide line: at least this many words and characters. Hard-wrapped prose is wide. */
const WIDE_WORDS = 6;
const WIDE_CHARS = 50;
/** Words a line needs before a lower-case line can continue it. */
const MIN_WORDS_LOWER = 3;

/** A line of a run with its word count. */
interface RunLine {
  line: Line;
  words: number;
}

const isWide = (l: RunLine): boolean => l.words >= WIDE_WORDS && l.line.contentEnd - l.line.contentStart >= WIDE_CHARS;

/** Does `next` start in lower case after a line of a few words? The sure sign of a wrapped line. */
function lowerContinuation(text: string, prev: RunLine, next: RunLine): boolean {
  return prev.words >= MIN_WORDS_LOWER && isLower(text.charCodeAt(next.line.contentStart));
}

/**
 * Is a run (lines with no blank line between) hard-wrapped prose? Yes when at least one line continues
 * in lower case and most lines but the last are wide. Scraped pages put one element per line; wrapped
 * e-mail-style press releases break inside sentences.
 */
function isWrapped(text: string, run: readonly RunLine[]): boolean {
  let lower = false;
  let wide = 0;
  for (let i = 0; i + 1 < run.length; i++) {
    if (isWide(run[i]!)) wide++;
    if (!lower && lowerContinuation(text, run[i]!, run[i + 1]!)) lower = true;
  }
  return lower && wide * 5 >= (run.length - 1) * 3;
}

/**
 * Does `next` continue the paragraph line `prev` rather than start a new block? In a hard-wrapped run,
 * when `prev` is wide and does not end a sentence, or `next` starts in lower case. In any other run only
 * in the second case: menus, titles over dates, "From:"/"Published" lines and footers each become a block.
 */
function continues(text: string, prev: RunLine, next: RunLine, wrapped: boolean): boolean {
  if (lowerContinuation(text, prev, next)) return true;
  return wrapped && isWide(prev) && !endsTerminal(text, prev.line);
}

/**
 * Groups lines into blocks. Blank lines separate runs; inside a run a list marker starts a new
 * list-item block, a line indented deeper than its list item continues it, and other lines continue
 * the paragraph before them only when `continues` says so.
 */
export function groupBlocks(text: string, lines: readonly Line[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  let runNumber = -1;
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.blank) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && !lines[j]!.blank) j++;
    runNumber++;
    groupRun(text, lines.slice(i, j), runNumber, blocks);
    i = j;
  }
  return blocks;
}

function groupRun(text: string, lines: readonly Line[], runNumber: number, out: RawBlock[]): void {
  // word counts are only needed to join lines, so a one-line run is never counted
  const run: RunLine[] = lines.map((line) => ({ line, words: lines.length > 1 ? chunksOf(text, line) : 0 }));
  const wrapped = run.length > 1 && isWrapped(text, run);
  let current: RawBlock | null = null;
  let currentIndent = 0;
  let prev: RunLine | null = null;
  for (const entry of run) {
    const line = entry.line;
    const markerEnd = listMarkerEnd(text, line.contentStart, line.contentEnd);
    const span: Span = { start: line.contentStart, end: line.contentEnd };
    let append = false;
    if (current !== null && prev !== null && markerEnd < 0) {
      append = current.layout === "list-item" ? line.indent > currentIndent : continues(text, prev, entry, wrapped);
    }
    if (append && current !== null) {
      current.lines.push(span);
      current.end = line.contentEnd;
    } else {
      if (current !== null) out.push(current);
      current = {
        start: line.contentStart,
        end: line.contentEnd,
        layout: markerEnd >= 0 ? "list-item" : "paragraph",
        lines: [span],
        marker: markerEnd >= 0 ? { start: line.contentStart, end: markerEnd } : null,
        run: runNumber,
      };
      currentIndent = line.indent;
    }
    prev = entry;
  }
  if (current !== null) out.push(current);
}
