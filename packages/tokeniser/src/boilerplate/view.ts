import { C_DIGIT, C_LETTER, C_NUMBER, classAt } from "../chars.js";
import { packedColumns } from "../columns.js";
import { B_LIST_ITEM, type BlockTable } from "../layout/block-table.js";
import type { BlockLayout } from "../types.js";
import { K_NUMBER, K_SYMBOL, K_WORD, type TokenTable } from "../tokens.js";

export const HEAD_LIMIT = 200;
/** Blocks longer than this (in words) get an empty head: every rule that reads heads stops well below it. */
export const HEAD_WORDS = 80;
export const SHORT_WORDS = 16;
export const SHORT_CHARS = 160;
export const TINY_WORDS = 4;
export const TINY_CHARS = 40;

const CLOSERS = new Set<number>([0x22, 0x27, 0x29, 0x5d, 0xbb, 0x2019, 0x201d, 0x203a]);
const CURRENCY = /^\p{Sc}$/u;

/** Anything besides single ASCII spaces that `normalise` has to rewrite. */
const NEEDS_REWRITE = /[^\S ]| {2}|[\u0085\u180e\u200b\u2060\ufeff\u2018\u2019\u201a\u02bc\u2032\u201c\u201d\u201e\u2033]/u;

/** JavaScript's whitespace (`\s`) and the invisible gaps \u0085, \u180e, \u200b, \u2060. */
function isGap(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x85 || c === 0x1680 || c === 0x180e || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff;
}

/**
 * Lower case, straight quotes, gaps (whitespace and invisible spaces) collapsed to one space,
 * trimmed. One pass over the characters, into `room` when it is long enough, where anything needs
 * rewriting.
 */
function normalise(text: string, from: number, to: number, room: Uint16Array): string {
  const s = text.slice(from, to);
  if (!NEEDS_REWRITE.test(s)) return s.trim().toLowerCase();
  const scratch = room.length >= to - from ? room : new Uint16Array(to - from);
  let n = 0;
  let gap = false;
  for (let i = from; i < to; i++) {
    let c = text.charCodeAt(i);
    if (isGap(c)) { gap = true; continue; }
    if (gap) {
      if (n > 0) scratch[n++] = 0x20;
      gap = false;
    }
    if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x02bc || c === 0x2032) c = 0x27;
    else if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x2033) c = 0x22;
    scratch[n++] = c;
  }
  return String.fromCharCode.apply(null, scratch.subarray(0, n) as unknown as number[]).toLowerCase();
}

/** Is the character at `i` a letter, digit, number or currency sign (what `stripOuter` keeps)? */
function keeps(s: string, i: number): boolean {
  const cls = classAt(s, i);
  if (cls === C_LETTER || cls === C_DIGIT || cls === C_NUMBER) return true;
  const c = s.charCodeAt(i);
  // ASCII: only "$" is a currency sign
  if (c < 0x80) return c === 0x24;
  return CURRENCY.test(s[i] ?? "");
}

/** Strips leading/trailing punctuation, symbols and spaces, keeping letters, digits and currency signs. */
export function stripOuter(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && !keeps(s, a)) a++;
  while (b > a) {
    const low = s.charCodeAt(b - 1);
    const high = b - 2 >= a ? s.charCodeAt(b - 2) : 0;
    const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
    if (keeps(s, pair ? b - 2 : b - 1)) break;
    b -= pair ? 2 : 1;
  }
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

function endsWithSingleStop(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i > start && CLOSERS.has(text.charCodeAt(i))) i--;
  if (text.charCodeAt(i) !== 0x2e) return false;
  return i === start || text.charCodeAt(i - 1) !== 0x2e;
}

const LIST_ITEM = 1;
const ENDS_WITH_PERIOD = 2;
const MONEY = 4;

/**
 * What boilerplate rules (and heading and sentence detection) see of the blocks, in columns: block
 * `i` is row `i`. No object per block, so a page of millions of lines costs a few typed arrays;
 * `head` and `norm` are computed on first use and kept.
 */
export class BlockViews {
  readonly length: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** After the list marker, if any. */
  readonly contentStart: Int32Array;
  /** End of the first line. */
  readonly firstLineEnd: Int32Array;
  /** Blocks with the same run are separated by single line breaks only. */
  readonly run: Int32Array;
  readonly lineCount: Int32Array;
  /** Word and number tokens. */
  readonly words: Int32Array;
  readonly tokenFrom: Int32Array;
  readonly tokenTo: Int32Array;
  /** LIST_ITEM | ENDS_WITH_PERIOD | MONEY, set by `buildViews`. */
  readonly bits: Uint8Array;
  private readonly heads: Array<string | undefined>;
  private readonly norms: Array<string | null | undefined>;
  /** Room for one head's characters while `normalise` rewrites them. */
  private scratch: Uint16Array | null = null;

