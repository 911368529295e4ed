import { isLower, isUpper } from "./chars.js";
import abbreviations from "./data/abbreviations.json" with { type: "json" };
import type { Sentence, Token } from "./types.js";

const ALWAYS = new Set<string>(abbreviations.always);
const BEFORE_NUMBER = new Set<string>(abbreviations.beforeNumber);

/** . ! ? … ‽ */
const TERMINALS = new Set<number>([0x2e, 0x21, 0x3f, 0x2026, 0x203d]);
/** Closing quotes and brackets that stay with the sentence they close. */
const CLOSERS = new Set<number>([0x22, 0x27, 0x29, 0x5d, 0x7d, 0xbb, 0x2019, 0x201d, 0x203a]);
/** Punctuation that continues a sentence when it follows a stop: ", ; : ) ] -". */
const CONTINUERS = new Set<number>([0x2c, 0x3b, 0x3a, 0x29, 0x5d, 0x7d, 0x2d]);

/** Index range of tokens in a block and where its content starts (after a list marker). */
export interface BlockTokens {
  block: number;
  from: number;
  to: number;
}

function single(text: string, t: Token): number {
  return t.end - t.start === 1 ? text.charCodeAt(t.start) : -1;
}

/** Is the stop at token `k` (a ".") part of an abbreviation, given the token `next` after the stop cluster? */
function isAbbreviation(text: string, tokens: readonly Token[], from: number, k: number, next: Token): boolean {
  if (k - 1 < from) return false;
  const prev = tokens[k - 1]!;
  if (prev.end !== tokens[k]!.start || prev.kind !== "word") return false;
  const word = text.slice(prev.start, prev.end).toLowerCase();
  if (ALWAYS.has(word)) return true;
  if (BEFORE_NUMBER.has(word) && next.kind === "number") return true;
  // an initial: "J. Smith", or the last letter of "U.K."
  if (prev.end - prev.start === 1 && isUpper(text.charCodeAt(prev.start))) return true;
  // dotted forms: "e.g.", "i.e.", "a.m.", "P.A.C.E."
  if (prev.end - prev.start <= 3 && k - 3 >= from) {
    const dot = tokens[k - 2]!;
    const before = tokens[k - 3]!;
    if (single(text, dot) === 0x2e && dot.end === prev.start && before.end === dot.start && before.kind === "word") return true;
  }
  return false;
}

/** Opening quotes and brackets: "(see below)" does not start a sentence, "(See below.)" does. */
const OPENERS = new Set<number>([0x22, 0x27, 0x28, 0x5b, 0xab, 0x2018, 0x201c]);

/**
 * Can the token at `k` (after whitespace) begin a new sentence? Not when it starts in lower case,
 * continues the clause (", ; : ) -"), or is an opening quote/bracket directly followed by lower case.
 */
function canStart(text: string, tokens: readonly Token[], k: number, to: number): boolean {
  const next = tokens[k]!;
  const c = text.charCodeAt(next.start);
  if (isLower(c)) return false;
  if (next.kind !== "punct") return true;
  if (CONTINUERS.has(c)) return false;
  if (OPENERS.has(c) && k + 1 < to) {
    const after = tokens[k + 1]!;
    if (after.start === next.end && isLower(text.charCodeAt(after.start))) return false;
  }
  return true;
}

/**
 * Splits the tokens of each block into sentences: a sentence ends at . ! ? … (with any closing quotes
 * or brackets) followed by whitespace and a token that can start a sentence, unless the stop ends an
 * abbreviation; and at the end of the block. Sentences run from their first token to their last.
 */
export function splitSentences(text: string, tokens: readonly Token[], ranges: readonly BlockTokens[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const { block, from, to } of ranges) {
    let first = from;
    let k = from;
    while (k < to) {
      const t = tokens[k]!;
      const c = single(text, t);
      if (t.kind !== "punct" || !TERMINALS.has(c)) {
        k++;
        continue;
      }
      // the stop cluster: adjacent terminals and closers
      let e = k;
      let terminals = 1;
      while (e + 1 < to) {
        const u = tokens[e + 1]!;
        if (u.start !== tokens[e]!.end) break;
        const uc = single(text, u);
        if (u.kind === "punct" && TERMINALS.has(uc)) terminals++;
        else if (!CLOSERS.has(uc)) break;
        e++;
      }
      if (e + 1 >= to) break;
      const next = tokens[e + 1]!;
      const boundary =
        next.start !== tokens[e]!.end &&
        canStart(text, tokens, e + 1, to) &&
        !(c === 0x2e && terminals === 1 && isAbbreviation(text, tokens, from, k, next));
      if (boundary) {
        sentences.push({ start: tokens[first]!.start, end: tokens[e]!.end, block });
        first = e + 1;
      }
      k = e + 1;
    }
    if (first < to) sentences.push({ start: tokens[first]!.start, end: tokens[to - 1]!.end, block });
  }
  return sentences;
}
