import { describe, expect, it } from "vitest";
import { tokenise, type Tokenised } from "@fundtrace/tokeniser";

const kinds = (t: Tokenised): Array<[string, string]> => t.blocks.map((b) => [t.text.slice(b.start, b.end), b.kind]);
const layout = (text: string, options = {}) => kinds(tokenise(text, { boilerplate: false, ...options }));

describe("blocks", () => {
  it("separates blocks at blank lines of any kind: LF, CRLF, lone CR, spaces, tabs and NBSP", () => {
    const text = "First line of a paragraph that goes on for a while\r\n \t\u00a0\r\nSecond paragraph here.\r\rThird paragraph.\n\u3000\nFourth.";
    const t = tokenise(text, { boilerplate: false });
    expect(t.blocks.map((b) => text.slice(b.start, b.end))).toEqual([
      "First line of a paragraph that goes on for a while",
      "Second paragraph here.",
      "Third paragraph.",
      "Fourth.",
    ]);
  });
  it("trims leading and trailing whitespace from block spans", () => {
    const text = "  \t Indented paragraph text.\u00a0 \n";
    const [b] = tokenise(text).blocks;
    expect(text.slice(b!.start, b!.end)).toBe("Indented paragraph text.");
    expect(b!.lines).toEqual([{ start: b!.start, end: b!.end }]);
  });
  it("makes each list item its own block, whatever the marker", () => {
    const text = "The list is as follows:\n1) one thing\n2. two things\n(a) three\n(iv) four\nb) five\n- six\n* seven\n• eight\n– nine\n— ten";
    const t = tokenise(text, { boilerplate: false });
    expect(t.blocks.map((b) => b.kind)).toEqual(["paragraph", ...Array(10).fill("list-item")]);
    expect(t.blocks.slice(1).map((b) => text.slice(b.marker!.start, b.marker!.end))).toEqual(["1)", "2.", "(a)", "(iv)", "b)", "-", "*", "•", "–", "—"]);
  });
  it("does not take initials, decimals, years or bare dashes for list markers", () => {
    const t = tokenise("J. Smith led the bid for the council.\n\n1.5m people were reached by the scheme.\n\n2017. A good year for everyone.\n\n-\n\n-5 degrees outside in winter time.", { boilerplate: false });
    expect(t.blocks.every((b) => b.layout !== "list-item" && b.marker === null)).toBe(true);
  });
  it("continues a list item with a deeper-indented line, not with a flush one", () => {
    const text = "- first item that wraps\n  onto a second line\n- second item\nA new paragraph after the list.";
    const t = tokenise(text, { boilerplate: false });
    expect(kinds(t)).toEqual([
      ["- first item that wraps\n  onto a second line", "list-item"],
      ["- second item", "list-item"],
      ["A new paragraph after the list.", "paragraph"],
    ]);
  });
  it("splits a run of short lines (a menu, a title over a date) into blocks, but joins wrapped prose", () => {
    expect(layout("Home\nNews\nAbout us").map(([s]) => s)).toEqual(["Home", "News", "About us"]);
    expect(layout("Round 2 projects\nBarnardo’s: Up to £1.7m to expand the National FGM Centre.")).toEqual([
      ["Round 2 projects", "heading"],
      ["Barnardo’s: Up to £1.7m to expand the National FGM Centre.", "paragraph"],
    ]);
    expect(layout("The council said that the new money would be spent on\nfoster carers and youth workers.")).toHaveLength(1);
  });
  it("joins a hard-wrapped run at every break, but keeps one-element-per-line runs apart", () => {
    const wrapped = "The foundation has awarded grants worth more than two million pounds to\nNorthshire County Council and eleven community groups across the north of\nthe county, with the largest going to youth clubs.";
    expect(layout(wrapped)).toHaveLength(1);
    const scraped = "From:\nDepartment for Education and The Rt Hon Jane Minister MP\nPublished\n12 March 2024\nAll content is available under the Open Government Licence v3.0, except where stated\n© Crown copyright";
    expect(layout(scraped)).toHaveLength(6);
  });
});

describe("headings", () => {
  it("takes short standalone lines without a final full stop", () => {
    expect(layout("Round 2 projects\n\nFrontline (£3.73m) to scale the Firstline programme.")).toEqual([
      ["Round 2 projects", "heading"],
      ["Frontline (£3.73m) to scale the Firstline programme.", "paragraph"],
    ]);
    expect(layout("Staying Close\n\nBreak Charity: Up to £1.3m to offer homes.\n\nLife-changing\n\nMore text follows here.").filter(([, k]) => k === "heading").map(([s]) => s)).toEqual([
      "Staying Close",
      "Life-changing",
    ]);
  });
  it("does not take sentences, lead-ins, bylines, entries with amounts, lower-case or last lines", () => {
    const text = [
      "The council has announced new money for youth work.",
      "The successful projects have been named as:",
      "The awards are:",
      "By Jane Doe | 3 May 2019",
      "Barnardo’s: Up to £1.7m",
      "lower case line without a stop",
      "30/10/20",
      "12 March 2024",
      "Tuesday, 3 May 2022",
      "A line of more than twelve words that has no full stop at its end at all",
      "Last line",
    ].join("\n\n");
    expect(layout(text).filter(([, k]) => k === "heading")).toEqual([]);
  });
  it("takes a one-sentence line ending with a full stop when list-like entries follow, and only then", () => {
    const entries = "Coram (£600k) to deliver improvements.\n\nCornerstone (£520k) to test a wraparound service.";
    expect(layout(`Other priorities in social care.\n\n${entries}`)[0]).toEqual(["Other priorities in social care.", "heading"]);
    expect(layout(`Other priorities in social care.\n\n- one entry\n- another entry`)[0]![1]).toBe("heading");
    expect(layout(`Other priorities in social care.\n\nWe funded many things this year.\n\nAnd more next year.`)[0]![1]).toBe("paragraph");
    expect(layout(`The Fostering Network (£3.8m) to develop Mockingbird.\n\n${entries}`)[0]![1]).toBe("paragraph");
  });
  it("honours maxHeadingWords", () => {
    const text = "One two three four five six\n\nA paragraph follows.";
    expect(layout(text)[0]![1]).toBe("heading");
    expect(layout(text, { maxHeadingWords: 5 })[0]![1]).toBe("paragraph");
  });
  it("never calls a heading what is followed only by boilerplate", () => {
    const t = tokenise("Dr Jane Smith is chief executive of the Trust\n\ncomments powered by Disqus");
    expect(t.blocks.map((b) => b.kind)).toEqual(["paragraph", "boilerplate"]);
  });
});
