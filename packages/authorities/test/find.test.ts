import { describe, expect, it } from "vitest";
import { findAuthorities, type AuthorityMention, type FindOptions } from "../src/index.js";
import { register } from "./load-register.js";

/** Each mention as [span text, code]; also checks that every span is exactly the text it claims. */
function found(text: string, options?: FindOptions): Array<[string, string]> {
  const mentions = findAuthorities(register, text, options);
  for (const m of mentions) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(text.slice(m.name.start, m.name.end)).toBe(m.name.text);
    for (const d of m.designators) expect(text.slice(d.start, d.end)).toBe(d.text);
  }
  return mentions.map((m) => [m.text, m.match.code]);
}

function only(text: string, options?: FindOptions): AuthorityMention {
  const mentions = findAuthorities(register, text, options);
  expect(mentions).toHaveLength(1);
  return mentions[0]!;
}

describe("findAuthorities: lists of places", () => {
  it("reads a comma list, longest names first", () => {
    expect(found("The pilot will run in Luton, Peterborough, Bracknell Forest and West Berkshire from April.")).toEqual([
      ["Luton", "LUT"],
      ["Peterborough", "PTE"],
      ["Bracknell Forest", "BRC"],
      ["West Berkshire", "WBK"],
    ]);
  });

  it("reads a pair joined by and", () => {
    expect(found("Wigan and Rochdale will pool their budgets.")).toEqual([
      ["Wigan", "WGN"],
      ["Rochdale", "RCH"],
    ]);
  });

  it("prefers the longest name", () => {
    expect(found("Schools in North East Lincolnshire and Lincolnshire took part.")).toEqual([
      ["North East Lincolnshire", "NEL"],
      ["Lincolnshire", "LIN"],
    ]);
    expect(found("Families across Cheshire West and Chester benefit.")).toEqual([["Cheshire West and Chester", "CHW"]]);
    expect(found("Newcastle upon Tyne and Kingston upon Hull are next.")).toEqual([
      ["Newcastle upon Tyne", "NET"],
      ["Kingston upon Hull", "KHL"],
    ]);
  });

  it("reads a semicolon list", () => {
    expect(found("Areas: Wakefield; Norfolk; Brent; Tower Hamlets.")).toEqual([
      ["Wakefield", "WKF"],
      ["Norfolk", "NFK"],
      ["Brent", "BEN"],
      ["Tower Hamlets", "TWH"],
    ]);
  });
});

describe("findAuthorities: designators belong to the span", () => {
  it("includes prefixes and suffixes", () => {
    const text = "Led by the London Borough of Camden, with Wirral MBC, Lewisham LBC and LB Hackney.";
    expect(found(text)).toEqual([
      ["London Borough of Camden", "CMD"],
      ["Wirral MBC", "WRL"],
      ["Lewisham LBC", "LEW"],
      ["LB Hackney", "HCK"],
    ]);
    const camden = findAuthorities(register, text)[0]!;
    expect(camden).toMatchObject({ start: 11, end: 35, designator: "London Borough of", isCouncil: true });
    expect(camden.name).toEqual({ start: 29, end: 35, text: "Camden" });
  });

  it("takes the whole Royal Borough name with its trailing Council", () => {
    const m = only("A grant to the Royal Borough of Windsor and Maidenhead Council was agreed.");
    expect(m.text).toBe("Royal Borough of Windsor and Maidenhead Council");
    expect(m.match.code).toBe("WNM");
    expect(m.designators.map((d) => d.text)).toEqual(["Royal Borough of", "Council"]);
    expect(m.designator).toBe("Council");
  });

  it("covers 'Hackney Council' but stops before a possessive", () => {
    const m = only("Hackney Council’s youth service opened a hub.");
    expect(m.text).toBe("Hackney Council");
    expect(m.isCouncil).toBe(true);
    expect(only("Hackney's young people designed it.").text).toBe("Hackney");
  });

  it("tells the council from the place", () => {
    const [council, place] = findAuthorities(register, "Sefton Council said the money will reach families in Sefton.");
    expect([council!.text, council!.isCouncil, council!.designator]).toEqual(["Sefton Council", true, "Council"]);
    expect([place!.text, place!.isCouncil, place!.designator]).toEqual(["Sefton", false, null]);
  });

  it("accepts lower-case designators and wrong ones", () => {
    expect(found("while Havering council gets £2.4m and Calderdale County Council £1m")).toEqual([
      ["Havering council", "HAV"],
      ["Calderdale County Council", "CLD"],
    ]);
  });

  it("reads Stoke-on-Trent, St. Helens and City of Bradford MDC whole", () => {
    expect(found("Stoke-on-Trent City Council, St. Helens Council and City of Bradford MDC signed up.")).toEqual([
      ["Stoke-on-Trent City Council", "STE"],
      ["St. Helens Council", "SHN"],
      ["City of Bradford MDC", "BRD"],
    ]);
  });

  it("keeps a name broken across a line", () => {
    expect(found("money for the London Borough of\nLewisham")).toEqual([["London Borough of\nLewisham", "LEW"]]);
  });
});

