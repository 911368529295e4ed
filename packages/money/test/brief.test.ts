// The behaviours the package promises (README "What it reads"), one block per promise, plus
// announcement-style sentences written for these tests (not taken from the seeds).
import { describe, expect, it } from "vitest";
import type { Amount } from "@fundtrace/contract";
import { findMoney, parseMoney } from "@fundtrace/money";

function only(text: string, options = {}): Amount {
  const found = findMoney(text, options);
  expect(found, JSON.stringify(text)).toHaveLength(1);
  const a = found[0]!;
  expect(text.slice(a.start, a.end)).toBe(a.text);
  return a;
}

describe("currencies, before or after the number", () => {
  it.each([
    ["£250", "GBP"],
    ["$75", "USD"],
    ["€40", "EUR"],
    ["GBP 1,200", "GBP"],
    ["1,200 GBP", "GBP"],
    ["USD 90", "USD"],
    ["EUR90", "EUR"],
    ["300 pounds", "GBP"],
    ["300 pounds sterling", "GBP"],
    ["2 million sterling", "GBP"],
  ])("%s → %s", (written, currency) => {
    expect(only(`The grant of ${written} was confirmed.`)).toMatchObject({ text: written, currency });
  });

  it("reads pence and p as hundredths of a pound", () => {
    expect(only("a fee of 75p per pupil")).toMatchObject({ text: "75p", value: 0.75, currency: "GBP", precision: 0.01 });
    expect(only("rising by 12 pence")).toMatchObject({ value: 0.12, currency: "GBP" });
  });
});

describe("scales, computed exactly", () => {
  it.each([
    ["£4.1m", 4_100_000],
    ["£3.144m", 3_144_000],
    ["£1.026m", 1_026_000],
    ["£0.3m", 300_000],
    ["£7.77m", 7_770_000],
    ["£12K", 12_000],
    ["£2.5M", 2_500_000],
    ["£3.2mn", 3_200_000],
    ["£1.15bn", 1_150_000_000],
    ["£40 thousand", 40_000],
    ["£6 billion", 6_000_000_000],
    ["12.3 MGBP", 12_300_000],
    ["five million pounds", 5_000_000],
    ["twenty-three pounds", 23],
  ])("%s → %d exactly", (written, value) => {
    expect(only(`Funding: ${written}.`).value).toBe(value);
  });

  it("holds for every cent-step of a decimal million (no float drift)", () => {
    for (let hundredths = 1; hundredths < 1000; hundredths++) {
      const written = `£${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}m`;
      expect(only(written).value).toBe(hundredths * 10_000);
    }
  });
});

describe("precision: the unit of the last digit written", () => {
  it.each([
    ["£5m", 1_000_000],
    ["£4.85m", 10_000],
    ["£1.97m", 10_000],
    ["£1,234", 1],
    ["£350k", 1_000],
    ["£1.3 million", 100_000],
    ["five million pounds", 1_000_000],
    ["£12.50", 0.01],
  ])("%s → %d", (written, precision) => {
    expect(only(written).precision).toBe(precision);
  });
});

describe("qualifiers, with their own span", () => {
  it.each([
    ["up to", "up-to"],
    ["Up to", "up-to"],
    ["as much as", "up-to"],
    ["nearly", "under"],
    ["almost", "under"],
    ["less than", "under"],
    ["under", "under"],
    ["just under", "under"],
    ["about", "about"],
    ["around", "about"],
    ["approximately", "about"],
    ["roughly", "about"],
    ["some", "about"],
    ["more than", "over"],
    ["over", "over"],
    ["at least", "over"],
    ["just over", "over"],
  ])("%s £2.4m → %s", (phrase, qualifier) => {
    const text = `The council will get ${phrase} £2.4m for the pilot.`;
    const a = only(text);
    expect(a).toMatchObject({ text: "£2.4m", qualifier, value: 2_400_000 });
    expect(text.slice(a.qualifierSpan!.start, a.qualifierSpan!.end)).toBe(phrase);
  });
});

describe("ranges as one expression", () => {
  it.each([
    ["£42,403 - £45,441", 42_403, 45_441],
    ["£42,403 – £45,441", 42_403, 45_441],
    ["between £1m and £2m", 1_000_000, 2_000_000],
    ["£1m-£2m", 1_000_000, 2_000_000],
    ["£1-2m", 1_000_000, 2_000_000],
    ["from £5,000 to £10,000", 5_000, 10_000],
    ["£250k to £500k", 250_000, 500_000],
  ])("%s", (written, min, max) => {
    expect(only(`Grants are worth ${written} each.`)).toMatchObject({ text: written, kind: "range", min, max, value: max });
  });
});

describe("periods", () => {
  it.each([
    ["per annum", "year"],
    ["a year", "year"],
    ["per year", "year"],
    ["pa", "year"],
    ["p.a.", "year"],
    ["annually", "year"],
    ["a month", "month"],
    ["per week", "week"],
  ])("£38,000 %s → %s", (phrase, period) => {
    expect(only(`Salary: £38,000 ${phrase} plus benefits`).period).toBe(period);
  });
});

