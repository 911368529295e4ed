import { C_DIGIT, C_LETTER, C_MARK, C_NUMBER, charWidth, classAt as charClass } from "@fundtrace/tokeniser";

/** A word of a short phrase with its span in the document. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/** What `wordsIn` reads, as one pattern (the reference for the scanner below and its tests). */
export const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}\p{M}’'.\-]*[\p{L}\p{N}\p{M}]|[\p{L}\p{N}]|&/gu;

const WORD = 1;
const INNER = 2;
const MARK = 3;
const OTHER = 0;

/** Class and width of the code point at i (not reading past `to`): (class << 1) | (width - 1). */
function classAt(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x27 || c === 0x2e || c === 0x2d || c === 0x2019) return INNER << 1;
  const width = charWidth(text, i);
  if (i + width > to) return OTHER << 1; // half a surrogate pair: no letter within the window
  const k = charClass(text, i);
  const cls = k === C_LETTER || k === C_DIGIT || k === C_NUMBER ? WORD : k === C_MARK ? MARK : OTHER;
  return (cls << 1) | (width - 1);
}

/**
 * Words of `text.slice(from, to)`, with document offsets: what `wordPattern` matches (a letter or
 * digit, then letters, digits, marks and inner ’ ' . - ending on a letter, digit or mark; or "&"),
 * read without a regex or a copy of the slice. Linear in the slice.
 */
export function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 0x26) {
      out.push({ text: "&", start: i, end: i + 1 });
      i++;
      continue;
    }
    const first = classAt(text, i, to);
    const firstWidth = (first & 1) + 1;
    if (first >> 1 !== WORD) {
      i += firstWidth;
      continue;
    }
    // the longest run of word, mark and inner characters, ending on its last word or mark character
    let end = i + firstWidth;
    let j = end;
    while (j < to) {
      const k = classAt(text, j, to);
      const cls = k >> 1;
      if (cls === OTHER) break;
      j += (k & 1) + 1;
      if (cls !== INNER) end = j;
    }
    out.push({ text: text.slice(i, end), start: i, end });
    i = end;
  }
  return out;
}

// (patterns as constants: a regex literal makes a new object every time it is evaluated)
const CAPITALISED = /^[\p{Lu}\p{N}]/u;
const ACRONYM_SHAPE = /^[\p{Lu}][\p{Lu}\p{N}&-]{1,7}$/u;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
export const isCapitalised = (w: string): boolean => CAPITALISED.test(w);
export const isAcronym = (w: string): boolean => ACRONYM_SHAPE.test(w) && TWO_CAPITALS.test(w);

/** Trims whitespace and the given punctuation from both ends of a span. */
export function trimSpan(text: string, start: number, end: number, chars = " \t\r\n\u00a0,;:–—-"): [number, number] {
  while (start < end && chars.includes(text[start]!)) start++;
  while (end > start && chars.includes(text[end - 1]!)) end--;
  return [start, end];
}
