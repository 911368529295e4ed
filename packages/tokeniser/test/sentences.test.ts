import { describe, expect, it } from "vitest";
import { tokenise } from "@fundtrace/tokeniser";

const sentences = (text: string): string[] => {
  const t = tokenise(text, { boilerplate: false });
  return t.sentences.map((s) => text.slice(s.start, s.end));
};

describe("sentences", () => {
  it("splits on . ! ? followed by space and a capital, digit or quote", () => {
    expect(sentences("It works. It really does! Does it? Yes.")).toEqual(["It works.", "It really does!", "Does it?", "Yes."]);
    expect(sentences("There were 50 bids. 7 won.")).toEqual(["There were 50 bids.", "7 won."]);
    expect(sentences("He said: “It is good.” Then he left.")).toEqual(["He said: “It is good.”", "Then he left."]);
    expect(sentences("They agreed. ‘Good,’ she said.")).toEqual(["They agreed.", "‘Good,’ she said."]);
  });
  it("keeps closing quotes and brackets with the sentence they end", () => {
    expect(sentences("(It was late.) Work began.")).toEqual(["(It was late.)", "Work began."]);
  });
  it("does not split after abbreviations, initials and dotted forms", () => {
    expect(sentences("Dr. Patel and Mr. Jones met Prof. Lee.")).toEqual(["Dr. Patel and Mr. Jones met Prof. Lee."]);
    expect(sentences("Cards (e.g. Feelings cards) and props, i.e. Puppets.")).toEqual(["Cards (e.g. Feelings cards) and props, i.e. Puppets."]);
    expect(sentences("It moved to the U.K. Last year it grew.")).toEqual(["It moved to the U.K. Last year it grew."]);
    expect(sentences("Led by J. Smith of Acme Ltd. From May.")).toEqual(["Led by J. Smith of Acme Ltd. From May."]);
    expect(sentences("Uses the P.A.C.E. Model here.")).toEqual(["Uses the P.A.C.E. Model here."]);
    expect(sentences("See No. 10 for details.")).toEqual(["See No. 10 for details."]);
    expect(sentences("Bids, forms etc. Were all due.")).toEqual(["Bids, forms etc. Were all due."]);
  });
  it("splits after 'No' when no number follows, and after amounts", () => {
    expect(sentences("The answer was No. Then it was yes.")).toEqual(["The answer was No.", "Then it was yes."]);
    expect(sentences("It got £1.1 m. The rest went to £2m. Good.")).toEqual(["It got £1.1 m.", "The rest went to £2m.", "Good."]);
  });
  it("does not split before lower case or without a space", () => {
    expect(sentences("It is 5 p.m. now. version 1.2.3 is out")).toEqual(["It is 5 p.m. now. version 1.2.3 is out"]);
    expect(sentences("Funds were awarded. (see below)")).toEqual(["Funds were awarded. (see below)"]);
    expect(sentences("See example.com.Next")).toEqual(["See example.com.Next"]);
    expect(sentences("Wait... what? No!")).toEqual(["Wait... what?", "No!"]);
  });
  it("ends a sentence at the end of its block, never across blocks", () => {
    const text = "First block without stop\n\nSecond block. Two sentences";
    const t = tokenise(text);
    expect(t.sentences.map((s) => [text.slice(s.start, s.end), s.block])).toEqual([
      ["First block without stop", 0],
      ["Second block.", 1],
      ["Two sentences", 1],
    ]);
  });
  it("starts a list item's sentences after its marker", () => {
    const text = "1) Lighthouse, Bath – Working well. Parents attend.";
    expect(sentences(text)).toEqual(["Lighthouse, Bath – Working well.", "Parents attend."]);
  });
  it("reads hard-wrapped prose as one paragraph with sentences across the line break", () => {
    const text = "The foundation has awarded grants to eleven community groups in\r\nthe north of the county. The panel met in May.";
    const t = tokenise(text);
    expect(t.blocks).toHaveLength(1);
    expect(t.blocks[0]!.lines).toHaveLength(2);
    expect(t.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "The foundation has awarded grants to eleven community groups in\r\nthe north of the county.",
      "The panel met in May.",
    ]);
  });
});
