import { isLower, isUpper } from "./chars.js";
import { doubled, firstEndingAfter } from "./columns.js";
import abbreviations from "./data/abbreviations.json" with { type: "json" };
import { K_NUMBER, K_PUNCT, K_WORD, type TokenTable } from "./tokens.js";
import type { Sentence } from "./types.js";

const ALWAYS = new Set<string>(abbreviations.always);
const BEFORE_NUMBER = new Set<string>(abbreviations.beforeNumber);

/** . ! ? … ‽ */
const TERMINALS = new Set<number>([0x2e, 0x21, 0x3f, 0x2026, 0x203d]);
/** Closing quotes and brackets that stay with the sentence they close. */
const CLOSERS = new Set<number>([0x22, 0x27, 0x29, 0x5d, 0x7d, 0xbb, 0x2019, 0x201d, 0x203a]);
/** Punctuation that continues a sentence when it follows a stop: ", ; : ) ] -". */
const CONTINUERS = new Set<number>([0x2c, 0x3b, 0x3a, 0x29, 0x5d, 0x7d, 0x2d]);

/**
 * Sentences in typed columns, one row per sentence, in text order: row `i` runs from `starts[i]` to
 * `ends[i]` inside block `blocks[i]`. `sentence(i)` makes one `Sentence` object; `toArray()` makes
 * them all once and keeps them.
 */
export class SentenceTable {
  length = 0;
  starts: Int32Array;
  ends: Int32Array;
  blocks: Int32Array;
  private objects: Sentence[] | undefined;

  constructor(capacity = 64) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.blocks = new Int32Array(capacity);
  }

  push(start: number, end: number, block: number): void {
    if (this.length === this.starts.length) {
      this.starts = doubled(this.starts);
      this.ends = doubled(this.ends);
      this.blocks = doubled(this.blocks);
    }
    const i = this.length++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.blocks[i] = block;
  }

  /** The row of the sentence holding `offset` (start ≤ offset < end), or -1. O(log n). */
  indexAt(offset: number): number {
    const i = firstEndingAfter(this.ends, this.length, offset);
    return i < this.length && this.starts[i]! <= offset ? i : -1;
  }

  /** Sentence `i` as an object: the same object `toArray` holds once it has run, else a new one. */
  sentence(i: number): Sentence {
    return this.objects?.[i] ?? { start: this.starts[i]!, end: this.ends[i]!, block: this.blocks[i]! };
  }

  /** Sentences `[from, to)` as objects. */
  slice(from: number, to: number): Sentence[] {
    const out: Sentence[] = [];
    for (let i = Math.max(0, from); i < Math.min(to, this.length); i++) out.push(this.sentence(i));
    return out;
  }

  /** Every sentence as an object, made on the first call and kept. */
  toArray(): Sentence[] {
    this.objects ??= this.slice(0, this.length);
    return this.objects;
  }
}

/** Each block's tokens, in columns: `[tokenFrom[b], tokenTo[b])`, of which those before `contentStart[b]` are its list marker. */
export interface BlockTokens {
  readonly length: number;
  readonly tokenFrom: Int32Array;
  readonly tokenTo: Int32Array;
  readonly contentStart: Int32Array;
}

function single(text: string, tokens: TokenTable, k: number): number {
  const start = tokens.starts[k]!;
  return tokens.ends[k]! - start === 1 ? text.charCodeAt(start) : -1;
}

/** Is the stop at token `k` (a ".") part of an abbreviation, given the token `next` after the stop cluster? */
function isAbbreviation(text: string, tokens: TokenTable, from: number, k: number, next: number): boolean {
  if (k - 1 < from) return false;
  const { starts, ends, kinds } = tokens;
  const prevStart = starts[k - 1]!;
  const prevEnd = ends[k - 1]!;
  if (prevEnd !== starts[k]! || kinds[k - 1] !== K_WORD) return false;
  const word = text.slice(prevStart, prevEnd).toLowerCase();
  if (ALWAYS.has(word)) return true;
  if (BEFORE_NUMBER.has(word) && kinds[next] === K_NUMBER) return true;
  // an initial: "J. Smith", or the last letter of "U.K."
  if (prevEnd - prevStart === 1 && isUpper(text.charCodeAt(prevStart))) return true;
  // dotted forms: "e.g.", "i.e.", "a.m.", "P.A.C.E."
  if (prevEnd - prevStart <= 3 && k - 3 >= from) {
    const dot = k - 2;
    const before = k - 3;
    if (single(text, tokens, dot) === 0x2e && ends[dot] === prevStart && ends[before] === starts[dot] && kinds[before] === K_WORD) return true;
  }
  return false;
}

/** Opening quotes and brackets: "(see below)" does not start a sentence, "(See below.)" does. */
const OPENERS = new Set<number>([0x22, 0x27, 0x28, 0x5b, 0xab, 0x2018, 0x201c]);

/**
 * Can the token at `k` (after whitespace) begin a new sentence? Not when it starts in lower case,
 * continues the clause (", ; : ) -"), or is an opening quote/bracket directly followed by lower case.
 */
function canStart(text: string, tokens: TokenTable, k: number, to: number): boolean {
  const { starts, ends, kinds } = tokens;
  const c = text.charCodeAt(starts[k]!);
  if (isLower(c)) return false;
  if (kinds[k] !== K_PUNCT) return true;
  if (CONTINUERS.has(c)) return false;
  if (OPENERS.has(c) && k + 1 < to) {
    if (starts[k + 1] === ends[k] && isLower(text.charCodeAt(starts[k + 1]!))) return false;
  }
  return true;
}

/**
 * Splits the tokens of each block into sentences: a sentence ends at . ! ? … (with any closing quotes
 * or brackets) followed by whitespace and a token that can start a sentence, unless the stop ends an
 * abbreviation; and at the end of the block. Sentences run from their first token to their last,
 * after the block's list marker.
 */
export function splitSentences(text: string, tokens: TokenTable, blocks: BlockTokens): SentenceTable {
  // a sentence every twenty tokens or so, and one per block at least: room enough to grow seldom
  const sentences = new SentenceTable(blocks.length + (tokens.length >> 4) + 16);
  const { starts, ends, kinds } = tokens;
  for (let block = 0; block < blocks.length; block++) {
    const to = blocks.tokenTo[block]!;
    const contentStart = blocks.contentStart[block]!;
    let from = blocks.tokenFrom[block]!;
    while (from < to && starts[from]! < contentStart) from++;
    let first = from;
    let k = from;
    while (k < to) {
      const c = single(text, tokens, k);
      if (kinds[k] !== K_PUNCT || !TERMINALS.has(c)) {
        k++;
        continue;
      }
      // the stop cluster: adjacent terminals and closers
      let e = k;
      let terminals = 1;
      while (e + 1 < to) {
        if (starts[e + 1] !== ends[e]) break;
        const uc = single(text, tokens, e + 1);
        if (kinds[e + 1] === K_PUNCT && TERMINALS.has(uc)) terminals++;
        else if (!CLOSERS.has(uc)) break;
        e++;
      }
      if (e + 1 >= to) break;
      const boundary =
        starts[e + 1] !== ends[e] &&
        canStart(text, tokens, e + 1, to) &&
        !(c === 0x2e && terminals === 1 && isAbbreviation(text, tokens, from, k, e + 1));
      if (boundary) {
        sentences.push(starts[first]!, ends[e]!, block);
        first = e + 1;
      }
      k = e + 1;
    }
    if (first < to) sentences.push(starts[first]!, ends[to - 1]!, block);
  }
  return sentences;
}
