import { describe, expect, it } from "vitest";
import { parseMoneyResult } from "@fundtrace/money";

describe("parseMoneyResult", () => {
  it("reads one expression with its qualifier and period", () => {
    const r = parseMoneyResult("Up to £1.7m");
    expect(r).toEqual({
      ok: true,
      value: {
        value: 1_700_000,
        currency: "GBP",
        qualifier: "up-to",
        text: "£1.7m",
        start: 6,
        end: 11,
        qualifierSpan: { start: 0, end: 5 },
        kind: "single",
        min: null,
        max: null,
        precision: 100_000,
        period: null,
        currencyInferred: false,
      },
    });
    expect(parseMoneyResult(" £30,000 per annum ")).toMatchObject({ ok: true, value: { value: 30_000, period: "year" } });
  });

  it("fails with a diagnostic, never throws, on bad input", () => {
    const none = parseMoneyResult("no money here", { source: "cell B2" });
    expect(none).toEqual({
      ok: false,
      issues: [expect.objectContaining({ ruleId: "money/parse", source: "cell B2", severity: "error" })],
    });
    if (!none.ok) expect(none.issues[0]!.reason).toBe('Expected a money expression, received "no money here"');

    const many = parseMoneyResult("£1m and £2m");
    expect(many.ok).toBe(false);
    if (!many.ok) expect(many.issues[0]!.reason).toMatch(/^Expected one money expression, received 2: "£1m", "£2m"$/);

    const extra = parseMoneyResult("£5m to Barnardo's");
    expect(extra.ok).toBe(false);
    if (!extra.ok) expect(extra.issues[0]!.reason).toContain(`received extra text "to Barnardo's"`);
  });

  it("reads a currency-less cell with defaultCurrency, and says why not without it", () => {
    expect(parseMoneyResult("350k", { defaultCurrency: "GBP" })).toMatchObject({
      ok: true,
      value: { value: 350_000, currency: "GBP", currencyInferred: true, precision: 1_000 },
    });
    expect(parseMoneyResult("1,250", { defaultCurrency: "EUR" })).toMatchObject({ ok: true, value: { value: 1_250, currency: "EUR" } });
    const none = parseMoneyResult("350k");
    expect(none.ok).toBe(false);
    if (!none.ok) {
      expect(none.issues[0]!.reason).toBe('Expected a currency written in the text or a defaultCurrency for "350k", received none');
    }
    const words = parseMoneyResult("awarded 350k", { defaultCurrency: "GBP" });
    expect(words.ok).toBe(false);
    if (!words.ok) expect(words.issues[0]!.reason).toContain('received extra text "awarded"');
  });
});
