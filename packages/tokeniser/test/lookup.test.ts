import { describe, expect, it } from "vitest";
import { blockAt, lineOf, sentenceAt, sentencesIn, tokenAt, tokenRange, tokenise, tokensIn } from "@fundtrace/tokeniser";

const text = "Round 2 projects\r\n\r\nCoram (£600k) to deliver. Pause (£4.2m) to extend.\rLast line";
const t = tokenise(text);
const at = (s: string): number => text.indexOf(s);

describe("lookups", () => {
  it("blockAt finds the block holding an offset, null in the gaps", () => {
    expect(blockAt(t, at("Round"))?.index).toBe(0);
    expect(blockAt(t, at("projects") + 7)?.index).toBe(0);
    expect(blockAt(t, at("projects") + 8)).toBeNull(); // the CR after the heading
    expect(blockAt(t, at("£600k"))?.index).toBe(1);
    expect(blockAt(t, text.length)).toBeNull();
    expect(blockAt(t, -1)).toBeNull();
  });
  it("tokensIn returns the tokens wholly inside a span", () => {
    const s = at("(£600k)");
    expect(tokensIn(t, { start: s, end: s + 7 }).map((x) => text.slice(x.start, x.end))).toEqual(["(", "£", "600", "k", ")"]);
    // "600" is cut by the span's end, so only "£" lies wholly inside
    expect(tokensIn(t, { start: s + 1, end: s + 4 }).map((x) => text.slice(x.start, x.end))).toEqual(["£"]);
    expect(tokensIn(t, { start: s, end: s })).toEqual([]);
    const r = tokenRange(t, t.blocks[1]!);
    expect(t.tokens.slice(r.start, r.end)).toEqual(tokensIn(t, t.blocks[1]!));
  });
  it("sentenceAt, sentencesIn and tokenAt", () => {
    expect(text.slice(sentenceAt(t, at("Pause"))!.start, sentenceAt(t, at("Pause"))!.end)).toBe("Pause (£4.2m) to extend.");
    expect(sentencesIn(t, t.blocks[1]!).map((s) => text.slice(s.start, s.end))).toEqual(["Coram (£600k) to deliver.", "Pause (£4.2m) to extend."]);
    expect(tokenAt(t, at("4.2") + 1)).toEqual({ start: at("4.2"), end: at("4.2") + 3, kind: "number" });
    expect(tokenAt(t, at(" to deliver"))).toBeNull();
  });
  it("lineOf counts CRLF and lone CR as one line ending each", () => {
    expect(lineOf(t, 0)).toBe(0);
    expect(lineOf(t, at("Coram"))).toBe(2);
    expect(lineOf(t, at("Last"))).toBe(3);
    expect(lineOf(t, text.length)).toBe(3);
  });
});
