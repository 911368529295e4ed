import { describe, expect, it } from "vitest";
import { findMoney, scanMoney } from "@fundtrace/money";

const one = (text: string, options = {}) => {
  const found = findMoney(text, options);
  expect(found, `amounts in ${JSON.stringify(text)}`).toHaveLength(1);
  const a = found[0]!;
  expect(text.slice(a.start, a.end)).toBe(a.text);
  return a;
};

describe("money/atoms: numbers, multipliers, currencies", () => {
  it.each([
    ["£1.7m", 1_700_000, "GBP", 100_000],
    ["£1.1 m", 1_100_000, "GBP", 100_000],
    ["£1.3 million", 1_300_000, "GBP", 100_000],
    ["£496k", 496_000, "GBP", 1_000],
    ["£2.5bn", 2_500_000_000, "GBP", 100_000_000],
    ["£1,000,000", 1_000_000, "GBP", 1],
    ["£ 8.10 million", 8_100_000, "GBP", 10_000],
    ["€20", 20, "EUR", 1],
    ["20€", 20, "EUR", 1],
    ["US$ 4.7 billion", 4_700_000_000, "USD", 100_000_000],
    ["GBP 350", 350, "GBP", 1],
    ["48.5 MGBP", 48_500_000, "GBP", 100_000],
    ["361 million pounds", 361_000_000, "GBP", 1_000_000],
    ["five million pounds", 5_000_000, "GBP", 1_000_000],
    ["470 pence", 4.7, "GBP", 0.01],
    ["&pound;5m", 5_000_000, "GBP", 1_000_000],
  ])("%s → %d %s, precision %d", (text, value, currency, precision) => {
    const a = one(`Funding of ${text} was agreed.`);
    expect(a).toMatchObject({ text, value, currency, precision, kind: "single", qualifier: "exact", currencyInferred: false });
  });

  it("ignores numbers that are not money", () => {
    for (const text of ["11-24 year olds", "a short term (12 week) stay", "Catch 22", "COVID19", "59.2 %", "2019-20", "one of the seven"]) {
      expect(findMoney(text, { defaultCurrency: "GBP" }), text).toEqual([]);
    }
  });

  it("does not read a currency sign after a year as that year's currency", () => {
    expect(findMoney("In 2019 £5m was spent").map((a) => a.text)).toEqual(["£5m"]);
    expect(findMoney("2019 GBP 350").map((a) => a.text)).toEqual(["GBP 350"]);
  });

  it("reads an article as one only before a currency word", () => {
    expect(one("it cost a dollar").value).toBe(1);
    expect(one("a US$4.7 billion deal").text).toBe("US$4.7 billion");
  });
});

describe("money/qualifier", () => {
  it.each([
    ["Up to £1.7m", "up-to", "Up to"],
    ["(up to £3.3m)", "up-to", "up to"],
    ["nearly £2m", "under", "nearly"],
    ["more than £5m", "over", "more than"],
    ["just under £5m", "under", "just under"],
    ["in excess of £5m", "over", "in excess of"],
    ["around £3m", "about", "around"],
    ["approx. £3m", "about", "approx."],
  ])("%s → %s", (text, qualifier, phrase) => {
    const a = one(text);
    expect(a.qualifier).toBe(qualifier);
    expect(a.qualifierSpan).not.toBeNull();
    expect(text.slice(a.qualifierSpan!.start, a.qualifierSpan!.end)).toBe(phrase);
    expect(a.text.startsWith("£")).toBe(true);
  });

  it("reads qualifiers written after the amount, but not an addition", () => {
    expect(one("£5m or more in funding").qualifier).toBe("over");
    expect(one("£1m+ funding").qualifier).toBe("over");
    expect(findMoney("£5m plus £2m").map((a) => a.qualifier)).toEqual(["exact", "exact"]);
  });

  it("leaves an amount exact when the qualifier is not next to it", () => {
    expect(one("Under the latest round of funding, an £11.6m investment").qualifier).toBe("exact");
    expect(one("£5m over 4 years").qualifier).toBe("exact");
  });
});