describe("findAuthorities: shared plural designators", () => {
  it("makes every member of a list followed by 'councils' a council", () => {
    const text = "Barnet, Harrow and Hounslow councils will bid together.";
    const mentions = findAuthorities(register, text);
    expect(mentions.map((m) => [m.text, m.match.code, m.isCouncil, m.designator, m.match.how])).toEqual([
      ["Barnet", "BNE", true, "councils", "plural-split"],
      ["Harrow", "HRW", true, "councils", "plural-split"],
      ["Hounslow councils", "HNS", true, "councils", "plural-split"],
    ]);
    expect(mentions[0]!.designators).toEqual([{ start: 28, end: 36, text: "councils" }]);
  });

  it("shares a plural prefix forwards", () => {
    expect(found("the London Boroughs of Camden and Islington")).toEqual([
      ["London Boroughs of Camden", "CMD"],
      ["Islington", "ISL"],
    ]);
    expect(findAuthorities(register, "the London Boroughs of Camden and Islington")[1]!.isCouncil).toBe(true);
  });

  it("does not let a plural designator name one combined authority", () => {
    expect(found("York and North Yorkshire councils")).toEqual([
      ["York", "YOR"],
      ["North Yorkshire councils", "NYE"],
    ]);
  });
});

describe("findAuthorities: capitals and common words", () => {
  it("ignores lower-case words that happen to be names", () => {
    expect(found("Children will be reading more; the bath was cold; bury it.")).toEqual([]);
  });

  it("needs context for names that are everyday words", () => {
    expect(found("Reading is a priority. Reading Borough Council agreed, and projects in Reading and Bury start soon. Bury the past.")).toEqual([
      ["Reading Borough Council", "RDG"],
      ["Reading", "RDG"],
      ["Bury", "BUR"],
    ]);
    expect(found("Down by 4%, the total for Ards and Down fell.")).toEqual([
      ["Ards", "NIR-X"],
      ["Down", "NIR-R"],
    ]);
  });

  it("does not take a surname for a place", () => {
    expect(found("Jane Sutton told Councillor Preston and Dr. Bolton about it.")).toEqual([]);
    expect(found("councillor Preston spoke for Sutton Council.")).toEqual([["Sutton Council", "STN"]]);
  });

  it("allows compass words and title-case function words before a name", () => {
    expect(found("Funding Boost For Rochdale Families")).toEqual([["Rochdale", "RCH"]]);
    expect(found("Villages in East Kent gain a bus.")).toEqual([["Kent", "KEN"]]);
    expect(found("Greater Manchester is not Manchester.")).toEqual([["Manchester", "MAN"]]);
  });
});

describe("findAuthorities: names inside other organisations' names", () => {
  it("skips trusts, universities, police and the like", () => {
    const text =
      "Partners include Slough Children’s Services Trust, Doncaster Children's Services Trust, Essex Police, " +
      "Sheffield Hallam University, the University of Kent, Hertfordshire Partnership NHS Foundation Trust, " +
      "the Council for Disabled Children, Achieving for Children, the Local Government Association, " +
      "South London Commissioning Programme and the Tri-Borough Alternative Provision Trust.";
    expect(found(text)).toEqual([]);
  });

  it("skips a lower-case trust name but keeps lower-case services of a place", () => {
    expect(found("£1.4m went to Slough children’s services trust.")).toEqual([]);
    expect(found("Wigan schools and Hackney children’s services benefit.")).toEqual([
      ["Wigan", "WGN"],
      ["Hackney", "HCK"],
    ]);
  });

  it("skips a council-named charity but keeps the council beside it", () => {
    expect(found("Wigan Council for Voluntary Service worked with Wigan Council.")).toEqual([["Wigan Council", "WGN"]]);
    expect(found("Hertfordshire Partnership NHS Foundation Trust and Hertfordshire County Council")).toEqual([
      ["Hertfordshire County Council", "HRT"],
    ]);
  });

  it("reads a hyphenated place adjective but not a county cricket club", () => {
    expect(found("A Hackney-based charity and Durham County Cricket Club, both in County Durham.")).toEqual([
      ["Hackney", "HCK"],
      ["County Durham", "DUR"],
    ]);
  });

  it("skips the Bishop of Durham and Leeds Beckett University", () => {
    expect(found("The Bishop of Durham visited Leeds Beckett University and Leeds City Council.")).toEqual([["Leeds City Council", "LDS"]]);
  });
});

