import { describe, expect, it } from "vitest";
import aliases from "../src/data/aliases.json" with { type: "json" };
import { createRegister, normaliseAuthorityName, type RegisterData } from "../src/index.js";
import { register, registerData } from "./load-register.js";

describe("data/register.json", () => {
  it("holds every row of the mySociety CSVs", () => {
    expect(registerData.authorities).toHaveLength(470);
    expect(registerData.authorities.filter((a) => a.endDate === null)).toHaveLength(397);
    expect(registerData.names).toHaveLength(1774);
    expect(registerData.gss).toHaveLength(483);
  });

  it("carries its source and licence", () => {
    expect(registerData.source.licence).toBe("CC-BY-4.0");
    expect(registerData.source.commit).toBe("67ef8b118938678401a452f4f19f669a7221cc73");
    expect(registerData.source.attribution).toContain("mySociety");
  });

  it("maps old registers to org-id prefixes and leaves new bodies without one", () => {
    const orgIds = new Map(registerData.authorities.map((a) => [a.code, a.orgId]));
    expect(orgIds.get("HCK")).toBe("GB-LAE-HCK");
    expect(orgIds.get("ABE")).toBe("GB-LAS-ABE");
    expect(orgIds.get("CRF")).toBe("GB-PLA-CRF");
    expect(orgIds.get("BFS")).toBe("GB-LANI-BFS");
    expect(orgIds.get("NYE")).toBeNull();
    for (const a of registerData.authorities) {
      if (a.orgId !== null) expect(a.orgId).toMatch(new RegExp(`^GB-(LAE|LAS|PLA|LANI)-${a.code}$`));
    }
  });

  it("keeps alt names that contain commas whole", () => {
    const bst = registerData.authorities.find((a) => a.code === "BST");
    expect(bst?.altNames).toContain("Bristol, City of");
    const rct = registerData.authorities.find((a) => a.code === "RCT");
    expect(rct?.altNames).toContain("rhondda,cynon,taff");
    expect(rct?.altNames).not.toContain("cynon");
  });

  it("records lineage: Northamptonshire ended 2021-04-01, replaced by NNT and WNT", () => {
    const nth = register.byCode("NTH");
    expect(nth?.endDate).toBe("2021-04-01");
    expect(nth?.replacedBy).toEqual(["NNT", "WNT"]);
  });
});

describe("createRegister", () => {
  it("looks authorities up by code and by current or former GSS code", () => {
    expect(register.byCode("HCK")?.officialName).toBe("London Borough of Hackney");
    expect(register.byGss("E09000012")?.code).toBe("HCK");
    expect(register.byGss("S12000046")?.code).toBe("GLG"); // a former Glasgow GSS code
    expect(register.byCode("nope")).toBeUndefined();
  });

  it("only merges old and new bodies of one name (resolved by date), never two current ones", () => {
    const shared = [...register.index.normalised.entries()].filter(([, list]) => list.length > 1);
    expect(shared.map(([key]) => key).sort()).toEqual(["buckinghamshire", "dorset", "north yorkshire", "somerset"]);
    for (const [, list] of shared) {
      const current = list.filter((e) => register.byCode(e.code)?.endDate === null);
      expect(current).toHaveLength(1);
    }
  });

  it("has every alias and ambiguous name point at real authorities", () => {
    for (const a of aliases.names) expect(register.byCode(a.code), a.name).toBeDefined();
    for (const a of aliases.ambiguous) {
      for (const code of a.codes) expect(register.byCode(code), `${a.name} ${code}`).toBeDefined();
      for (const code of a.codes) expect(register.byCode(code)!.niceName.startsWith(a.name), `${a.name} ${code}`).toBe(true);
    }
  });

  it("does not modify its input and returns a frozen object", () => {
    const data = JSON.parse(JSON.stringify(registerData)) as RegisterData;
    const before = JSON.stringify(data);
    const built = createRegister(data);
    expect(JSON.stringify(data)).toBe(before);
    expect(Object.isFrozen(built)).toBe(true);
    expect(Object.isFrozen(built.authorities)).toBe(true);
  });

  it("works on any data of the same shape", () => {
    const tiny: RegisterData = {
      source: registerData.source,
      authorities: registerData.authorities.filter((a) => a.code === "HCK" || a.code === "LEW"),
      names: [],
      gss: [],
    };
    const small = createRegister(tiny);
    expect(small.authorities.map((a) => a.code)).toEqual(["HCK", "LEW"]);
    expect(small.index.normalised.get(normaliseAuthorityName("Hackney Council"))?.[0]?.code).toBe("HCK");
    expect(small.index.normalised.has("wirral")).toBe(false);
  });

  it("rejects data that is not a register", () => {
    expect(() => createRegister({} as RegisterData)).toThrow(TypeError);
  });
});
