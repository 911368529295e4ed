import { describe, expect, it } from "vitest";
import { normaliseAuthorityName, parseAuthorityName } from "../src/index.js";

describe("normaliseAuthorityName", () => {
  it.each([
    ["Hackney Council", "hackney"],
    ["Hackney council", "hackney"],
    ["Hackney Borough Council", "hackney"],
    ["London Borough of Hackney", "hackney"],
    ["The London Borough of Hackney", "hackney"],
    ["LB Hackney", "hackney"],
    ["Hackney LB", "hackney"],
    ["Lewisham LBC", "lewisham"],
    ["Wirral MBC", "wirral"],
    ["Metropolitan Borough of Wirral", "wirral"],
    ["City of Bradford MDC", "bradford"],
    ["City of Bradford Metropolitan District Council", "bradford"],
    ["Calderdale Metropolitan Borough Council", "calderdale"],
    ["Royal Borough of Windsor and Maidenhead Council", "windsor and maidenhead"],
    ["Royal Borough of Windsor & Maidenhead", "windsor and maidenhead"],
    ["Stoke-on-Trent City Council", "stoke on trent"],
    ["Essex County Council", "essex"],
    ["Mid Suffolk DC", "mid suffolk"],
    ["Rhondda Cynon Taf County Borough Council", "rhondda cynon taf"],
    ["Bristol, City of", "bristol"],
    ["Herefordshire, County of", "herefordshire"],
    ["Derby UA", "derby"],
    ["Wigan and Rochdale councils", "wigan and rochdale"],
    ["Greater Manchester Combined Authority", "greater manchester"],
  ])("%s → %s", (name, key) => {
    expect(normaliseAuthorityName(name)).toBe(key);
  });

  it("folds accents, apostrophes, ampersands and punctuation", () => {
    expect(normaliseAuthorityName("King’s Lynn and West Norfolk Borough Council")).toBe("kings lynn and west norfolk");
    expect(normaliseAuthorityName("King's Lynn & West Norfolk")).toBe("kings lynn and west norfolk");
    expect(normaliseAuthorityName("Ynys Môn")).toBe("ynys mon");
    expect(normaliseAuthorityName("  St. Helens   Council ")).toBe("st helens");
    expect(normaliseAuthorityName("Armagh City, Banbridge and Craigavon Borough Council")).toBe("armagh city banbridge and craigavon");
  });

  it("keeps City where it is part of the name", () => {
    expect(normaliseAuthorityName("Aberdeen City")).toBe("aberdeen city");
    expect(normaliseAuthorityName("Aberdeenshire Council")).toBe("aberdeenshire");
    expect(normaliseAuthorityName("City of London")).toBe("city of london");
    expect(normaliseAuthorityName("City of London Corporation")).toBe("city of london");
    expect(normaliseAuthorityName("County Durham")).toBe("county durham");
  });

  it("never empties a name and keeps non-designator words", () => {
    expect(normaliseAuthorityName("Council")).toBe("council");
    expect(normaliseAuthorityName("LBC")).toBe("lbc");
    expect(normaliseAuthorityName("The Council for Disabled Children")).toBe("council for disabled children");
    expect(normaliseAuthorityName("Slough Children’s Services Trust")).toBe("slough childrens services trust");
  });
});

describe("parseAuthorityName", () => {
  it("reports the designators removed and whether they name the council", () => {
    expect(parseAuthorityName("London Borough of Camden")).toEqual({ key: "camden", designators: ["London Borough of"], isCouncil: true });
    expect(parseAuthorityName("City of Bradford MDC")).toEqual({ key: "bradford", designators: ["MDC", "City of"], isCouncil: true });
    expect(parseAuthorityName("Essex County")).toEqual({ key: "essex", designators: ["County"], isCouncil: false });
    expect(parseAuthorityName("Luton")).toEqual({ key: "luton", designators: [], isCouncil: false });
  });
});