describe("findAuthorities: regions, combined authorities and ambiguous names", () => {
  it("reports a combined authority only when the body is named", () => {
    expect(found("Projects in the North East and the West Midlands.")).toEqual([]);
    expect(found("The West Midlands Combined Authority and GMCA lead.")).toEqual([
      ["West Midlands Combined Authority", "WMCA"],
      ["GMCA", "GMCA"],
    ]);
  });

  it("skips bare ambiguous names but reads their full forms", () => {
    expect(found("across the two boroughs of Richmond and Kingston")).toEqual([]);
    expect(found("Richmond upon Thames and Royal Borough of Kingston upon Thames")).toEqual([
      ["Richmond upon Thames", "RIC"],
      ["Royal Borough of Kingston upon Thames", "KTT"],
    ]);
    expect(found("Newcastle City Council and Newcastle")).toEqual([["Newcastle City Council", "NET"]]);
  });

  it("keeps the City of London apart from London", () => {
    expect(found("the City of London Corporation and the City of London, not London")).toEqual([
      ["City of London Corporation", "LND"],
      ["City of London", "LND"],
    ]);
  });
});

describe("findAuthorities: dates and nations", () => {
  it("picks the body of the day", () => {
    const text = "Dorset County Council and North Yorkshire";
    expect(found(text, { date: "2017-06-01" })).toEqual([
      ["Dorset County Council", "DOR"],
      ["North Yorkshire", "NYK"],
    ]);
    expect(found(text, { date: "2024-06-01" })).toEqual([
      ["Dorset County Council", "DST"],
      ["North Yorkshire", "NYE"],
    ]);
    expect(found("Northamptonshire council", { date: "2019-01-01" })).toEqual([["Northamptonshire council", "NTH"]]);
  });

  it("reads Scottish, Welsh and Northern Irish names", () => {
    expect(
      found("Glasgow City Council, Aberdeen City and Aberdeenshire; Cardiff Council, Rhondda Cynon Taf and the Vale of Glamorgan; Belfast and Armagh City, Banbridge and Craigavon."),
    ).toEqual([
      ["Glasgow City Council", "GLG"],
      ["Aberdeen City", "ABE"],
      ["Aberdeenshire", "ABD"],
      ["Cardiff Council", "CRF"],
      ["Rhondda Cynon Taf", "RCT"],
      ["Vale of Glamorgan", "VGL"],
      ["Belfast", "BFS"],
      ["Armagh City, Banbridge and Craigavon", "ABC"],
    ]);
  });

  it("reads aliases", () => {
    expect(found("BANES and B&NES are both Bath & North East Somerset Council")).toEqual([
      ["BANES", "BAS"],
      ["B&NES", "BAS"],
      ["Bath & North East Somerset Council", "BAS"],
    ]);
  });
});

describe("findAuthorities: from/to", () => {
  it("scans only the window and keeps indices into the whole text", () => {
    const text = "Luton. Then Wigan Council. Then Rochdale.";
    const from = text.indexOf("Then");
    const to = text.indexOf(". Then Rochdale");
    const mentions = findAuthorities(register, text, { from, to });
    expect(mentions.map((m) => [m.text, m.start, m.end])).toEqual([["Wigan Council", 12, 25]]);
  });

  it("copes with out-of-range windows and empty text", () => {
    expect(findAuthorities(register, "", {})).toEqual([]);
    expect(found("Luton", { from: -5, to: 99 })).toEqual([["Luton", "LUT"]]);
    expect(found("Luton", { from: 3, to: 1 })).toEqual([]);
  });
});

describe("findAuthorities: scale", () => {
  it("finds every mention in a long text", () => {
    const paragraph = "Hackney Council, Wigan and Rochdale councils and the London Borough of Camden won funding. ";
    const text = paragraph.repeat(2000);
    const mentions = findAuthorities(register, text);
    expect(mentions).toHaveLength(4 * 2000);
    expect(mentions[mentions.length - 1]!.text).toBe("London Borough of Camden");
  });
});
