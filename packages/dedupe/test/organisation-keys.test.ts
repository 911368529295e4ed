import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { acronymMatches, coreTokens, fingerprint, initialsOf, isAcronym, organisationKey } from "../src/index.js";

describe("fingerprint", () => {
  it.each([
    ["Catch22", "Catch 22"],
    ["Catch-22", "Catch 22"],
    ["The Mighty Creatives", "Mighty Creatives"],
    ["Barnardo’s", "Barnardos"],
    ["Barnardo's", "BARNARDOS"],
    ["Riverside Housing Ltd", "Riverside Housing Limited"],
    ["Riverside Housing C.I.C.", "Riverside Housing"],
    ["Tri-Borough Trust", "Triborough Trust"],
    ["Smith & Jones Partnership plc", "Smith and Jones Partnership"],
    ["Café Lumière", "Cafe Lumiere"],
    ["Green Futures Community Interest Company", "Green Futures"],
  ])("%s = %s", (a, b) => {
    expect(fingerprint(a)).toBe(fingerprint(b));
  });

  it.each([
    ["Hackney Council", "Havering Council"],
    ["Action for Children", "Achieving for Children"],
    ["Wigan Council", "Wigan CCG"],
  ])("%s ≠ %s", (a, b) => {
    expect(fingerprint(a)).not.toBe(fingerprint(b));
  });

  it("keeps a lone 'The' and a lone legal word", () => {
    expect(fingerprint("The")).toBe("the");
    expect(fingerprint("Limited")).toBe("limited");
  });

  it("is idempotent on its own output and ignores case and spacing", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const fp = fingerprint(s);
        expect(fingerprint(fp)).toBe(fp);
        expect(fingerprint(`  ${s.toUpperCase()} `)).toBe(fingerprint(s.toUpperCase()));
      }),
    );
  });
});

describe("organisation keys", () => {
  const link = { orgId: "GB-LAE-HCK", registerCode: "HCK", gss: "E09000012", officialName: "Hackney" };
  it("keys a linked authority on its register code, whatever it is called", () => {
    expect(organisationKey("Hackney council", link)).toBe("la:HCK");
    expect(organisationKey("London Borough of Hackney", link)).toBe("la:HCK");
  });
  it("keys anything else on its fingerprint, without a trailing acronym", () => {
    expect(organisationKey("Morning Lane Associates (MLA)", null)).toBe(organisationKey("Morning Lane Associates", null));
    expect(organisationKey("The Fostering Network", null)).toBe("fp:fostering network");
  });
  it("compares councils by their distinctive words", () => {
    expect(coreTokens("Hackney council")).toEqual(coreTokens("London Borough of Hackney"));
    expect(coreTokens("Royal Borough of Windsor and Maidenhead Council")).toEqual(["maidenhead", "windsor"]);
    expect(coreTokens("City of Bradford MDC")).toEqual(["bradford"]);
  });
});

describe("acronyms", () => {
  it.each(["MTM", "NSPCC", "DfE", "TACT", "NOREAM", "LGA"])("%s looks like an acronym", (a) => {
    expect(isAcronym(a)).toBe(true);
  });
  it.each(["Pause", "Coram-I", "Frontline", "M", "Blue Cabin"])("%s does not", (a) => {
    expect(isAcronym(a)).toBe(false);
  });
  it.each([
    ["MTM", "Munro, Turnell and Murphy"],
    ["NSPCC", "National Society for the Prevention of Cruelty to Children"],
    ["TACT", "The Adolescent and Children’s Trust"],
    ["NOREAM", "No Recourse Early Action Model"],
    ["DfE", "Department for Education"],
    ["FLIP", "Family Learning Intervention Programme"],
  ])("%s abbreviates %s", (a, long) => {
    expect(acronymMatches(a, long)).toBe(true);
  });
  it.each([
    ["MLA", "Munro, Turnell and Murphy"],
    ["NSPCC", "National Society"],
    ["AB", "Alpha"],
    ["FLIP", "Family Learning Programme"],
  ])("%s does not abbreviate %s", (a, long) => {
    expect(acronymMatches(a, long)).toBe(false);
  });
  it("gives the initials a long name may be abbreviated to", () => {
    expect(initialsOf("Munro, Turnell and Murphy")).toContain("mtm");
    expect(initialsOf("The Adolescent and Children's Trust")).toContain("tact");
    expect(initialsOf("Pause")).toEqual([]);
  });
});
