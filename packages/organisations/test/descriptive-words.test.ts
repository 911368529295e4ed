import nlp from "compromise";
import { describe, expect, it } from "vitest";
import { isDescriptiveWord } from "@fundtrace/organisations";
import words from "../src/data/descriptive-words.json" with { type: "json" };
// @ts-expect-error: a plain ES module shared with the build script
import { descriptiveWordsFrom } from "../scripts/descriptive-words.mjs";

describe("descriptive words", () => {
  it("are what the installed compromise's lexicon says (rebuild with scripts/build-descriptive-words.mjs)", () => {
    const fresh = descriptiveWordsFrom(nlp) as { descriptive: string[]; notDescriptive: string[] };
    expect(words.descriptive).toEqual(fresh.descriptive);
    expect(words.notDescriptive).toEqual(fresh.notDescriptive);
    expect(words.source).toContain(`compromise ${(nlp as unknown as { version: string }).version}`);
  });

  it("read adjectives and adverbs as descriptive, names and nouns ending like adjectives as not", () => {
    for (const w of ["entire", "Wider", "successful", "restorative", "innovative"]) expect(isDescriptiveWord(w), w).toBe(true);
    for (const w of ["mockingbird", "family", "cathedral", "clinic", "archive", "constructor"]) expect(isDescriptiveWord(w), w).toBe(false);
    // not in the lexicon, but ends like an adjective
    expect(isDescriptiveWord("trauma-informative")).toBe(true);
  });
});
