import { describe, expect, it } from "vitest";
import { resolveAuthority, orgIdFor, isFormer } from "../src/index.js";
import { register } from "./load-register.js";

// [written form, register code, GSS code (checked against uk_local_authorities_current.csv), date or null]
const table: ReadonlyArray<readonly [string, string, string | null, string | null]> = [
    ["Wirral MBC", "WRL", "E08000015", null], // Wirral Borough Council
    ["Lewisham LBC", "LEW", "E09000023", null], // London Borough of Lewisham
    ["LB Hackney", "HCK", "E09000012", null], // London Borough of Hackney
    ["Hackney Borough Council", "HCK", "E09000012", null], // London Borough of Hackney
    ["Hackney council", "HCK", "E09000012", null], // London Borough of Hackney
    ["Hackney Council", "HCK", "E09000012", null], // London Borough of Hackney
    ["London Borough of Hackney", "HCK", "E09000012", null], // London Borough of Hackney
    ["Hackney", "HCK", "E09000012", null], // London Borough of Hackney
    ["Northamptonshire council", "NTH", "E10000021", "2019-09-01"], // Northamptonshire County Council
    ["Northamptonshire County Council", "NTH", "E10000021", null], // Northamptonshire County Council
    ["Calderdale County Council", "CLD", "E08000033", null], // Calderdale Metropolitan Borough Council
    ["Calderdale Council", "CLD", "E08000033", null], // Calderdale Metropolitan Borough Council
    ["City of Bradford MDC", "BRD", "E08000032", null], // City of Bradford Metropolitan District Council
    ["Royal Borough of Windsor and Maidenhead Council", "WNM", "E06000040", null], // Royal Borough of Windsor and Maidenhead
    ["Bath and North East Somerset Council", "BAS", "E06000022", null], // Bath and North East Somerset Council
    ["BANES", "BAS", "E06000022", null], // Bath and North East Somerset Council
    ["Stoke", "STE", "E06000021", null], // Stoke-on-Trent City Council, as commonly shortened
    ["Hull", "KHL", "E06000010", null], // Hull City Council (Kingston upon Hull)
    ["B&NES", "BAS", "E06000022", null], // Bath and North East Somerset Council
    ["Stoke-on-Trent City Council", "STE", "E06000021", null], // Stoke-on-Trent City Council
    ["Stoke-on-Trent Council", "STE", "E06000021", null], // Stoke-on-Trent City Council
    ["Isle of Wight", "IOW", "E06000046", null], // Isle of Wight Council
    ["Isle of Wight Council", "IOW", "E06000046", null], // Isle of Wight Council
    ["Durham County Council", "DUR", "E06000047", null], // Durham County Council
    ["County Durham", "DUR", "E06000047", null], // Durham County Council
    ["Cheshire East Council", "CHE", "E06000049", null], // Cheshire East Council
    ["Tower Hamlets", "TWH", "E09000030", null], // London Borough of Tower Hamlets
    ["Dorset County Council", "DOR", "E10000009", "2017-06-01"], // Dorset County Council
    ["Dorset Council", "DST", "E06000059", null], // Dorset Council
    ["Dorset", "DOR", "E10000009", "2017-06-01"], // Dorset County Council
    ["Dorset", "DST", "E06000059", null], // Dorset Council
    ["North Yorkshire", "NYK", "E10000023", "2016-03-01"], // North Yorkshire County Council
    ["North Yorkshire", "NYE", "E06000065", "2024-03-01"], // North Yorkshire Council
    ["North Yorkshire", "NYE", "E06000065", null], // North Yorkshire Council
    ["North Yorkshire County Council", "NYK", "E10000023", "2022-01-01"], // North Yorkshire County Council
    ["Somerset", "SOM", "E10000027", "2020-01-01"], // Somerset County Council
    ["Somerset Council", "SMT", "E06000066", null], // Somerset Council
    ["Buckinghamshire County Council", "BKM", "E10000002", "2018-01-01"], // Buckinghamshire County Council
    ["Buckinghamshire Council", "BUC", "E06000060", null], // Buckinghamshire Council
    ["Glasgow City Council", "GLG", "S12000049", null], // Glasgow City Council
    ["Cardiff Council", "CRF", "W06000015", null], // City of Cardiff Council
    ["Belfast City Council", "BFS", "N09000003", null], // Belfast City Council
    ["Leeds City Council", "LDS", "E08000035", null], // Leeds City Council
    ["Newcastle City Council", "NET", "E08000021", null], // Newcastle City Council
    ["Coventry City Council", "COV", "E08000026", null], // Coventry City Council
    ["Derby City Council", "DER", "E06000015", null], // Derby City Council
    ["Essex County Council", "ESS", "E10000012", null], // Essex County Council
    ["London Borough of Newham", "NWM", "E09000025", null], // London Borough of Newham
    ["Royal Borough of Greenwich", "GRE", "E09000011", null], // Royal Borough of Greenwich
    ["Sefton Council", "SFT", "E08000014", null], // Sefton Metropolitan Borough Council
    ["Enfield Borough Council", "ENF", "E09000010", null], // London Borough of Enfield
    ["North Tyneside Council", "NTY", "E08000022", null], // North Tyneside Council
    ["Portsmouth City Council", "POR", "E06000044", null], // Portsmouth City Council
    ["Suffolk County Council", "SFK", "E10000029", null], // Suffolk County Council
    ["Surrey Council", "SRY", "E10000030", null], // Surrey County Council
    ["Ealing Council", "EAL", "E09000009", null], // London Borough of Ealing
    ["Gloucestershire", "GLS", "E10000013", null], // Gloucestershire County Council
    ["Cornwall Council", "CON", "E06000052", null], // Cornwall Council
    ["West Sussex County Council", "WSX", "E10000032", null], // West Sussex County Council
    ["Cambridgeshire Council", "CAM", "E10000003", null], // Cambridgeshire County Council
    ["Wigan Council", "WGN", "E08000010", null], // Wigan Metropolitan Borough Council
    ["Sheffield", "SHF", "E08000019", null], // Sheffield City Council
    ["Rochdale", "RCH", "E08000005", null], // Rochdale Metropolitan Borough Council
    ["Stockport Council", "SKP", "E08000007", null], // Stockport Metropolitan Borough Council
    ["Torbay Council", "TOB", "E06000027", null], // Torbay Council
    ["Islington Council", "ISL", "E09000019", null], // London Borough of Islington
    ["Sefton", "SFT", "E08000014", null], // Sefton Metropolitan Borough Council
    ["Southwark Council", "SWK", "E09000028", null], // London Borough of Southwark
    ["Luton", "LUT", "E06000032", null], // Luton Borough Council
    ["Peterborough City Council", "PTE", "E06000031", null], // Peterborough City Council
    ["Bristol City Council", "BST", "E06000023", null], // Bristol City Council
    ["Camden", "CMD", "E09000007", null], // London Borough of Camden
    ["Hertfordshire County Council", "HRT", "E10000015", null], // Hertfordshire County Council
    ["Havering council", "HAV", "E09000016", null], // London Borough of Havering
    ["Bracknell Forest Council", "BRC", "E06000036", null], // Bracknell Forest Council
    ["West Berkshire Council", "WBK", "E06000037", null], // West Berkshire Council
    ["Richmond upon Thames", "RIC", "E09000027", null], // London Borough of Richmond upon Thames
    ["Royal Borough of Kingston upon Thames", "KTT", "E09000021", null], // Royal Borough of Kingston upon Thames
    ["Kingston upon Hull City Council", "KHL", "E06000010", null], // Hull City Council
    ["Hull City Council", "KHL", "E06000010", null], // Hull City Council
    ["City of London Corporation", "LND", "E09000001", null], // City of London Corporation
    ["City of London", "LND", "E09000001", null], // City of London Corporation
    ["The City of Edinburgh Council", "EDH", "S12000036", null], // City of Edinburgh Council
    ["Aberdeen City Council", "ABE", "S12000033", null], // Aberdeen City Council
    ["Aberdeenshire Council", "ABD", "S12000034", null], // Aberdeenshire Council
    ["Fife Council", "FIF", "S12000047", null], // Fife Council
    ["Highland Council", "HLD", "S12000017", null], // The Highland Council
    ["Comhairle nan Eilean Siar", "ELS", "S12000013", null], // Comhairle nan Eilean Siar
    ["Dundee City Council", "DND", "S12000042", null], // Dundee City Council
    ["City and County of Swansea", "SWA", "W06000011", null], // City and County of Swansea Council
    ["Rhondda Cynon Taf County Borough Council", "RCT", "W06000016", null], // Rhondda Cynon Taf County Borough Council
    ["Vale of Glamorgan Council", "VGL", "W06000014", null], // Vale of Glamorgan Council
    ["Isle of Anglesey County Council", "AGY", "W06000001", null], // Isle of Anglesey County Council
    ["Wrexham County Borough Council", "WRX", "W06000006", null], // Wrexham County Borough Council
    ["Derry City and Strabane District Council", "DRS", "N09000005", null], // Derry City and Strabane District Council
    ["Armagh City, Banbridge and Craigavon Borough Council", "ABC", "N09000002", null], // Armagh City, Banbridge and Craigavon Borough Council
    ["Lisburn and Castlereagh City Council", "LBC", "N09000007", null], // Lisburn and Castlereagh City Council
    ["Newry, Mourne and Down District Council", "NMD", "N09000010", null], // Newry, Mourne and Down District Council
    ["Mid Ulster District Council", "MUL", "N09000009", null], // Mid Ulster District Council
    ["Brighton & Hove City Council", "BNH", "E06000043", null], // Brighton and Hove City Council
    ["King’s Lynn and West Norfolk Borough Council", "KIN", "E07000146", null], // Borough Council of Kings Lynn and West Norfolk
    ["St. Helens Council", "SHN", "E08000013", null], // St Helens Council
    ["Bournemouth, Christchurch and Poole Council", "BPC", "E06000058", null], // Bournemouth, Christchurch and Poole Council
    ["Council of the Isles of Scilly", "IOS", "E06000053", null], // Council of the Isles of Scilly
    ["Greater Manchester Combined Authority", "GMCA", "E47000001", null], // Greater Manchester Combined Authority
    ["Metropolitan Borough of Wirral", "WRL", "E08000015", null], // Wirral Borough Council
    ["the London Borough of Lewisham", "LEW", "E09000023", null], // London Borough of Lewisham
    ["North East Lincolnshire Council", "NEL", "E06000012", null], // North East Lincolnshire Council
    ["Hampshire County Council", "HAM", "E10000014", null], // Hampshire County Council
    ["City of Doncaster Council", "DNC", "E08000017", null], // City of Doncaster Council
    ["Doncaster Council", "DNC", "E08000017", null], // City of Doncaster Council
    ["Westmorland and Furness Council", "WAF", "E06000064", null], // Westmorland and Furness Council
    ["Cumberland Council", "CBD", "E06000063", null], // Cumberland Council
    ["West Northamptonshire Council", "WNT", "E06000062", null], // West Northamptonshire Council
];

