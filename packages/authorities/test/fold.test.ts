import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldFully, foldName } from "../src/fold.js";

describe("foldName", () => {
  it("folds case, accents, apostrophes, ampersands and punctuation", () => {
    expect(foldName("King’s Lynn & West Norfolk")).toBe("kings lynn and west norfolk");
    expect(foldName("  Bath  and North-East Somerset ")).toBe("bath and north east somerset");
    expect(foldName("Ynys Môn")).toBe("ynys mon");
    expect(foldName("Leeds City Council")).toBe("leeds city council");
  });

  it("gives what the step-by-step fold gives, for plain and other names alike", () => {
    const alphabet = ["a", "Z", "9", " ", "  ", "-", "'", "’", "&", "é", "e\u0301", ",", "\t", "İ", "ß"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (parts) => {
        const name = parts.join("");
        expect(foldName(name)).toBe(foldFully(name));
      }),
      { numRuns: 2000 },
    );
  });
});