describe("money/range", () => {
  it.each([
    ["£42,403 - £45,441", 42_403, 45_441, 1],
    ["£1-2m", 1_000_000, 2_000_000, 1_000_000],
    ["£2-3 million", 2_000_000, 3_000_000, 1_000_000],
    ["£1.2m–1.5m", 1_200_000, 1_500_000, 100_000],
    ["£10 million-£15 million", 10_000_000, 15_000_000, 1_000_000],
    ["between £1m and £2m", 1_000_000, 2_000_000, 1_000_000],
    ["from £20,000 to £50,000", 20_000, 50_000, 1],
    ["10-20 dollars", 10, 20, 1],
  ])("%s → %d..%d", (text, min, max, precision) => {
    const a = one(text);
    expect(a).toMatchObject({ kind: "range", min, max, value: max, precision, text });
  });

  it("does not join an amount to a count or year", () => {
    expect(findMoney("£1 million to 10 projects").map((a) => a.kind)).toEqual(["single"]);
    expect(findMoney("£5m - 2019").map((a) => a.text)).toEqual(["£5m"]);
    expect(findMoney("2019-£5m").map((a) => a.text)).toEqual(["£5m"]);
    expect(findMoney("£2m and £3m").map((a) => a.kind)).toEqual(["single", "single"]);
  });

  it("reports a range written backwards and keeps both amounts", () => {
    const { amounts, messages } = scanMoney("£5m-£3m");
    expect(amounts.map((a) => a.value)).toEqual([5_000_000, 3_000_000]);
    expect(messages.map((m) => m.ruleId)).toEqual(["money/range-order"]);
    expect(messages[0]!.reason).toMatch(/^Expected .+, received /);
  });

  it("does not join ends in two currencies", () => {
    const { amounts, messages } = scanMoney("£5m-$7m");
    expect(amounts).toHaveLength(2);
    expect(messages[0]!.ruleId).toBe("money/range-currency");
  });
});

describe("money/period", () => {
  it.each([
    ["£30,000 per annum", "year"],
    ["£300,000 a year for three years", "year"],
    ["£500 a week", "week"],
    ["£1,200/month", "month"],
    ["£25,000 - £30,000 pa", "year"],
  ])("%s → %s", (text, period) => {
    expect(one(text).period).toBe(period);
  });

  it("does not read a time phrase as a period", () => {
    expect(one("£10m a year ago").period).toBeNull();
    expect(one("£1.9m over 4 years").period).toBeNull();
  });
});

describe("money/minor-compound", () => {
  it.each([
    ["$20 and 43c", 20.43, "USD"],
    ["3 GBP 1 pence", 3.01, "GBP"],
    ["twenty dollars 43 cents", 20.43, "USD"],
    ["3 CAD 3 cents", 3.03, "CAD"],
  ])("%s → %d %s", (text, value, currency) => {
    expect(one(text)).toMatchObject({ value, currency, precision: 0.01, text });
  });
});

describe("money/bare-amount", () => {
  it("takes the currency from the passage for a parenthesised amount", () => {
    const text = "Surrey Council (£729k) to provide …\nWest Sussex County Council (350k) to improve";
    const a = findMoney(text)[1]!;
    expect(a).toMatchObject({ text: "350k", value: 350_000, currency: "GBP", currencyInferred: true });
    expect(text.slice(a.start, a.end)).toBe("350k");
  });

  it("prefers the nearest currency written before, then after", () => {
    const before = findMoney("$5m here; €2m there (3m).");
    expect(before[2]).toMatchObject({ currency: "EUR", currencyInferred: true });
    const after = findMoney("(3m) and later £2m");
    expect(after[0]).toMatchObject({ currency: "GBP", currencyInferred: true });
  });

  it("accepts money verbs and nouns around the amount", () => {
    expect(findMoney("Leeds got £1m. Hull was awarded 2.5m to", {})[1]?.value).toBe(2_500_000);
    expect(findMoney("£1m for Leeds and 750k of funding for Hull")[1]?.value).toBe(750_000);
  });

  it("drops counts and numbers without a magnitude", () => {
    expect(findMoney("£1m for 2.5m people").map((a) => a.text)).toEqual(["£1m"]);
    expect(findMoney("£1m (350)").map((a) => a.text)).toEqual(["£1m"]);
  });

  it("uses defaultCurrency when the passage has none, and says so when there is neither", () => {
    expect(one("awarded 2.5m", { defaultCurrency: "GBP" })).toMatchObject({ currency: "GBP", currencyInferred: true });
    const { amounts, messages } = scanMoney("awarded 2.5m", { source: "doc-1" });
    expect(amounts).toEqual([]);
    expect(messages).toEqual([
      expect.objectContaining({ ruleId: "money/bare-amount", source: "doc-1", span: { start: 8, end: 12 }, severity: "info" }),
    ]);
  });

  it("can be switched off", () => {
    expect(findMoney("£1m here and (350k) there", { inferCurrency: false }).map((a) => a.text)).toEqual(["£1m"]);
  });

  it("reads 'grand' as money in the passage currency", () => {
    expect(one("it cost 10 grand", { defaultCurrency: "GBP" })).toMatchObject({ value: 10_000, currency: "GBP" });
    expect(findMoney("a grand total of 5", { defaultCurrency: "GBP" })).toEqual([]);
  });
});

describe("options", () => {
  it("rejects a malformed default currency as a programmer error", () => {
    expect(() => findMoney("£1m", { defaultCurrency: "pounds" })).toThrow(TypeError);
  });
});