describe("resolveAuthority: written forms of local authority names", () => {
  it("has a table of at least 60 forms", () => {
    expect(table.length).toBeGreaterThanOrEqual(60);
  });

  it.each(table)("%s → %s (%s) on %s", (name, code, gss, date) => {
    const match = resolveAuthority(register, name, { date });
    expect(match?.code).toBe(code);
    expect(match?.gss).toBe(gss);
    expect(match?.link.registerCode).toBe(code);
    expect(match?.link.gss).toBe(gss);
  });
});

describe("resolveAuthority: bodies that only look like councils", () => {
  const notCouncils = [
    "Slough Children’s Services Trust",
    "Slough Children's Services Trust",
    "Doncaster Children’s Services Trust",
    "Council for Disabled Children",
    "The Council for Disabled Children",
    "Achieving for Children",
    "Local Government Association",
    "South London Commissioning Programme",
    "Tri-Borough Alternative Provision Trust",
    "Hertfordshire Partnership NHS Foundation Trust",
    "University of Kent",
    "Essex Police",
    "Sheffield Hallam University",
    "Wigan Council for Voluntary Service",
    "Kent Community Health NHS Foundation Trust",
    "Luton Town Council",
    "Council",
    "LBC",
    "",
  ];
  it.each(notCouncils)("%s → null", (name) => {
    expect(resolveAuthority(register, name)).toBeNull();
  });
});

