import { C_DIGIT, C_LETTER, C_NUMBER, classAt } from "../chars.js";
import type { Block, BlockLayout } from "../types.js";
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

const GAPS = /[\s\u0085\u180e\u200b\u2060\ufeff]+/gu;
/** Anything besides single ASCII spaces that `normalise` has to rewrite. */
const NEEDS_REWRITE = /[^\S ]| {2}|[\u0085\u180e\u200b\u2060\ufeff\u2018\u2019\u201a\u02bc\u2032\u201c\u201d\u201e\u2033]/u;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u02bc\u2032]/gu;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u2033]/gu;

/** Lower case, straight quotes, whitespace runs collapsed to one space, trimmed. */
function normalise(text: string, from: number, to: number): string {
  const s = text.slice(from, to);
  if (!NEEDS_REWRITE.test(s)) return s.trim().toLowerCase();
  return s.replace(GAPS, " ").replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').trim().toLowerCase();
}

/** Strips leading/trailing punctuation, symbols and spaces, keeping letters, digits and currency signs. */
export function stripOuter(s: string): string {
  const keep = (i: number): boolean => {
    const cls = classAt(s, i);
    if (cls === C_LETTER || cls === C_DIGIT || cls === C_NUMBER) return true;
    return CURRENCY.test(s[i] ?? "");
  };
  let a = 0;
  let b = s.length;
  while (a < b && !keep(a)) a++;
  while (b > a) {
    const low = s.charCodeAt(b - 1);
    const high = b - 2 >= a ? s.charCodeAt(b - 2) : 0;
    const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
    if (keep(pair ? b - 2 : b - 1)) break;
    b -= pair ? 2 : 1;
  }
  return s.slice(a, b);
}

function endsWithSingleStop(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i > start && CLOSERS.has(text.charCodeAt(i))) i--;
  if (text.charCodeAt(i) !== 0x2e) return false;
  return i === start || text.charCodeAt(i - 1) !== 0x2e;
}

/** What boilerplate rules see of a block. `head` and `norm` are computed on first use. */
export class BlockView {
  #head: string | undefined;
  #norm: string | null | undefined;

  constructor(
    private readonly text: string,
    readonly index: number,
    readonly start: number,
    readonly end: number,
    /** After the list marker, if any. */
    readonly contentStart: number,
    /** End of the first line. */
    private readonly firstLineEnd: number,
    readonly layout: BlockLayout,
    /** Blocks with the same run are separated by single line breaks only. */
    readonly run: number,
    readonly lineCount: number,
    /** Word and number tokens. */
    readonly words: number,
    readonly tokenFrom: number,
    readonly tokenTo: number,
    /** The last character, ignoring closing quotes/brackets, is a single full stop. */
    readonly endsWithPeriod: boolean,
    /** Holds a currency sign followed by a number ("£1.97m", "$ 500"). */
    readonly money: boolean,
  ) {}

  /** One line, at most SHORT_WORDS words and SHORT_CHARS characters, no final full stop: a label, a title, a link. */
  get short(): boolean {
    return this.lineCount === 1 && this.words <= SHORT_WORDS && this.end - this.start <= SHORT_CHARS && !this.endsWithPeriod;
  }

  /** One line, at most TINY_WORDS words and TINY_CHARS characters, no final full stop: a menu entry. */
  get tiny(): boolean {
    return this.lineCount === 1 && this.words <= TINY_WORDS && this.end - this.start <= TINY_CHARS && !this.endsWithPeriod;
  }

  /**
   * The first line after any list marker, normalised for matching: lower case, straight quotes,
   * whitespace collapsed to single spaces; cut at HEAD_LIMIT characters. Empty for blocks of more than
   * HEAD_WORDS words, which no rule reads.
   */
  get head(): string {
    if (this.#head === undefined) {
      this.#head = this.words <= HEAD_WORDS ? normalise(this.text, this.contentStart, Math.min(this.firstLineEnd, this.contentStart + HEAD_LIMIT)) : "";
    }
    return this.#head;
  }

  /** `head` without leading/trailing punctuation and symbols (currency kept), for one-line blocks that fit HEAD_LIMIT; else null. */
  get norm(): string | null {
    if (this.#norm === undefined) {
      const fits = this.lineCount === 1 && this.firstLineEnd - this.contentStart <= HEAD_LIMIT && this.words <= HEAD_WORDS;
      this.#norm = fits ? stripOuter(this.head) : null;
    }
    return this.#norm;
  }
}

/** Builds one view per block; `tokens` are the document's tokens in order. Linear in blocks + tokens. */
export function buildViews(text: string, blocks: readonly Block[], runs: readonly number[], tokens: TokenTable): BlockView[] {
  const { starts, ends, kinds, length } = tokens;
  const views: BlockView[] = [];
  let t = 0;
  for (let index = 0; index < blocks.length; index++) {
    const b = blocks[index]!;
    while (t < length && starts[t]! < b.start) t++;
    const tokenFrom = t;
    let words = 0;
    let money = false;
    while (t < length && ends[t]! <= b.end) {
      const kind = kinds[t]!;
      if (kind === K_WORD || kind === K_NUMBER) words++;
      else if (!money && kind === K_SYMBOL && t + 1 < length && kinds[t + 1] === K_NUMBER && ends[t + 1]! <= b.end && CURRENCY.test(text.slice(starts[t]!, ends[t]!))) money = true;
      t++;
    }
    const contentStart = b.marker ? b.marker.end : b.start;
    views.push(
      new BlockView(
        text,
        index,
        b.start,
        b.end,
        contentStart,
        b.lines[0]!.end,
        b.layout,
        runs[index]!,
        b.lines.length,
        words,
        tokenFrom,
        t,
        endsWithSingleStop(text, b.start, b.end),
        money,
      ),
    );
  }
  return views;
}
