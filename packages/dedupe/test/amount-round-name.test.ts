import { describe, expect, it } from "vitest";
import { amountBounds, amountGap, projectNameTokens, roundKey } from "../src/index.js";
import { money } from "./fixtures/build.js";

const gap = (a: string, b: string): number => {
  const x = amountBounds(money(a));
  const y = amountBounds(money(b));
  return amountGap(x.low, x.high, x.below, x.above, x.precision, y.low, y.high, y.below, y.above, y.precision);
};

describe("amounts compared at the precision each text states", () => {
  it.each([
    ["£5m", "£4.85m"],
    ["£2m", "£1.97m"],
    ["£2 million", "£2m"],
    ["£4.8m", "£4.85m"],
    ["£1.4m", "£1,400,000"],
    ["£0.5m", "£496k"],
    ["up to £3.3m", "£3.2m"],
    ["nearly £2m", "£1.95m"],
  ])("%s and %s are compatible", (a, b) => {
    expect(gap(a, b)).toBe(0);
    expect(gap(b, a)).toBe(0);
  });
  it.each([
    ["£4.8m", "£11.6m"],
    ["£1.4m", "£1.5m"],
    ["£1.97m", "£2.06m"],
    ["£920k", "£956k"],
    ["£2m", "£2.6m"],
    ["£1.06m", "£887k"],
  ])("%s and %s are different grants", (a, b) => {
    expect(gap(a, b)).toBeGreaterThan(0);
    expect(gap(b, a)).toBeGreaterThan(0);
  });
});

describe("rounds", () => {
  it("numbers rounds however they are written", () => {
    expect(roundKey("Round 2")?.key).toBe("round#2");
    expect(roundKey("round two")?.key).toBe("round#2");
    expect(roundKey("the second round")?.key).toBe("round#2");
    expect(roundKey("Phase II")?.key).toBe("phase#2");
    expect(roundKey("Round 1")?.key).not.toBe(roundKey("Round 2")?.key);
  });
  it("keys an unnumbered label on its words", () => {
    expect(roundKey("Targeted Funding Opportunity")).toEqual({ key: "label:targeted funding opportunity", numbered: false, label: null });
  });
});

describe("project names", () => {
  it("ignores what kind of thing a project is, articles and plurals", () => {
    expect(projectNameTokens("The Creative Mentoring project")).toEqual(projectNameTokens("Creative Mentoring"));
    expect(projectNameTokens("Kitbags")).toEqual(projectNameTokens("Kitbag"));
    expect(projectNameTokens("No Recourse Early Action Model (NOREAM)")).toEqual(projectNameTokens("No Recourse Early Action Model"));
    expect(projectNameTokens("Prevent-Protect-Repair")).toEqual(["prevent", "protect", "repair"]);
  });
});
