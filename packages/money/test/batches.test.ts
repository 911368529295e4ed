import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanMoney, RULES } from "@fundtrace/money";
import type { Message } from "@fundtrace/contract";
import { scanAtoms } from "../src/atoms.js";
import { toAmount } from "../src/build.js";
import { fromAtom } from "../src/candidate.js";
import { resolveOptions } from "../src/options.js";

/**
 * The scan hands long texts to the rules in batches. These texts hold thousands of atoms, written
 * so that rules join neighbours often (ranges, pence, trailing minor units, qualifiers, bare
 * amounts that take the dominant currency): whatever the batches, the amounts and messages must
 * be exactly those of every rule run once over all the atoms.
 */
function onePass(text: string, options: { from?: number; to?: number } = {}) {
  const resolved = resolveOptions({ source: "t", ...options });
  const passage = text.slice(resolved.from, Math.min(resolved.to, text.length));
  const messages: Message[] = [];
  let candidates = scanAtoms(passage).map(fromAtom);
  for (const [, rule] of RULES) candidates = rule(candidates, { text: passage, options: resolved, messages, previousEnd: 0 });
  const shift = <S extends { start: number; end: number } | null>(s: S): S =>
    (s === null ? s : { ...s, start: s.start + resolved.from, end: s.end + resolved.from }) as S;
  return {
    amounts: candidates.map((c) => toAmount({ ...c, start: c.start + resolved.from, end: c.end + resolved.from, qualifierSpan: shift(c.qualifierSpan), periodSpan: shift(c.periodSpan) }, text)),
    messages: messages.map((m) => ({ ...m, span: shift(m.span) })),
  };
}

const PIECES = [
  "£1m", "£2.5m", "$3", "€4bn", "5", "6k", "7m", "20", "43", "43p", "1.2m", "£10", "£20", "US$4.7bn",
  "up to £1.7m", "nearly £2m", "£5m or more", "£30,000 per annum", "£500 a week", "350k", "10 grand",
  "five million", "twenty dollars", "between £1m and £2m", "from £3m to £4m", "£1-2m", "£5m-£3m", "£5m-$6m",
  "3 GBP 1 pence", "$20 and 43c", "US$3 and fourteen", "(350k)", "awarded 1.2m", "2.5 million children",
];
const GAPS = [" ", "\n", " - ", " to ", " and ", "\n\n", ", ", " x ", "–", " and\n", "\t"];

/** The first place two lists differ (null when equal): a readable failure even for lists of thousands. */
function firstDifference(got: readonly unknown[], want: readonly unknown[]): object | null {
  for (let i = 0; i < Math.max(got.length, want.length); i++) {
    if (JSON.stringify(got[i]) !== JSON.stringify(want[i])) return { at: i, got: got[i], want: want[i] };
  }
  return null;
}

const text = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...GAPS)), { minLength: 3000, maxLength: 6000 })
  .map((parts) => parts.map(([p, g]) => p + g).join(""));

describe("money scan in batches", () => {
  it("finds exactly what one pass of every rule over all the atoms finds", () => {
    fc.assert(
      fc.property(text, (t) => {
        const scan = scanMoney(t, { source: "t" });
        const reference = onePass(t);
        expect(scan.amounts.length).toBeGreaterThan(2048);
        expect(firstDifference(scan.amounts, reference.amounts)).toBeNull();
        expect(firstDifference(scan.messages, reference.messages)).toBeNull();
      }),
      { numRuns: 12, endOnFailure: true },
    );
  });

  it("does the same inside a passage of a longer text", () => {
    fc.assert(
      fc.property(text, fc.nat(200), fc.nat(200), (t, a, b) => {
        const options = { from: a, to: t.length - b };
        const scan = scanMoney(t, { source: "t", ...options });
        const reference = onePass(t, options);
        expect(firstDifference(scan.amounts, reference.amounts)).toBeNull();
        expect(firstDifference(scan.messages, reference.messages)).toBeNull();
      }),
      { numRuns: 6, endOnFailure: true },
    );
  });
});