describe("resolveAuthority: ambiguity and dates", () => {
  it("returns null for a bare name that stands for two authorities", () => {
    expect(resolveAuthority(register, "Richmond")).toBeNull();
    expect(resolveAuthority(register, "Kingston")).toBeNull();
    expect(resolveAuthority(register, "Newcastle")).toBeNull();
    // … but the full names resolve
    expect(resolveAuthority(register, "Richmond upon Thames")?.code).toBe("RIC");
    expect(resolveAuthority(register, "Richmondshire")?.code).toBe("RIH");
    expect(resolveAuthority(register, "Kingston upon Hull")?.code).toBe("KHL");
    expect(resolveAuthority(register, "Newcastle-under-Lyme Borough Council")?.code).toBe("NEC");
  });

  it("prefers the current body without a date and the body of the day with one", () => {
    expect(resolveAuthority(register, "Buckinghamshire")?.code).toBe("BUC");
    expect(resolveAuthority(register, "Buckinghamshire", { date: "2020-03-31" })?.code).toBe("BKM");
    expect(resolveAuthority(register, "Buckinghamshire", { date: "2020-04-01" })?.code).toBe("BUC");
    // hand-over day: North Yorkshire County Council's end date is the new council's start date
    expect(resolveAuthority(register, "North Yorkshire", { date: "2023-03-31" })?.code).toBe("NYK");
    expect(resolveAuthority(register, "North Yorkshire", { date: "2023-04-01" })?.code).toBe("NYE");
    // a name only a former body had still resolves to it, and isFormer says so
    const nth = resolveAuthority(register, "Northamptonshire council", { date: "2024-05-01" });
    expect(nth?.code).toBe("NTH");
    expect(nth && isFormer(nth, "2024-05-01")).toBe(true);
    expect(nth && isFormer(nth, "2020-05-01")).toBe(false);
  });

  it("reads a date given as a timestamp and ignores a malformed one", () => {
    expect(resolveAuthority(register, "Dorset", { date: "2017-06-01T10:00:00Z" })?.code).toBe("DOR");
    expect(resolveAuthority(register, "Dorset", { date: "last year" })?.code).toBe("DST");
  });
});

