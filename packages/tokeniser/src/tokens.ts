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
import type { Token } from "./types.js";

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

/**
 * Splits `text` into tokens covering every non-whitespace character exactly once.
 * Money stays splittable: "£1.97m" → symbol "£", number "1.97", word "m".
 */
export function scanTokens(text: string): Token[] {
  const tokens: Token[] = [];
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
      tokens.push({ start, end: i, kind: "word" });
    } else if (cls === C_DIGIT && width === 1) {
      i = scanNumber(text, i);
      tokens.push({ start, end: i, kind: "number" });
    } else if (cls === C_DIGIT || cls === C_NUMBER) {
      i += width;
      tokens.push({ start, end: i, kind: "number" });
    } else if (cls === C_PUNCT) {
      i += width;
      tokens.push({ start, end: i, kind: "punct" });
    } else {
      // symbols, stray marks, joiners, controls, private use, lone surrogates
      i = cls === C_SYMBOL ? scanSymbol(text, i, width) : i + width;
      tokens.push({ start, end: i, kind: "symbol" });
    }
  }
  return tokens;
}
