import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Amount } from "@fundtrace/contract";
import { findMoney, scanMoney } from "@fundtrace/money";

const RUNS = { numRuns: 300 };

/** Filler that cannot itself be money: letters and punctuation from a tiny alphabet, no cue words. */
const filler = fc.string({ unit: fc.constantFrom("x", "q", "z", " ", " ", ",", ".", "\n"), maxLength: 30 });

const MULTIPLIERS = [
  ["", 0],
  ["k", 3],
  ["m", 6],
  [" million", 6],
  ["bn", 9],
  [" billion", 9],
] as const;
const SYMBOLS = [
  ["£", "GBP"],
  ["$", "USD"],
  ["€", "EUR"],
] as const;

/** A written amount and the value and precision it states, computed independently of the parser. */
const written = fc
  .record({
    whole: fc.integer({ min: 1, max: 999_999 }),
    fraction: fc.string({ unit: fc.constantFrom(..."0123456789".split("")), maxLength: 3 }),
    commas: fc.boolean(),
    mult: fc.constantFrom(...MULTIPLIERS),
    symbol: fc.constantFrom(...SYMBOLS),
  })
  .map(({ whole, fraction, commas, mult, symbol }) => {
    const wholeText = commas ? whole.toLocaleString("en-GB") : String(whole);
    const text = `${symbol[0]}${wholeText}${fraction ? `.${fraction}` : ""}${mult[0]}`;
    const digits = BigInt(`${whole}${fraction}`);
    const exponent = mult[1] - fraction.length;
    const value = exponent >= 0 ? Number(digits * 10n ** BigInt(exponent)) : Number(digits) / 10 ** -exponent;
    return { text, value, currency: symbol[1], precision: 10 ** exponent };
  });

describe("properties", () => {
  it("never throws, and every amount is a valid, in-bounds, non-overlapping slice of the text", () => {
    const noisy = fc.string({
      unit: fc.constantFrom(..."£$€0123456789.,-–km bn()upto approx £5m and a year pence".split("")),
      maxLength: 80,
    });
    fc.assert(
      fc.property(fc.oneof(noisy, fc.string({ maxLength: 60 })), (text) => {
        const { amounts, messages } = scanMoney(text, { defaultCurrency: "GBP" });
        let last = 0;
        for (const a of amounts) {
          expect(Amount.safeParse(a).success).toBe(true);
          expect(a.start).toBeGreaterThanOrEqual(last);
          expect(a.end).toBeGreaterThan(a.start);
          expect(text.slice(a.start, a.end)).toBe(a.text);
          if (a.qualifierSpan) {
            const q = a.qualifierSpan;
            expect(q.end <= a.start || q.start >= a.end).toBe(true);
            expect(q.end).toBeLessThanOrEqual(text.length);
          }
          if (a.kind === "range") expect(a.min!).toBeLessThanOrEqual(a.max!);
          last = a.end;
        }
        for (const m of messages) expect(m.reason).toMatch(/^Expected .*, received /s);
      }),
      RUNS,
    );
  });

  it("never throws on adversarial text, and every span is in bounds and slices to its text", () => {
    const token = fc.constantFrom(
      "£", "££££", "1", "1,", "1,1,1,1,", "(", "((((", ")", "9".repeat(40), "99999999999999999", ".5", "m", "k", "bn",
      " ", "  ", "\n", "-", "–", "one", "one-", "point", "and", "a", "an", "up to", "nearly", "between", "from", "to",
      "pence", "p", "c", "$", "€", "US$", "GBP", "MGBP", "Â£", "grand", "per annum", "a year", "+", "or more", "million",
    );
    const adversarial = fc.array(token, { maxLength: 60 }).map((parts) => parts.join(""));
    const repeated = fc.tuple(token, fc.integer({ min: 1, max: 400 })).map(([t, n]) => t.repeat(n));
    fc.assert(
      fc.property(fc.oneof(adversarial, repeated), fc.boolean(), (text, withDefault) => {
        const found = findMoney(text, withDefault ? { defaultCurrency: "GBP" } : {});
        let last = 0;
        for (const a of found) {
          expect(Amount.safeParse(a).success).toBe(true);
          expect(Number.isFinite(a.value)).toBe(true);
          expect(a.start).toBeGreaterThanOrEqual(last);
          expect(a.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(a.start, a.end)).toBe(a.text);
          last = a.end;
        }
      }),
      RUNS,
    );
  });

  it("reads a written amount inside filler with its exact value, precision and span", () => {
    fc.assert(
      fc.property(filler, written, filler, (before, amount, after) => {
        const text = `${before} ${amount.text} ${after}`;
        const found = findMoney(text);
        expect(found).toHaveLength(1);
        const a = found[0]!;
        expect(a.text).toBe(amount.text);
        expect(a.start).toBe(before.length + 1);
        expect(a.currency).toBe(amount.currency);
        expect(a.value).toBeCloseTo(amount.value, 6);
        expect(a.precision).toBeCloseTo(amount.precision, 12);
      }),
      RUNS,
    );
  });

  it("shifts offsets, and nothing else, when text is put in front", () => {
    fc.assert(
      fc.property(filler, written, written, (prefix, x, y) => {
        const body = `Grants: ${x.text} and ${y.text}.`;
        const lead = `${prefix}\n\n`;
        const plain = findMoney(body);
        const shifted = findMoney(lead + body);
        expect(shifted).toEqual(
          plain.map((a) => ({
            ...a,
            start: a.start + lead.length,
            end: a.end + lead.length,
            qualifierSpan: a.qualifierSpan && { start: a.qualifierSpan.start + lead.length, end: a.qualifierSpan.end + lead.length },
          })),
        );
      }),
      RUNS,
    );
  });

  it("joins two amounts in one currency into a range exactly when the first is smaller", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 1, max: 99_999 }), (lo, hi) => {
        const found = findMoney(`£${lo} - £${hi}`);
        if (lo <= hi) {
          expect(found).toHaveLength(1);
          expect(found[0]).toMatchObject({ kind: "range", min: lo, max: hi, value: hi });
        } else {
          expect(found.map((a) => a.value)).toEqual([lo, hi]);
        }
      }),
      RUNS,
    );
  });
});