describe("resolveAuthority: how and link", () => {
  it("says how the name was reached", () => {
    expect(resolveAuthority(register, "London Borough of Hackney")?.how).toBe("exact");
    expect(resolveAuthority(register, "Wirral MBC")?.how).toBe("normalised");
    expect(resolveAuthority(register, "BANES")?.how).toBe("alias");
  });

  it("builds 360Giving org ids from the old register", () => {
    expect(orgIdFor(resolveAuthority(register, "Hackney")!)).toBe("GB-LAE-HCK");
    expect(orgIdFor(resolveAuthority(register, "Glasgow City Council")!)).toBe("GB-LAS-GLG");
    expect(orgIdFor(resolveAuthority(register, "Cardiff Council")!)).toBe("GB-PLA-CRF");
    expect(orgIdFor(resolveAuthority(register, "Belfast City Council")!)).toBe("GB-LANI-BFS");
    // created after the registers closed: no org id
    expect(orgIdFor(resolveAuthority(register, "North Yorkshire Council")!)).toBeNull();
  });

  it("returns the contract's RegisterLink", () => {
    expect(resolveAuthority(register, "Hackney council")?.link).toEqual({
      orgId: "GB-LAE-HCK",
      registerCode: "HCK",
      gss: "E09000012",
      officialName: "London Borough of Hackney",
    });
  });
});
