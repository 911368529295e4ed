import { isLower } from "../chars.js";
import { B_LIST_ITEM, B_PARAGRAPH, BlockTable } from "./block-table.js";
import { chunksOf, type LineTable } from "./lines.js";
import { listMarkerEnd } from "./list-marker.js";

const CLOSERS = new Set<number>([0x22, 0x27, 0x29, 0x5d, 0xbb, 0x2019, 0x201d, 0x203a]);
const TERMINALS = new Set<number>([0x2e, 0x21, 0x3f, 0x3a, 0x3b, 0x2026]);

/** Does the line end like a sentence or a lead-in (". ! ? : ; …", possibly inside closing quotes)? */
function endsTerminal(text: string, lines: LineTable, line: number): boolean {
  const contentStart = lines.contentStarts[line]!;
  let i = lines.contentEnds[line]! - 1;
  while (i > contentStart && CLOSERS.has(text.charCodeAt(i))) i--;
  return TERMINALS.has(text.charCodeAt(i));
}

/** A wide line: at least this many words and characters. Hard-wrapped prose is wide. */
const WIDE_WORDS = 6;
const WIDE_CHARS = 50;
/** Words a line needs before a lower-case line can continue it. */
const MIN_WORDS_LOWER = 3;

/** The lines of a run (`[from, to)` of the table) with the word count of each (all 0 for a run of one line). */
interface Run {
  readonly lines: LineTable;
  readonly from: number;
  readonly to: number;
  readonly words: Int32Array | null;
}

const wordsOf = (run: Run, line: number): number => (run.words === null ? 0 : run.words[line - run.from]!);

const isWide = (run: Run, line: number): boolean =>
  wordsOf(run, line) >= WIDE_WORDS && run.lines.contentEnds[line]! - run.lines.contentStarts[line]! >= WIDE_CHARS;

/** Does line `next` start in lower case after line `prev` of a few words? The sure sign of a wrapped line. */
function lowerContinuation(text: string, run: Run, prev: number, next: number): boolean {
  return wordsOf(run, prev) >= MIN_WORDS_LOWER && isLower(text.charCodeAt(run.lines.contentStarts[next]!));
}

/**
 * Is a run (lines with no blank line between) hard-wrapped prose? Yes when at least one line continues
 * in lower case and most lines but the last are wide. Scraped pages put one element per line; wrapped
 * e-mail-style press releases break inside sentences.
 */
function isWrapped(text: string, run: Run): boolean {
  let lower = false;
  let wide = 0;
  for (let i = run.from; i + 1 < run.to; i++) {
    if (isWide(run, i)) wide++;
    if (!lower && lowerContinuation(text, run, i, i + 1)) lower = true;
  }
  return lower && wide * 5 >= (run.to - run.from - 1) * 3;
}

/**
 * Does line `next` continue the paragraph line `prev` rather than start a new block? In a hard-wrapped run,
 * when `prev` is wide and does not end a sentence, or `next` starts in lower case. In any other run only
 * in the second case: menus, titles over dates, "From:"/"Published" lines and footers each become a block.
 */
function continues(text: string, run: Run, prev: number, next: number, wrapped: boolean): boolean {
  if (lowerContinuation(text, run, prev, next)) return true;
  return wrapped && isWide(run, prev) && !endsTerminal(text, run.lines, prev);
}

/**
 * Groups lines into blocks. Blank lines separate runs; inside a run a list marker starts a new
 * list-item block, a line indented deeper than its list item continues it, and other lines continue
 * the paragraph before them only when `continues` says so.
 */
export function groupBlocks(text: string, lines: LineTable): BlockTable {
  const out = new BlockTable(lines, lines.length);
  let runNumber = -1;
  let i = 0;
  while (i < lines.length) {
    if (lines.blank(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && !lines.blank(j)) j++;
    runNumber++;
    let words: Int32Array | null = null;
    if (j - i > 1) {
      words = new Int32Array(j - i);
      for (let k = i; k < j; k++) words[k - i] = chunksOf(text, lines, k);
    }
    groupRun(text, { lines, from: i, to: j, words }, runNumber, out);
    i = j;
  }
  return out;
}

function groupRun(text: string, run: Run, runNumber: number, out: BlockTable): void {
  const wrapped = run.to - run.from > 1 && isWrapped(text, run);
  const { lines } = run;
  let open = false;
  let listItem = false;
  let currentIndent = 0;
  for (let line = run.from; line < run.to; line++) {
    const contentStart = lines.contentStarts[line]!;
    const markerEnd = listMarkerEnd(text, contentStart, lines.contentEnds[line]!);
    let append = false;
    if (open && markerEnd < 0) {
      append = listItem ? lines.indents[line]! > currentIndent : continues(text, run, line - 1, line, wrapped);
    }
    if (append) {
      out.append(line);
    } else {
      listItem = markerEnd >= 0;
      out.open(line, markerEnd, listItem ? B_LIST_ITEM : B_PARAGRAPH, runNumber);
      open = true;
      currentIndent = lines.indents[line]!;
    }
  }
}
