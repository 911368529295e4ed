import { C_DIGIT, C_LETTER, C_NUMBER, charWidth, classAt } from "@fundtrace/tokeniser";
import { foldName, isAllCaps, isCapitalised } from "./fold.js";

/** A word of running text, with its folded forms. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Folded form of the whole word ("Children’s" → "childrens", "&" → "and"). */
  readonly key: string;
  /** Folded form without a possessive "'s" ("Council's" → "council"); equals `key` when there is none. */
  readonly base: string;
  /** Where the word ends without its possessive. */
  readonly baseEnd: number;
  readonly capitalised: boolean;
  readonly allCaps: boolean;
}

/** How two neighbouring tokens are separated. */
export type Gap = "space" | "hyphen" | "comma" | "period" | "break";

/** What `tokenise` reads as a word (the reference for its scanner and tests). */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|&/gu;
/** Width (1 or 2) of the letter or number at i, or 0 when there is none before `to`. */
function letterOrNumberAt(text: string, i: number, to: number): number {
  if (i >= to) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  const width = charWidth(text, i);
  if (i + width > to) return 0;
  const k = classAt(text, i);
  return k === C_LETTER || k === C_DIGIT || k === C_NUMBER ? width : 0;
}

/** End of the run of letters and numbers from i (i itself when there is none). */
function runEnd(text: string, i: number, to: number): number {
  for (let w = letterOrNumberAt(text, i, to); w > 0; w = letterOrNumberAt(text, i, to)) i += w;
  return i;
}

/** Case of a plain ASCII word, read from its char codes: 1 capitalised, 2 all capitals; -1 when not plain ASCII. */
function asciiCase(word: string): number {
  let upper = false, lower = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 97 && c <= 122) lower = true;
    else if (c < 48 || c > 57) return -1;
  }
  const first = word.charCodeAt(0);
  return (first >= 65 && first <= 90 ? 1 : 0) | (upper && !lower ? 2 : 0);
}
/** Plain ASCII words fold to their lower case; only the others need the full fold. */
const fold = (word: string, plain: boolean): string => (plain ? word.toLowerCase() : foldName(word).replace(/ /g, ""));
const isPossessive = (word: string): boolean => {
  const n = word.length;
  if (n < 3) return false;
  const s = word.charCodeAt(n - 1), q = word.charCodeAt(n - 2);
  return (s === 115 || s === 83) && (q === 39 || q === 0x2019);
};

/** The words of `text.slice(from, to)`; offsets are indices into `text`. */
export function tokenise(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    let end: number;
    if (c === 38) end = i + 1;
    else {
      end = runEnd(text, i, to);
      if (end === i) {
        // not a word character: step over it (a whole surrogate pair at once)
        i += i + 1 < to ? charWidth(text, i) : 1;
        continue;
      }
      // inner apostrophes followed by more letters ("Children’s", "O'Neill")
      while (end < to && (text.charCodeAt(end) === 39 || text.charCodeAt(end) === 0x2019)) {
        const next = runEnd(text, end + 1, to);
        if (next === end + 1) break;
        end = next;
      }
    }
    tokens.push(token(text, i, end));
    i = end;
  }
  return tokens;
}

function token(text: string, start: number, end: number): Token {
  const word = text.slice(start, end);
  const ascii = asciiCase(word);
  const plain = ascii >= 0;
  const key = word === "&" ? "and" : fold(word, plain);
  const possessive = isPossessive(word);
  return {
    start,
    end,
    text: word,
    key,
    base: possessive ? fold(word.slice(0, -2), asciiCase(word.slice(0, -2)) >= 0) : key,
    baseEnd: possessive ? end - 2 : end,
    capitalised: plain ? (ascii & 1) === 1 : isCapitalised(word),
    allCaps: plain ? (ascii & 2) === 2 : isAllCaps(word),
  };
}

const SPACE = /^[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?$/;
const HYPHEN = /^[-‐‑]$/;
const COMMA = /^,[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?$/;
const PERIOD = /^\.[ \t\u00a0]*$/;

/** Classifies the text between two tokens. A blank line or any other punctuation is a `break`. */
export function gapBetween(text: string, a: Token, b: Token): Gap {
  if (b.start - a.end <= 1) {
    // the common cases, without a slice: adjacent, one space, one hyphen
    const c = b.start === a.end ? 32 : text.charCodeAt(a.end);
    if (c === 32 || c === 9 || c === 0xa0 || c === 10) return "space";
    if (c === 45) return "hyphen";
  }
  const between = text.slice(a.end, b.start);
  if (SPACE.test(between)) return "space";
  if (HYPHEN.test(between)) return "hyphen";
  if (COMMA.test(between)) return "comma";
  if (PERIOD.test(between)) return "period";
  return "break";
}
