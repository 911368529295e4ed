import { C_SPACE, CLASS } from "../chars.js";
import markers from "../data/list-markers.json" with { type: "json" };

const BULLETS = new Set<number>(markers.bullets.map((b) => b.charCodeAt(0)));
const ROMAN = new Set<string>(markers.romanNumerals);

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isLowerAscii = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isUpperAscii = (c: number): boolean => c >= 0x41 && c <= 0x5a;

type Label = "digits" | "lower" | "upper" | "roman" | null;

function labelKind(text: string, from: number, to: number): Label {
  const len = to - from;
  if (len < 1 || len > 4) return null;
  let digits = true;
  for (let i = from; i < to; i++) if (!isDigit(text.charCodeAt(i))) digits = false;
  if (digits) return len <= 3 ? "digits" : null;
  if (len === 1) {
    const c = text.charCodeAt(from);
    if (isLowerAscii(c)) return "lower";
    if (isUpperAscii(c)) return "upper";
    return null;
  }
  return ROMAN.has(text.slice(from, to)) ? "roman" : null;
}

/** End of the label run starting at i: ASCII letters/digits, at most 4. */
function labelEnd(text: string, i: number, limit: number): number {
  let j = i;
  while (j < limit && j - i < 5) {
    const c = text.charCodeAt(j);
    if (isDigit(c) || isLowerAscii(c) || isUpperAscii(c)) j++;
    else break;
  }
  return j;
}

/**
 * The end of a list marker at `p` (the first non-blank character of a line ending at `lineEnd`),
 * or -1. Markers: a bullet ("-", "*", "•", "–", …), "1)", "1.", "(1)", "(a)", "a)", "a.", "(iv)", "iv)", "A)";
 * always followed by whitespace and more text on the line. "A." is not a marker (initials: "J. Smith").
 */
export function listMarkerEnd(text: string, p: number, lineEnd: number): number {
  const c = text.charCodeAt(p);
  let end = -1;
  if (BULLETS.has(c)) {
    end = p + 1;
  } else if (c === 0x28 /* ( */) {
    const j = labelEnd(text, p + 1, lineEnd);
    if (j < lineEnd && text.charCodeAt(j) === 0x29 && labelKind(text, p + 1, j) !== null) end = j + 1;
  } else {
    const j = labelEnd(text, p, lineEnd);
    if (j < lineEnd) {
      const kind = labelKind(text, p, j);
      const close = text.charCodeAt(j);
      if (kind !== null && (close === 0x29 || (close === 0x2e && kind !== "upper"))) end = j + 1;
    }
  }
  if (end < 0 || end >= lineEnd) return -1;
  // whitespace, then content
  if (CLASS[text.charCodeAt(end)] !== C_SPACE) return -1;
  let k = end;
  while (k < lineEnd && CLASS[text.charCodeAt(k)] === C_SPACE) k++;
  return k < lineEnd ? end : -1;
}