  /** Start, end and run are the table's own columns. */
  constructor(private readonly text: string, blocks: BlockTable) {
    const { length } = blocks;
    this.length = length;
    this.start = blocks.starts;
    this.end = blocks.ends;
    this.run = blocks.runs;
    const { int32, uint8 } = packedColumns(length, 6, 1);
    [this.contentStart, this.firstLineEnd, this.lineCount, this.words, this.tokenFrom, this.tokenTo] = int32 as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
    this.bits = uint8[0]!;
    this.heads = new Array<string | undefined>(length);
    this.norms = new Array<string | null | undefined>(length);
  }

  layout(i: number): BlockLayout {
    return (this.bits[i]! & LIST_ITEM) !== 0 ? "list-item" : "paragraph";
  }

  /** The last character, ignoring closing quotes/brackets, is a single full stop. */
  endsWithPeriod(i: number): boolean {
    return (this.bits[i]! & ENDS_WITH_PERIOD) !== 0;
  }

  /** Holds a currency sign followed by a number ("£1.97m", "$ 500"). */
  money(i: number): boolean {
    return (this.bits[i]! & MONEY) !== 0;
  }

  /** One line, at most SHORT_WORDS words and SHORT_CHARS characters, no final full stop: a label, a title, a link. */
  short(i: number): boolean {
    return this.lineCount[i] === 1 && this.words[i]! <= SHORT_WORDS && this.end[i]! - this.start[i]! <= SHORT_CHARS && !this.endsWithPeriod(i);
  }

  /** One line, at most TINY_WORDS words and TINY_CHARS characters, no final full stop: a menu entry. */
  tiny(i: number): boolean {
    return this.lineCount[i] === 1 && this.words[i]! <= TINY_WORDS && this.end[i]! - this.start[i]! <= TINY_CHARS && !this.endsWithPeriod(i);
  }

  /**
   * The first line after any list marker, normalised for matching: lower case, straight quotes,
   * whitespace collapsed to single spaces; cut at HEAD_LIMIT characters. Empty for blocks of more than
   * HEAD_WORDS words, which no rule reads.
   */
  head(i: number): string {
    let head = this.heads[i];
    if (head === undefined) {
      const from = this.contentStart[i]!;
      head = this.words[i]! <= HEAD_WORDS ? normalise(this.text, from, Math.min(this.firstLineEnd[i]!, from + HEAD_LIMIT), (this.scratch ??= new Uint16Array(HEAD_LIMIT))) : "";
      this.heads[i] = head;
    }
    return head;
  }

  /** `head` without leading/trailing punctuation and symbols (currency kept), for one-line blocks that fit HEAD_LIMIT; else null. */
  norm(i: number): string | null {
    let norm = this.norms[i];
    if (norm === undefined) {
      const fits = this.lineCount[i] === 1 && this.firstLineEnd[i]! - this.contentStart[i]! <= HEAD_LIMIT && this.words[i]! <= HEAD_WORDS;
      norm = fits ? stripOuter(this.head(i)) : null;
      this.norms[i] = norm;
    }
    return norm;
  }
}

/** Builds the views of the blocks; `tokens` are the document's tokens in order. Linear in blocks + tokens. */
export function buildViews(text: string, blocks: BlockTable, tokens: TokenTable): BlockViews {
  const { starts, ends, kinds, length } = tokens;
  const views = new BlockViews(text, blocks);
  let t = 0;
  for (let index = 0; index < blocks.length; index++) {
    const start = blocks.starts[index]!;
    const end = blocks.ends[index]!;
    while (t < length && starts[t]! < start) t++;
    const tokenFrom = t;
    let words = 0;
    let money = false;
    while (t < length && ends[t]! <= end) {
      const kind = kinds[t]!;
      if (kind === K_WORD || kind === K_NUMBER) words++;
      else if (!money && kind === K_SYMBOL && t + 1 < length && kinds[t + 1] === K_NUMBER && ends[t + 1]! <= end && CURRENCY.test(text.slice(starts[t]!, ends[t]!))) money = true;
      t++;
    }
    views.contentStart[index] = blocks.contentStart(index);
    views.firstLineEnd[index] = blocks.lines.contentEnds[blocks.lineFrom[index]!]!;
    views.lineCount[index] = blocks.lineCount(index);
    views.words[index] = words;
    views.tokenFrom[index] = tokenFrom;
    views.tokenTo[index] = t;
    views.bits[index] = (blocks.layouts[index] === B_LIST_ITEM ? LIST_ITEM : 0) | (endsWithSingleStop(text, start, end) ? ENDS_WITH_PERIOD : 0) | (money ? MONEY : 0);
  }
  return views;
}
