/**
 * Character classes. One table lookup per UTF-16 code unit for the Basic Multilingual Plane;
 * astral code points (emoji, rare scripts) are classified with a Unicode property test.
 * The table is computed once when the module loads and never written afterwards.
 */

export const C_OTHER = 0; // controls, format characters, private use, unassigned → symbol tokens
export const C_SPACE = 1; // whitespace inside a line: a gap
export const C_BREAK = 2; // line terminator: a gap that ends a line
export const C_LETTER = 3;
export const C_MARK = 4;
export const C_DIGIT = 5; // \p{Nd}
export const C_NUMBER = 6; // other numerals: ½, ², Ⅻ
export const C_PUNCT = 7;
export const C_SYMBOL = 8;
export const C_HIGH = 9; // high surrogate
export const C_LOW = 10; // low surrogate
export const C_JOINER = 11; // ZWNJ/ZWJ: kept inside words and emoji sequences

/** Line terminators. CR LF counts as one terminator. */
const BREAKS = "\n\r\u000b\u000c\u0085\u2028\u2029";
/** Whitespace gaps: Unicode White_Space plus invisible separators (zero-width space, word joiner, BOM). */
const SPACES = "\t \u00a0\u1680\u180e\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u2060\u3000\ufeff";

function buildTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const units: string[] = new Array(0x10000);
  for (let i = 0; i < 0x10000; i++) units[i] = i >= 0xd800 && i <= 0xdfff ? "\u0000" : String.fromCharCode(i);
  const all = units.join("");
  const mark = (re: RegExp, cls: number): void => {
    for (const m of all.matchAll(re)) table[m.index] = cls;
  };
  mark(/\p{P}/gu, C_PUNCT);
  mark(/\p{S}/gu, C_SYMBOL);
  mark(/[\p{Nl}\p{No}]/gu, C_NUMBER);
  mark(/\p{Nd}/gu, C_DIGIT);
  mark(/\p{M}/gu, C_MARK);
  mark(/\p{L}/gu, C_LETTER);
  for (let i = 0xd800; i <= 0xdbff; i++) table[i] = C_HIGH;
  for (let i = 0xdc00; i <= 0xdfff; i++) table[i] = C_LOW;
  table[0x200c] = C_JOINER;
  table[0x200d] = C_JOINER;
  for (const ch of SPACES) table[ch.charCodeAt(0)] = C_SPACE;
  for (const ch of BREAKS) table[ch.charCodeAt(0)] = C_BREAK;
  return table;
}

/** Class of each BMP code unit. Read-only by convention. */
export const CLASS: Readonly<Uint8Array> = buildTable();

const ASTRAL_LETTER = /^\p{L}$/u;
const ASTRAL_MARK = /^\p{M}$/u;
const ASTRAL_DIGIT = /^\p{Nd}$/u;
const ASTRAL_NUMBER = /^\p{N}$/u;
const ASTRAL_PUNCT = /^\p{P}$/u;
const ASTRAL_SYMBOL = /^\p{S}$/u;

/** Class of an astral code point (≥ U+10000). */
export function astralClass(cp: number): number {
  const s = String.fromCodePoint(cp);
  if (ASTRAL_LETTER.test(s)) return C_LETTER;
  if (ASTRAL_MARK.test(s)) return C_MARK;
  if (ASTRAL_DIGIT.test(s)) return C_DIGIT;
  if (ASTRAL_NUMBER.test(s)) return C_NUMBER;
  if (ASTRAL_PUNCT.test(s)) return C_PUNCT;
  if (ASTRAL_SYMBOL.test(s)) return C_SYMBOL;
  return C_OTHER;
}

/**
 * Class of the code point at `i` (a surrogate pair is classified as its code point;
 * a lone surrogate is C_OTHER). Use `charWidth` to step over it.
 */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const cls = CLASS[c]!;
  if (cls === C_HIGH) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return astralClass(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
    return C_OTHER;
  }
  if (cls === C_LOW) return C_OTHER;
  return cls;
}

/** 2 when a valid surrogate pair starts at `i`, else 1. */
export function charWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** True for whitespace gaps (spaces, tabs, NBSP, thin spaces, zero-width space, line terminators). */
export function isGap(code: number): boolean {
  const cls = CLASS[code]!;
  return cls === C_SPACE || cls === C_BREAK;
}

export const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2bc;
export const isWordHyphen = (c: number): boolean => c === 0x2d || c === 0x2010 || c === 0x2011;

/** Upper-case letter test for the first code unit of a word (BMP only; astral letters count as not upper-case). */
export function isUpper(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  if (CLASS[code] !== C_LETTER) return false;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLower(code: number): boolean {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  if (CLASS[code] !== C_LETTER) return false;
  const ch = String.fromCharCode(code);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
