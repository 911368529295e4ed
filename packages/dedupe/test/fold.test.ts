import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold } from "../src/text/fold.js";

/** The fold written out step by step: what `fold` must give for every input, ASCII or not. */
const reference = (text: string): string =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2019\u2018\u02bc`\u00b4]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .toLowerCase();

describe("fold", () => {
  it("drops accents, straightens quotes and dashes, lowers case", () => {
    expect(fold("Barnardo’s Café – “Hope”")).toBe("barnardo's cafe - \"hope\"");
    expect(fold("Leeds City Council")).toBe("leeds city council");
  });

  it("gives what the step-by-step fold gives, for ASCII and other text alike", () => {
    const alphabet = ["a", "Z", "9", " ", "-", "'", "`", "’", "é", "e\u0301", "ﬁ", "İ", "ß", "—", "“", "\u00b4"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        expect(fold(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});
