import { describe, expect, it } from "vitest";
import { tokenise, type TokenKind } from "@fundtrace/tokeniser";

const toks = (text: string): Array<[string, TokenKind]> => tokenise(text).tokens.map((t) => [text.slice(t.start, t.end), t.kind]);
const words = (text: string): string[] => toks(text).map(([s]) => s);

describe("tokens", () => {
  it("splits money into symbol, number and unit word", () => {
    expect(toks("£1.97m")).toEqual([["£", "symbol"], ["1.97", "number"], ["m", "word"]]);
    expect(toks("(£3.26m)")).toEqual([["(", "punct"], ["£", "symbol"], ["3.26", "number"], ["m", "word"], [")", "punct"]]);
    expect(toks("£1.1 m")).toEqual([["£", "symbol"], ["1.1", "number"], ["m", "word"]]);
    expect(toks("$2.5bn")).toEqual([["$", "symbol"], ["2.5", "number"], ["bn", "word"]]);
  });
  it("keeps thousands separators and one decimal point inside a number", () => {
    expect(toks("£42,403 - £45,441")).toEqual([["£", "symbol"], ["42,403", "number"], ["-", "punct"], ["£", "symbol"], ["45,441", "number"]]);
    expect(words("1,000,000.50")).toEqual(["1,000,000.50"]);
    expect(words("1,2345")).toEqual(["1", ",", "2345"]);
    expect(words("1234,567")).toEqual(["1234", ",", "567"]);
    expect(words("1.2.3")).toEqual(["1.2", ".", "3"]);
    expect(words("in 2017.")).toEqual(["in", "2017", "."]);
    expect(words("30/10/20")).toEqual(["30", "/", "10", "/", "20"]);
    expect(words("11-24 year olds")).toEqual(["11", "-", "24", "year", "olds"]);
  });
  it("keeps internal apostrophes and hyphens in words, and letters with digits", () => {
    expect(words("Barnardo’s Stoke-on-Trent Catch22 children's co‑operative")).toEqual(["Barnardo’s", "Stoke-on-Trent", "Catch22", "children's", "co‑operative"]);
    expect(words("Adults' ‘quoted’ -dash- end-")).toEqual(["Adults", "'", "‘", "quoted", "’", "-", "dash", "-", "end", "-"]);
    expect(words("COVID-19 18yrs")).toEqual(["COVID", "-", "19", "18", "yrs"]);
  });
  it("keeps combining marks with their letter", () => {
    expect(words("cafe\u0301 naïve")).toEqual(["cafe\u0301", "naïve"]);
  });
  it("classifies symbols and punctuation", () => {
    expect(toks("A & B – C © 5% #")).toEqual([
      ["A", "word"], ["&", "punct"], ["B", "word"], ["–", "punct"], ["C", "word"], ["©", "symbol"], ["5", "number"], ["%", "punct"], ["#", "punct"],
    ]);
  });
  it("never splits emoji: surrogate pairs, skin tones, ZWJ sequences, flags and keycaps stay whole", () => {
    expect(toks("ok👍🏽 👩‍👩‍👧🇬🇧")).toEqual([["ok", "word"], ["👍🏽", "symbol"], ["👩‍👩‍👧", "symbol"], ["🇬🇧", "symbol"]]);
    expect(toks("❤️")).toEqual([["❤️", "symbol"]]);
    expect(toks("𝐀𝐁c")).toEqual([["𝐀𝐁c", "word"]]);
  });
  it("treats NBSP, thin spaces, tabs, zero-width space and every line ending as gaps", () => {
    expect(words("a\u00a0b\u2009c\u202fd\te\u200bf\r\ng\rh\u2028i\ufeffj")).toEqual(["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]);
  });
  it("gives a lone surrogate its own token", () => {
    expect(toks("a\ud83d b")).toEqual([["a", "word"], ["\ud83d", "symbol"], ["b", "word"]]);
  });
  it("yields nothing for empty or blank text", () => {
    expect(tokenise("").tokens).toEqual([]);
    expect(tokenise(" \r\n\u00a0\t").tokens).toEqual([]);
    expect(tokenise(" \r\n\u00a0\t").blocks).toEqual([]);
  });
});
