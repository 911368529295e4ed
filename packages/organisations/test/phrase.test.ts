import { describe, expect, it } from "vitest";
import { parseRecipientPhrase } from "@fundtrace/organisations";
import { fakeLookup } from "./fake-lookup.js";

const lookup = fakeLookup(
  ["Cheshire East", "Bath and North East Somerset", "Windsor and Maidenhead", "Isle of Wight", "Wigan", "Rochdale", "Sheffield", "Hampshire", "Durham", "Suffolk", "Warwickshire", "London", "Hackney"],
  ["South Yorkshire"],
);
const parse = (phrase: string) => {
  const text = `x ${phrase} y`;
  const r = parseRecipientPhrase(text, 2, 2 + phrase.length, { authorities: lookup });
  for (const o of r.organisations) expect(o.end).toBeLessThanOrEqual(text.length);
  return { names: r.organisations.map((o) => o.name), aliases: r.organisations.map((o) => o.aliases), places: r.places.map((p) => p.name), name: r.name?.text ?? null, spans: r.organisations.map((o) => text.slice(o.start, o.end)) };
};

describe("parseRecipientPhrase: joint recipients", () => {
  it.each([
    ["Catch 22 & Cheshire East Council", ["Catch 22", "Cheshire East Council"]],
    ["Bath and North East Somerset Council and Oxford Health NHS Foundation Trust", ["Bath and North East Somerset Council", "Oxford Health NHS Foundation Trust"]],
    ["NSPCC and SCIE", ["NSPCC", "SCIE"]],
    ["Priory Education Services working with Suffolk Council", ["Priory Education Services", "Suffolk Council"]],
    ["University of Sussex & International Futures Forum", ["University of Sussex", "International Futures Forum"]],
    ["Hampshire County Council and the Isle of Wight", ["Hampshire County Council", "Isle of Wight"]],
    ["Barnardo’s and the LGA", ["Barnardo’s", "LGA"]],
    ["Wigan Council and CCG", ["Wigan Council", "Wigan CCG"]],
    ["Wigan and Rochdale Councils", ["Wigan Council", "Rochdale Council"]],
    ["Sheffield and South Yorkshire Councils", ["Sheffield Council", "South Yorkshire Councils"]],
    ["The Fostering Network and 12 delivery partners", ["The Fostering Network"]],
    ["Greenfield Trust in partnership with Hackney Council", ["Greenfield Trust", "Hackney Council"]],
    // "of X and <a council>": the council is a second recipient, not the end of the first name
    ["University of Sussex and Hackney Council", ["University of Sussex", "Hackney Council"]],
    // a council and an authority after it, though the council's name has "of"
    ["Isle of Wight Council & Wigan", ["Isle of Wight Council", "Wigan"]],
  ])("%s", (phrase, expected) => {
    expect(parse(phrase).names).toEqual(expected);
  });
});

describe("parseRecipientPhrase: names that contain 'and' or commas stay whole", () => {
  it.each([
    ["Munro, Turnell and Murphy", ["Munro, Turnell and Murphy"]],
    ["Royal Borough of Windsor and Maidenhead Council", ["Royal Borough of Windsor and Maidenhead Council"]],
    ["Tavistock and Portman NHS Foundation", ["Tavistock and Portman NHS Foundation"]],
    ["The Adolescent and Children’s Trust", ["The Adolescent and Children’s Trust"]],
    ["Action for Children", ["Action for Children"]],
    ["St Christopher’s Fellowship", ["St Christopher’s Fellowship"]],
    ["Doncaster Children’s Services Trust", ["Doncaster Children’s Services Trust"]],
    ["Department for Digital, Culture, Media and Sport", ["Department for Digital, Culture, Media and Sport"]],
  ])("%s", (phrase, expected) => {
    expect(parse(phrase).names).toEqual(expected);
  });
});

describe("parseRecipientPhrase: parentheses, acronyms, possessives", () => {
  it("binds an acronym in parentheses as an alias", () => {
    const r = parse("Munro, Turnell and Murphy (MTM)");
    expect(r.names).toEqual(["Munro, Turnell and Murphy"]);
    expect(r.aliases[0]).toContain("MTM");
  });
  it("binds a trailing acronym as an alias", () => {
    const r = parse("Mayor’s Office of Policing and Crime MOPAC");
    expect(r.names).toEqual(["Mayor’s Office of Policing and Crime"]);
    expect(r.aliases[0]).toEqual(["MOPAC"]);
  });
  it("reads (led by X) as the recipient and the rest as the project name", () => {
    const r = parse("The House Project (led by Warwickshire)");
    expect(r.names).toEqual(["Warwickshire"]);
    expect(r.name).toBe("The House Project");
  });
  it("reads an organisation in parentheses as a second recipient", () => {
    expect(parse("Aycliffe secure children’s home (Durham County Council)").names).toEqual(["Aycliffe secure children’s home", "Durham County Council"]);
  });
  it("reads a place in parentheses as a place", () => {
    const r = parse("Triborough (London)");
    expect(r.names).toEqual(["Triborough"]);
    expect(r.places).toEqual(["London"]);
  });
  it("splits an owner from its project: X’s Y", () => {
    const r = parse("The Mayor’s Office for Policing and Crime and NHS England’s Child House");
    expect(r.names).toEqual(["The Mayor’s Office for Policing and Crime", "NHS England"]);
    expect(r.name).toBe("Child House");
  });
  it("keeps spans exact", () => {
    const r = parse("NSPCC and SCIE");
    expect(r.spans).toEqual(["NSPCC", "SCIE"]);
  });
});
