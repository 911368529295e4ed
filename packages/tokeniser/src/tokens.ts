import {
  C_BREAK,
  C_DIGIT,
  C_HIGH,
  C_JOINER,
  C_LETTER,
  C_LOW,
  C_MARK,
  C_NUMBER,
  C_PUNCT,
  C_SPACE,
  C_SYMBOL,
  CLASS,
  astralClass,
  isApostrophe,
  isWordHyphen,
} from "./chars.js";
import { doubled } from "./columns.js";
import type { Token, TokenKind } from "./types.js";

const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Class of the code point at i and its width, packed: class * 4 + width. */
function classWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const cls = CLASS[c]!;
  if (cls === C_HIGH) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return astralClass(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) * 4 + 2;
    return 0 * 4 + 1;
  }
  if (cls === C_LOW) return 0 * 4 + 1;
  return cls * 4 + 1;
}

/** Is the code point at i a letter (BMP fast path)? */
function letterAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  const cls = CLASS[c]!;
  if (cls === C_LETTER) return true;
  if (cls === C_HIGH) return classWidth(text, i) >> 2 === C_LETTER;
  return false;
}

/** End of a word that starts at `start` (a letter). */
function scanWord(text: string, start: number): number {
  const n = text.length;
  let i = start;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = CLASS[c]!;
    if (cls === C_LETTER || cls === C_MARK || cls === C_DIGIT) {
      i++;
      continue;
    }
    if (cls === C_HIGH) {
      const cw = classWidth(text, i);
      const k = cw >> 2;
      if (k === C_LETTER || k === C_MARK || k === C_DIGIT) {
        i += cw & 3;
        continue;
      }
      break;
    }
    // Internal apostrophe, hyphen or joiner: only when a letter follows.
    if ((isApostrophe(c) || isWordHyphen(c) || cls === C_JOINER) && letterAt(text, i + 1)) {
      i++;
      continue;
    }
    break;
  }
  return i;
}

/**
 * End of a number that starts at `start` (a digit): digits, groups of ",ddd" when the leading
 * group has 1–3 digits, and one "." followed by digits.
 */
function scanNumber(text: string, start: number): number {
  const n = text.length;
  let i = start;
  while (i < n && CLASS[text.charCodeAt(i)] === C_DIGIT) i++;
  let grouped = i - start <= 3 && isAsciiDigit(text.charCodeAt(start));
  let decimal = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x2c && grouped && !decimal) {
      // ",ddd" not followed by another digit
      if (
        i + 3 < n &&
        isAsciiDigit(text.charCodeAt(i + 1)) &&
        isAsciiDigit(text.charCodeAt(i + 2)) &&
        isAsciiDigit(text.charCodeAt(i + 3)) &&
        !(i + 4 < n && CLASS[text.charCodeAt(i + 4)] === C_DIGIT)
      ) {
        i += 4;
        continue;
      }
      break;
    }
    if (c === 0x2e && !decimal && i + 1 < n && CLASS[text.charCodeAt(i + 1)] === C_DIGIT) {
      decimal = true;
      grouped = false;
      i += 2;
      while (i < n && CLASS[text.charCodeAt(i)] === C_DIGIT) i++;
      continue;
    }
    break;
  }
  return i;
}

/** Emoji modifiers (skin tones) and tag characters that belong to the preceding symbol. */
function isSymbolExtender(cp: number): boolean {
  return (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f) || cp === 0x20e3;
}

function codePointAt(text: string, i: number): number {
  return text.codePointAt(i) ?? 0;
}

/**
 * End of a symbol token that starts at `start`: the code point plus any combining marks,
 * variation selectors, skin-tone modifiers, tag characters and ZWJ-joined code points,
 * so emoji sequences stay whole. Regional-indicator flags pair up.
 */
function scanSymbol(text: string, start: number, width: number): number {
  const n = text.length;
  const first = codePointAt(text, start);
  let i = start + width;
  if (first >= 0x1f1e6 && first <= 0x1f1ff && i < n) {
    const next = codePointAt(text, i);
    if (next >= 0x1f1e6 && next <= 0x1f1ff) return i + 2;
  }
  while (i < n) {
    const cw = classWidth(text, i);
    const k = cw >> 2;
    if (k === C_MARK) {
      i += cw & 3;
      continue;
    }
    if (k === C_JOINER && text.charCodeAt(i) === 0x200d && i + 1 < n) {
      const nk = classWidth(text, i + 1);
      const nc = nk >> 2;
      if (nc !== C_SPACE && nc !== C_BREAK) {
        i += 1 + (nk & 3);
        continue;
      }
      break;
    }
    if ((cw & 3) === 2 && isSymbolExtender(codePointAt(text, i))) {
      i += 2;
      continue;
    }
    break;
  }
  return i;
}

/** Token kinds as stored in a `TokenTable` (index into `TOKEN_KINDS`). */
export const K_WORD = 0;
export const K_NUMBER = 1;
export const K_PUNCT = 2;
export const K_SYMBOL = 3;
export const TOKEN_KINDS: readonly TokenKind[] = ["word", "number", "punct", "symbol"];

/**
 * The tokens of a text in three typed columns (start, end, kind): 9 bytes a token instead of an
 * object each, so a page of millions of tokens neither fills the heap nor keeps the collector busy.
 * `token(i)` and `toArray()` give the `Token` objects when a caller wants them.
 */
export class TokenTable {
  length = 0;
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;

  constructor(capacity = 256) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.kinds = new Uint8Array(capacity);
  }

  push(start: number, end: number, kind: number): void {
    if (this.length === this.starts.length) this.grow();
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.kinds[this.length] = kind;
    this.length++;
  }

  private grow(): void {
    this.starts = doubled(this.starts);
    this.ends = doubled(this.ends);
    this.kinds = doubled(this.kinds);
  }

  token(i: number): Token {
    return { start: this.starts[i]!, end: this.ends[i]!, kind: TOKEN_KINDS[this.kinds[i]!]! };
  }

  toArray(): Token[] {
    const out = new Array<Token>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.token(i);
    return out;
  }
}

/** Splits `text` into tokens covering every non-whitespace character exactly once (as objects). */
export function scanTokens(text: string): Token[] {
  return scanTokenTable(text).toArray();
}

/**
 * Splits `text` into tokens covering every non-whitespace character exactly once.
 * Money stays splittable: "£1.97m" → symbol "£", number "1.97", word "m".
 */
export function scanTokenTable(text: string): TokenTable {
  const tokens = new TokenTable(Math.max(256, text.length >> 2));
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let cls = CLASS[c]!;
    if (cls === C_SPACE || cls === C_BREAK) {
      i++;
      continue;
    }
    let width = 1;
    if (cls === C_HIGH || cls === C_LOW) {
      const cw = classWidth(text, i);
      cls = cw >> 2;
      width = cw & 3;
    }
    const start = i;
    if (cls === C_LETTER) {
      i = scanWord(text, i + width);
      tokens.push(start, i, K_WORD);
    } else if (cls === C_DIGIT && width === 1) {
      i = scanNumber(text, i);
      tokens.push(start, i, K_NUMBER);
    } else if (cls === C_DIGIT || cls === C_NUMBER) {
      i += width;
      tokens.push(start, i, K_NUMBER);
    } else if (cls === C_PUNCT) {
      i += width;
      tokens.push(start, i, K_PUNCT);
    } else {
      // symbols, stray marks, joiners, controls, private use, lone surrogates
      i = cls === C_SYMBOL ? scanSymbol(text, i, width) : i + width;
      tokens.push(start, i, K_SYMBOL);
    }
  }
  return tokens;
}
