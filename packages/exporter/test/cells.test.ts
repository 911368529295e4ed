import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { collapseWhitespace, describeConflicts, joinAligned, joinValues, plainNumber } from "@fundtrace/exporter";
import { amount } from "./fixtures.js";

describe("plainNumber", () => {
  test.each([
    [5_000_000, "5000000"],
    [1_700_000, "1700000"],
    [42_403.5, "42403.5"],
    [0, "0"],
    [1e21, "1000000000000000000000"],
    [1e-7, "0.0000001"],
    [1.5e-10, "0.00000000015"],
    [5e-324, `0.${"0".repeat(323)}5`],
    [Number.NaN, ""],
  ])("%d → %s", (value, text) => expect(plainNumber(value)).toBe(text));

  test("never has a currency sign, comma or exponent, and reads back as the same number", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = plainNumber(n);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text) === n).toBe(true);
      }),
    );
  });
});

describe("multi-valued cells", () => {
  test("joinValues joins with '; ' and leaves out empty values", () => {
    expect(joinValues(["A", null, "", "B"])).toBe("A; B");
  });
  test("joinAligned keeps one entry per item, and is empty when no item has a value", () => {
    expect(joinAligned(["GB-LAE-HCK", null, "GB-LAE-ISL"])).toBe("GB-LAE-HCK; ; GB-LAE-ISL");
    expect(joinAligned([null, undefined])).toBe("");
  });
  test("collapseWhitespace", () => {
    expect(collapseWhitespace("  a\n\n b\t\r\nc  ")).toBe("a b c");
  });
});

describe("describeConflicts", () => {
  test("values with their mentions, 'vs' between values, '; ' between fields", () => {
    expect(
      describeConflicts([
        { field: "amount", values: [{ value: 5_000_000, mentions: ["m_a", "m_b"] }, { value: amount({ value: 4_850_000 }), mentions: ["m_c"] }] },
        { field: "round", values: [{ value: "Round 1", mentions: ["m_a"] }, { value: null, mentions: [] }] },
      ]),
    ).toBe("amount: 5000000 (m_a, m_b) vs 4850000 (m_c); round: Round 1 (m_a) vs (none)");
  });
});
