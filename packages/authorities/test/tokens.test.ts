import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenise, WORD } from "../src/tokens.js";

/** The reference: the word pattern over the slice. */
const byPattern = (text: string, from: number, to: number) =>
  [...text.slice(from, to).matchAll(WORD)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length }));

const alphabet = ["a", "Z", "9", "’", "'", "-", "&", " ", ",", "é", "e\u0301", "\u0301", "Ж", "٣", "𝐀", "😀", "\ud835", "\udc00", "ª", "²", "\n", "s"];

describe("tokenise", () => {
  it("reads words with inner apostrophes and ampersands, folded", () => {
    const tokens = tokenise("Children’s & O'Neill's Council-run  'quoted'");
    expect(tokens.map((t) => t.text)).toEqual(["Children’s", "&", "O'Neill's", "Council", "run", "quoted"]);
    expect(tokens[1]!.key).toBe("and");
    expect(tokens[2]!.base).toBe("oneill");
  });

  it("finds the words the pattern finds, on any text and window", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join("");
        const from = text.length === 0 ? 0 : a % (text.length + 1);
        const to = from + (text.length - from === 0 ? 0 : b % (text.length - from + 1));
        const tokens = tokenise(text, from, to);
        expect(tokens.map((t) => ({ start: t.start, end: t.end }))).toEqual(byPattern(text, from, to));
        for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
      }),
      { numRuns: 3000 },
    );
  });
});