describe("where amounts stand", () => {
  it("reads them in parentheses, after a colon and at the end of a sentence", () => {
    const text = "Harbourside Trust (£612k) will lead.\nKinship Alliance: £1.45m\nThe total is £9m.";
    expect(findMoney(text).map((a) => [a.text, a.value])).toEqual([
      ["£612k", 612_000],
      ["£1.45m", 1_450_000],
      ["£9m", 9_000_000],
    ]);
  });
});

describe("currency-less amounts", () => {
  it("take the dominant currency of the text", () => {
    const text = "Oakfield (£1.2m), Brookside (£800k), Ashford ($300k) and Kingsmere (450k).";
    expect(findMoney(text).at(-1)).toMatchObject({ text: "450k", currency: "GBP", currencyInferred: true });
  });

  it("use defaultCurrency when the text writes no currency, and are dropped without one", () => {
    expect(findMoney("Kingsmere (450k).", { defaultCurrency: "GBP" })[0]).toMatchObject({ currency: "GBP", currencyInferred: true });
    expect(findMoney("Kingsmere (450k).")).toEqual([]);
  });

  it("are money when nothing counted follows them, and not when something does", () => {
    const text = "£2m for Dover and 1.5m to Deal; 1.2 million children and 10k families live there.";
    expect(findMoney(text).map((a) => a.text)).toEqual(["£2m", "1.5m"]);
  });

  it("never include a number with neither currency nor scale", () => {
    expect(findMoney("£2m was shared by 21 councils (350)").map((a) => a.text)).toEqual(["£2m"]);
  });
});

describe("what is not money", () => {
  it.each([
    "10 local authorities",
    "young people aged 11-24",
    "for 11-18yrs",
    "21",
    "up to 700 young people",
    "published 30/10/20",
    "on 25 November 2020",
    "since 2017",
    "at 10 pm",
    "at 5:04 pm",
    "call 0207 946 0958 or +44 20 7946 0958",
    "rose by 12% and 3.5%",
    "see SWT_£Ad.png",
    "Round 2",
    "Section 17",
    "children aged 0 to 5 years",
    "£",
    "a lone £ sign",
    "prices in £ and €",
  ])("%s", (text) => {
    expect(findMoney(text, { defaultCurrency: "GBP" })).toEqual([]);
  });
});

describe("from/to", () => {
  it("reads only the slice, with offsets into the whole text", () => {
    const text = "£1m first. Second gets £2m. Third gets £3m.";
    const from = text.indexOf("Second");
    const to = text.indexOf("Third");
    const found = findMoney(text, { from, to });
    expect(found.map((a) => a.text)).toEqual(["£2m"]);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe("£2m");
  });

  it("takes the currency for a bare amount from the slice only", () => {
    const text = "$5m in one place. Later: (450k).";
    const from = text.indexOf("Later");
    expect(findMoney(text, { from, defaultCurrency: "GBP" })[0]).toMatchObject({ currency: "GBP", start: text.indexOf("450k") });
  });

  it("rejects offsets out of order as a programmer error", () => {
    expect(() => findMoney("£1m", { from: 3, to: 1 })).toThrow(RangeError);
  });
});

describe("announcements written for these tests", () => {
  it("a list of grants with qualifiers, a range and a bare amount", () => {
    const text = [
      "The Department has confirmed £14.2m for nine local projects.",
      "Greywater Borough Council: Up to £1.35m to trial family group conferencing.",
      "Riverside Foster Care (£780k) will recruit 40 carers over three years.",
      "Millbrook Children's Trust (420k) to extend its edge-of-care service.",
      "Each council may bid for between £250,000 and £500,000, or more than £1m for consortia.",
    ].join("\n");
    expect(findMoney(text).map((a) => [a.text, a.value, a.qualifier, a.kind, a.currencyInferred])).toEqual([
      ["£14.2m", 14_200_000, "exact", "single", false],
      ["£1.35m", 1_350_000, "up-to", "single", false],
      ["£780k", 780_000, "exact", "single", false],
      ["420k", 420_000, "exact", "single", true],
      ["between £250,000 and £500,000", 500_000, "exact", "range", false],
      ["£1m", 1_000_000, "over", "single", false],
    ]);
  });

  it("a job advert next to a grant", () => {
    const text = "Senior Social Worker, Eastmoor City Council, £39,186 - £41,418 per annum. Eastmoor also secured nearly £3m.";
    expect(findMoney(text).map((a) => [a.text, a.kind, a.period, a.qualifier])).toEqual([
      ["£39,186 - £41,418", "range", "year", "exact"],
      ["£3m", "single", null, "under"],
    ]);
  });
});

describe("parseMoney", () => {
  it("reads one expression, or gives null", () => {
    expect(parseMoney("Up to £1.7m")).toMatchObject({ value: 1_700_000, qualifier: "up-to", text: "£1.7m", start: 6, end: 11 });
    expect(parseMoney("£42,403 - £45,441")).toMatchObject({ kind: "range", min: 42_403, max: 45_441 });
    expect(parseMoney("10 local authorities")).toBeNull();
    expect(parseMoney("£1m and £2m")).toBeNull();
  });
});
