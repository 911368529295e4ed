import { describe, expect, it } from "vitest";
import { add, compare, fromInteger, parseDigits, precisionOf, scale, toNumber } from "../src/decimal.js";

describe("decimal", () => {
  it("keeps the stated digits of a written number", () => {
    expect(parseDigits("1,234.50")).toEqual({ mantissa: 123450, exponent: -2 });
    expect(parseDigits("350")).toEqual({ mantissa: 350, exponent: 0 });
    expect(parseDigits("abc")).toBeNull();
    expect(parseDigits("")).toBeNull();
  });

  it("scales exactly, without float drift", () => {
    // 4.85 * 1e6 in floating point is 4849999.999999999; the decimal path is exact.
    expect(toNumber(scale(parseDigits("4.85")!, 6))).toBe(4_850_000);
    expect(toNumber(scale(parseDigits("1.145")!, 6))).toBe(1_145_000);
    expect(toNumber(scale(parseDigits("470")!, -2))).toBe(4.7);
  });

  it("gives the unit of the last stated digit as precision", () => {
    expect(precisionOf(scale(parseDigits("5")!, 6))).toBe(1_000_000);
    expect(precisionOf(scale(parseDigits("4.85")!, 6))).toBe(10_000);
    expect(precisionOf(scale(parseDigits("8.10")!, 6))).toBe(10_000);
    expect(precisionOf(parseDigits("1,234")!)).toBe(1);
    expect(precisionOf(parseDigits("3.14")!)).toBe(0.01);
  });

  it("reads integers from words without stated trailing zeros", () => {
    expect(fromInteger(1_000_000)).toEqual({ mantissa: 1, exponent: 6 });
    expect(fromInteger(25)).toEqual({ mantissa: 25, exponent: 0 });
    expect(fromInteger(0)).toEqual({ mantissa: 0, exponent: 0 });
    expect(() => fromInteger(1.5)).toThrow(RangeError);
  });

  it("adds and compares across exponents", () => {
    const sum = add(fromInteger(20), parseDigits("0.43")!);
    expect(toNumber(sum)).toBe(20.43);
    expect(precisionOf(sum)).toBe(0.01);
    expect(compare(scale(parseDigits("1")!, 6), parseDigits("999,999")!)).toBeGreaterThan(0);
    expect(compare(parseDigits("2.50")!, parseDigits("2.5")!)).toBe(0);
  });
});
