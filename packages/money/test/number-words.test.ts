import { describe, expect, it } from "vitest";
import { toNumber } from "../src/decimal.js";
import { findNumberWords } from "../src/number-words.js";

const read = (text: string) =>
  findNumberWords(text).map((w) => ({ text: text.slice(w.start, w.end), value: toNumber(w.decimal), scaled: w.scaled, article: w.articleOnly }));

describe("number words", () => {
  it("reads compound numbers with hyphens, 'and' and scales", () => {
    expect(read("two hundred and fifty thousand pounds")).toEqual([
      { text: "two hundred and fifty thousand", value: 250_000, scaled: true, article: false },
    ]);
    expect(read("forty-two cents")[0]).toMatchObject({ text: "forty-two", value: 42 });
    expect(read("a million")[0]).toMatchObject({ text: "a million", value: 1_000_000, scaled: true });
  });

  it("splits words that cannot continue one number", () => {
    expect(read("one two").map((r) => r.value)).toEqual([1, 2]);
    expect(read("one and two").map((r) => r.value)).toEqual([1, 2]);
  });

  it("reports a lone article as such, and ignores number words inside other words", () => {
    expect(read("a dollar")).toEqual([{ text: "a", value: 1, scaled: false, article: true }]);
    expect(read("someone often tends")).toEqual([]);
  });
});
