import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  Mention, Span, committedSchemaUrl, committedQuickValidatorsUrl, committedValidatorsUrl, createValidator, jsonSchemaOf, outputSchemas, precompiledValidator,
  sortById, stableId, stableIdDigits, standaloneValidators, type OutputSchemaName,
} from "@fundtrace/contract";

const names = Object.keys(outputSchemas) as OutputSchemaName[];
const committed = Object.fromEntries(names.map((n) => [n, JSON.parse(readFileSync(committedSchemaUrl(n), "utf8"))]));

describe("committed JSON Schemas", () => {
  it.each(names)("%s matches the zod schema (run `pnpm schemas` after changing the contract)", (name) => {
    expect(committed[name]).toEqual(jsonSchemaOf(name));
  });
});

const mention: Mention = {
  id: "m_1", doc: "d", start: 0, end: 10, kind: "funding", name: null, nameSpan: null,
  organisations: [{ name: "Pause", start: 0, end: 5, role: "recipient", kind: "charity", aliases: [], rule: "t", link: null }],
  amount: { value: 4200000, currency: "GBP", qualifier: "exact", text: "£4.2m", start: 6, end: 11, qualifierSpan: null, kind: "single", min: null, max: null, precision: 100000, period: null, currencyInferred: false },
  places: [], round: null, theme: null, funder: null, programme: null, announced: null, rules: ["t"],
};

describe("precompiled validators", () => {
  it("are what ajv compiles from the committed schemas (run `pnpm schemas` after changing the contract)", () => {
    expect(readFileSync(committedValidatorsUrl, "utf8")).toBe(standaloneValidators(committed));
    expect(readFileSync(committedQuickValidatorsUrl, "utf8")).toBe(standaloneValidators(committed, { quick: true }));
  });
});

const precompiled = precompiledValidator(await import(committedValidatorsUrl.href));
const precompiledQuick = precompiledValidator(await import(committedValidatorsUrl.href), await import(committedQuickValidatorsUrl.href));

describe.each([
  ["compiled at run time", createValidator(committed)],
  ["precompiled", precompiled],
  ["precompiled, yes-or-no first", precompiledQuick],
])("validator, %s", (_, validate) => {
  it("accepts a valid mention", () => {
    expect(validate("mention", mention).ok).toBe(true);
    expect(Mention.parse(mention)).toEqual(mention);
  });
  it("rejects a mention with an unknown qualifier, saying what it expected", () => {
    const bad = { ...mention, amount: { ...mention.amount, qualifier: "roughly" } };
    const r = validate("mention", bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.reason).toMatch(/^Expected .*received/);
  });
  it("rejects extra fields", () => {
    expect(validate("mention", { ...mention, extra: 1 }).ok).toBe(false);
  });
  it("throws for a schema that was never registered (a programmer error)", () => {
    expect(() => createValidator({})("mention", mention)).toThrow();
  });
});

describe("Span", () => {
  it("refuses an end before its start", () => {
    expect(Span.safeParse({ start: 5, end: 4 }).success).toBe(false);
  });
});

describe("stableIdDigits", () => {
  it("reads the digits of stable ids and refuses other forms", () => {
    expect(stableIdDigits("p_00000000000a")).toBe(10);
    expect(stableIdDigits("m_ffffffffffff")).toBe(2 ** 48 - 1);
    for (const id of ["p_00000000000A", "p00000000000a", "_0000000000000", "p_0000000000", "zeta", ""]) expect(stableIdDigits(id)).toBe(-1);
  });
});

describe("sortById", () => {
  const byString = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  it("orders stable ids as comparing the strings would, keeping duplicates in input order", () => {
    const items = Array.from({ length: 500 }, (_, i) => ({ id: stableId("p", i % 450), i }));
    items.push({ id: "p_000000000000", i: -1 }, { id: "p_ffffffffffff", i: -2 });
    expect(sortById(items)).toEqual(byString(items));
  });
  it("orders ids that share their first eight digits by the rest", () => {
    const items = ["p_00000001ffff", "p_000000010000", "p_00000001000a", "p_000000000fff", "p_00000001000a"].map((id, i) => ({ id, i }));
    expect(sortById(items).map((x) => x.i)).toEqual([3, 1, 2, 4, 0]);
  });
  it("falls back to comparing strings for ids of any other form or mixed prefixes", () => {
    const mixed = [{ id: "p_00000000000a" }, { id: "m_00000000000b" }, { id: "zeta" }, { id: "p_0000000000" }, { id: "Ä" }, { id: "" }];
    expect(sortById(mixed)).toEqual(byString(mixed));
    expect(sortById([])).toEqual([]);
  });
  it("does not reorder its input", () => {
    const items = [{ id: "p_00000000000b" }, { id: "p_00000000000a" }];
    sortById(items);
    expect(items[0]!.id).toBe("p_00000000000b");
  });
});

describe("stableId", () => {
  it("is deterministic and prefixed", () => {
    expect(stableId("m", "a", 1)).toBe(stableId("m", "a", 1));
    expect(stableId("m", "a", 1)).not.toBe(stableId("m", "a", 2));
    expect(stableId("m", "a")).toMatch(/^m_[0-9a-f]{12}$/);
  });
});
