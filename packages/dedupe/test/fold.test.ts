import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold, foldFully } from "../src/text/fold.js";

describe("fold", () => {
  it("drops accents, straightens quotes and dashes, lowers case", () => {
    expect(fold("Barnardo’s Café – “Hope”")).toBe("barnardo's cafe - \"hope\"");
    expect(fold("Leeds City Council")).toBe("leeds city council");
  });

  it("gives what the step-by-step fold gives, for ASCII and other text alike", () => {
    const latin1 = Array.from({ length: 128 }, (_, i) => String.fromCharCode(0x80 + i));
    const alphabet = ["a", "Z", "9", " ", "-", "'", "`", "’", "é", "e\u0301", "ﬁ", "İ", "ß", "—", "“", "\u00b4", "£", "\u00a0", "\u0301", ...latin1];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        expect(fold(text)).toBe(foldFully(text));
      }),
      { numRuns: 5000 },
    );
  });
});
