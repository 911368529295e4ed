import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wordPattern, wordsIn } from "../src/words.js";

/** The reference: `wordPattern` over the slice. */
const byPattern = (text: string, from: number, to: number) =>
  [...text.slice(from, to).matchAll(wordPattern)].map((m) => ({ text: m[0], start: from + m.index, end: from + m.index + m[0].length }));

const alphabet = ["a", "Z", "9", "’", "'", ".", "-", "&", " ", ",", "é", "e\u0301", "\u0301", "Ж", "٣", "𝐀", "😀", "\ud835", "\udc00", "ª", "²", "_", "\n"];

describe("wordsIn", () => {
  it("reads names with inner apostrophes, hyphens and dots, and ampersands", () => {
    expect(wordsIn("Barnardo’s & Stoke-on-Trent St. Helens U.K. x-", 0, 46).map((w) => w.text)).toEqual(["Barnardo’s", "&", "Stoke-on-Trent", "St", "Helens", "U.K", "x"]);
  });

  it("keeps document offsets inside a window", () => {
    const text = "The Leeds City Council (£1m)";
    for (const w of wordsIn(text, 4, 22)) expect(text.slice(w.start, w.end)).toBe(w.text);
    expect(wordsIn(text, 4, 22).map((w) => w.text)).toEqual(["Leeds", "City", "Council"]);
  });

  it("matches the word pattern on any text and window", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join("");
        const from = text.length === 0 ? 0 : a % (text.length + 1);
        const to = from + (text.length - from === 0 ? 0 : b % (text.length - from + 1));
        expect(wordsIn(text, from, to)).toEqual(byPattern(text, from, to));
      }),
      { numRuns: 3000 },
    );
  });
});
