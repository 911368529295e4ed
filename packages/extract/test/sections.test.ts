import { describe, expect, it } from "vitest";
import { findDates, readSections, roundOfHeading } from "@fundtrace/extract";
import { tokenise } from "@fundtrace/tokeniser";

describe("roundOfHeading", () => {
  it.each([
    ["Round 2 projects", "Round 2", "Round 2"],
    ["Wave one grants", "Wave 1", "Wave one"],
    ["Phase 3 recipients", "Phase 3", "Phase 3"],
    ["Targeted Funding Opportunity projects", "Targeted Funding Opportunity", "Targeted Funding Opportunity"],
  ])("%s → %s", (heading, label, written) => {
    const r = roundOfHeading(heading);
    expect(r?.label).toBe(label);
    expect(heading.slice(r!.start, r!.end)).toBe(written);
  });
  it.each(["Staying Close", "Innovation News: funding confirmed for the following projects", "Related articles"])("%s is no round", (heading) => {
    expect(roundOfHeading(heading)).toBeNull();
  });
});

describe("readSections", () => {
  const text = [
    "Grants announced", "",
    "We announced the second wave of grants on 4 May 2022.", "",
    "Wave 2 grants", "",
    "Homes", "",
    "Acme Trust (£1m) to build homes.", "",
    "Wave 1 grants", "",
    "Beta Trust (£2m) to build more homes.",
  ].join("\n");
  const t = tokenise(text);
  const { blocks } = readSections(text, t);
  const at = (s: string) => blocks[t.blocks.findIndex((b) => text.slice(b.start, b.end).startsWith(s))]!;
  it("gives entries the round, theme and date above them", () => {
    expect(at("Acme").round?.text).toBe("Wave 2");
    expect(at("Acme").theme?.text).toBe("Homes");
    expect(at("Acme").announced?.date).toBe("2022-05-04");
  });
  it("stops a date statement at a round heading it does not name, and clears the theme", () => {
    expect(at("Beta").round?.text).toBe("Wave 1");
    expect(at("Beta").theme).toBeNull();
    expect(at("Beta").announced).toBeNull();
  });
});

describe("findDates", () => {
  it("reads UK formats with exact spans", () => {
    const text = "30/10/20, on 6 July 2017, By X | 25 November 2020, March 22, 2017 and 2024-02-29; not 31/02/2020";
    const dates = findDates(text, 0, text.length);
    expect(dates.map((d) => d.date)).toEqual(["2020-10-30", "2017-07-06", "2020-11-25", "2017-03-22", "2024-02-29"]);
    for (const d of dates) expect(text.slice(d.start, d.end)).toBe(d.text);
  });
});
