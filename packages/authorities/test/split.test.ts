import { describe, expect, it } from "vitest";
import { resolveAuthorityList } from "../src/index.js";
import { register } from "./load-register.js";

const codes = (name: string, date?: string) => resolveAuthorityList(register, name, { date: date ?? null }).map((m) => m.code);

describe("resolveAuthorityList", () => {
  it("splits a list that shares one plural designator", () => {
    expect(codes("Barnet, Harrow and Hounslow councils")).toEqual(["BNE", "HRW", "HNS"]);
    expect(resolveAuthorityList(register, "Wigan and Rochdale Councils").map((m) => m.how)).toEqual(["plural-split", "plural-split"]);
    expect(codes("the London Boroughs of Camden and Islington")).toEqual(["CMD", "ISL"]);
  });

  it("splits a list of names with their own designators", () => {
    expect(codes("Southwark Council and Wiltshire Council")).toEqual(["SWK", "WIL"]);
  });

  it("gives one match for one authority", () => {
    expect(codes("Hackney Council")).toEqual(["HCK"]);
    expect(codes("North Yorkshire", "2016-01-01")).toEqual(["NYK"]);
  });

  it("returns [] unless the whole name is a list of authorities", () => {
    expect(codes("Wigan and Rochdale Youth Trust")).toEqual([]);
    expect(codes("Barnet, Harrow and Hounslow Safeguarding Partnership")).toEqual([]);
    expect(codes("Local Government Association")).toEqual([]);
    expect(codes("Sheffield Hallam University")).toEqual([]);
  });
});
