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

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|&/gu;
/** Plain ASCII words fold to their lower case; only the others need the full fold. */
const PLAIN = /^[A-Za-z0-9]+$/;
const fold = (word: string): string => (PLAIN.test(word) ? word.toLowerCase() : foldName(word).replace(/ /g, ""));
const POSSESSIVE = /['’][sS]$/;

/** The words of `text.slice(from, to)`; offsets are indices into `text`. */
export function tokenise(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const region = text.slice(from, to);
  for (const m of region.matchAll(WORD)) {
    const start = from + m.index;
    const word = m[0];
    const end = start + word.length;
    const key = word === "&" ? "and" : fold(word);
    const possessive = POSSESSIVE.test(word);
    tokens.push({
      start,
      end,
      text: word,
      key,
      base: possessive ? fold(word.slice(0, -2)) : key,
      baseEnd: possessive ? end - 2 : end,
      capitalised: isCapitalised(word),
      allCaps: isAllCaps(word),
    });
  }
  return tokens;
}

const SPACE = /^[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?$/;
const HYPHEN = /^[-‐‑]$/;
const COMMA = /^,[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?$/;
const PERIOD = /^\.[ \t\u00a0]*$/;

/** Classifies the text between two tokens. A blank line or any other punctuation is a `break`. */
export function gapBetween(text: string, a: Token, b: Token): Gap {
  const between = text.slice(a.end, b.start);
  if (SPACE.test(between)) return "space";
  if (HYPHEN.test(between)) return "hyphen";
  if (COMMA.test(between)) return "comma";
  if (PERIOD.test(between)) return "period";
  return "break";
}
