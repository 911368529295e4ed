/**
 * Rule money/minor-compound: a whole amount followed by its minor part is one amount:
 * "$20 and 43c", "3 GBP 1 pence", "twenty dollars 43 cents" → 20.43.
 * Runs after money/range, so "between £10 and 20 pence" is never read as one sum.
 */
import { add, toNumber } from "../decimal.js";
import type { Rule } from "../context.js";
import type { Candidate } from "../candidate.js";

const JOINER = /^\s+(?:and\s+)?$/i;

export const minorCompound: Rule = (candidates, { text }) => {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const major = candidates[i]!;
    const minor = candidates[i + 1];
    const majorAtom = major.atoms[0]!;
    const minorAtom = minor?.atoms[0];
    const joins =
      minor !== undefined &&
      minorAtom !== undefined &&
      major.kind === "single" &&
      minor.kind === "single" &&
      majorAtom.currency !== null &&
      !majorAtom.minor &&
      !majorAtom.hasMultiplier &&
      majorAtom.written.exponent >= 0 &&
      minorAtom.minor &&
      minorAtom.currencyAt === "suffix" &&
      minorAtom.written.exponent >= 0 &&
      toNumber(minor.value) < 1 &&
      JOINER.test(text.slice(major.end, minor.start));
    if (!joins) {
      out.push(major);
      continue;
    }
    // The minor unit names no currency of its own here: "3 CAD 3 cents" is Canadian cents.
    out.push({ ...major, end: minor.end, value: add(major.value, minor.value), atoms: [...major.atoms, ...minor.atoms] });
    i += 1;
  }
  return out;
};
