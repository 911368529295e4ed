import { describe, expect, it } from "vitest";
import { B_BOILERPLATE, B_HEADING, B_LIST_ITEM, B_PARAGRAPH, BLOCK_KINDS, tokenise } from "@fundtrace/tokeniser";

const text = "Funding announced\n\n1) Leeds City Council (£1.2m) to pilot\n   a new service. It starts soon.\n2) Hackney Council: £2m\n\nHome | News | Contact";

describe("block and sentence tables", () => {
  it("hold what the block objects hold, row for row", () => {
    const t = tokenise(text);
    const table = t.blockTable;
    expect(BLOCK_KINDS[B_PARAGRAPH]).toBe("paragraph");
    expect(BLOCK_KINDS[B_LIST_ITEM]).toBe("list-item");
    expect(BLOCK_KINDS[B_HEADING]).toBe("heading");
    expect(BLOCK_KINDS[B_BOILERPLATE]).toBe("boilerplate");
    // made one at a time before the array exists: equal objects, not the same ones
    const one = table.block(1);
    expect(one).toEqual({
      kind: "list-item", layout: "list-item", start: text.indexOf("1)"), end: text.indexOf(" It starts") + " It starts soon.".length, index: 1,
      lines: [
        { start: text.indexOf("1)"), end: text.indexOf(" to pilot") + " to pilot".length },
        { start: text.indexOf("a new"), end: text.indexOf(" soon.") + " soon.".length },
      ],
      marker: { start: text.indexOf("1)"), end: text.indexOf("1)") + 2 }, boilerplate: null,
    });
    expect(table.lineCount(1)).toBe(2);
    expect(table.contentStart(1)).toBe(text.indexOf("1)") + 2);
    const all = t.blocks;
    expect(all).toBe(t.blocks); // kept
    expect(table.block(1)).toBe(all[1]); // once made, the same objects
    expect(all.map((b) => b.kind)).toEqual(["heading", "list-item", "list-item", "boilerplate"]);
    expect(table.kind(3)).toBe("boilerplate");
    expect(table.layout(3)).toBe("paragraph");
    expect(table.boilerplate[3]?.ruleId).toBe("boilerplate/navigation");
  });

  it("find the block and sentence holding an offset", () => {
    const t = tokenise(text);
    expect(t.blockTable.indexAt(text.indexOf("Hackney"))).toBe(2);
    expect(t.blockTable.indexAt(text.indexOf("\n\n"))).toBe(-1);
    expect(t.blockTable.indexAt(text.length)).toBe(-1);
    const s = t.sentenceTable.indexAt(text.indexOf("starts"));
    expect(text.slice(t.sentenceTable.starts[s]!, t.sentenceTable.ends[s]!)).toBe("It starts soon.");
    expect(t.sentenceTable.sentence(s)).toEqual(t.sentences[s]);
    expect(t.sentenceTable.slice(0, 2)).toEqual(t.sentences.slice(0, 2));
    expect(t.sentenceTable.indexAt(-1)).toBe(-1);
  });
});

describe("the tokenised result", () => {
  it("shows blocks, sentences and tokens as own enumerable properties, made on first read and kept", () => {
    const t = tokenise(text);
    expect(Object.keys(t)).toEqual(expect.arrayContaining(["text", "blocks", "sentences", "tokens", "blockTable", "sentenceTable", "tokenTable", "lineStarts"]));
    const tokens = t.tokens;
    expect(t.tokens).toBe(tokens);
    expect(t.sentences).toBe(t.sentences);
    expect(tokens.map((k) => text.slice(k.start, k.end)).slice(0, 3)).toEqual(["Funding", "announced", "1"]);
    // a copy reads them: what a caller printing or cloning the result sees
    const copy = structuredClone(t);
    expect(copy.blocks).toEqual(t.blocks);
    expect(copy.sentences).toEqual(t.sentences);
    expect(copy.tokens).toEqual(tokens);
    expect(JSON.parse(JSON.stringify(tokenise(text))).tokens).toEqual(tokens);
    expect({ ...tokenise(text) }.blocks).toEqual(t.blocks);
  });
});
