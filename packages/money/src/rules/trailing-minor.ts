/**
 * Rule money/trailing-minor: a whole amount followed by a bare one- or two-digit number that ends
 * the expression is its cents or pence: "$20 43", "20 rupees 43", "US$3 and fourteen" → 3.14.
 * Only at the end of a clause (end of text or punctuation next), so "£20 43 people" stays apart.
 * Runs after money/range, so "between £10 and 20" stays a range.
 */
import type { Rule } from "../context.js";
import type { Candidate } from "../candidate.js";
import { add, type Decimal } from "../decimal.js";
import { findNumberWords } from "../number-words.js";

const JOINER = /[ \t\u00a0]+(?:and[ \t\u00a0]+)?/iy;
const TWO_DIGITS = /\d{1,2}(?![\p{L}\p{N}]|[.,]\d)/uy;
const CLAUSE_ENDS = /^[ \t\u00a0]*(?:$|[.,;:!?)\]\n])/u;

function wholeMajor(c: Candidate): boolean {
  const [atom, ...rest] = c.atoms;
  return (
    atom !== undefined &&
    rest.length === 0 &&
    c.kind === "single" &&
    atom.currency !== null &&
    !atom.minor &&
    !atom.hasMultiplier &&
    atom.unit === 0 &&
    atom.written.exponent >= 0
  );
}

/** The minor count written right after `at`, and where it ends. */
function minorAt(text: string, at: number): { count: number; end: number } | null {
  JOINER.lastIndex = at;
  const joiner = JOINER.exec(text);
  if (!joiner) return null;
  const from = at + joiner[0].length;
  TWO_DIGITS.lastIndex = from;
  const digits = TWO_DIGITS.exec(text);
  if (digits) return { count: Number(digits[0]), end: from + digits[0].length };
  const words = findNumberWords(text.slice(from, from + 40))[0];
  if (!words || words.start !== 0 || words.articleOnly) return null;
  const count = words.decimal.mantissa * 10 ** words.decimal.exponent;
  return count >= 1 && count < 100 ? { count, end: from + words.end } : null;
}

export const trailingMinor: Rule = (candidates, { text }) => {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const major = candidates[i]!;
    const next = candidates[i + 1];
    const minor = wholeMajor(major) ? minorAt(text, major.end) : null;
    const clean =
      minor !== null &&
      CLAUSE_ENDS.test(text.slice(minor.end, minor.end + 3)) &&
      (next === undefined || next.start >= minor.end || (next.currency === null && next.end === minor.end));
    if (!minor || !clean) {
      out.push(major);
      continue;
    }
    const cents: Decimal = { mantissa: minor.count, exponent: -2 };
    out.push({ ...major, end: minor.end, value: add(major.value, cents) });
    // The bare number just read was an atom of its own: it is now part of this amount.
    if (next && next.start < minor.end) i += 1;
  }
  return out;
};
