import { describe, expect, it } from "vitest";
import { tokenise, type Tokenised } from "@fundtrace/tokeniser";
import { checkInvariants } from "./invariants.js";

const text = "Heading here\r\n\r\nA £1.97m grant 😀 went out. Second sentence.";
const fresh = (): Tokenised => structuredClone(tokenise(text));

/** The invariant checker must catch broken output, or the property tests prove nothing. */
describe("checkInvariants", () => {
  it("accepts the real output", () => {
    expect(() => checkInvariants(text, fresh())).not.toThrow();
  });
  it.each<[string, (t: Tokenised) => void, RegExp]>([
    ["a dropped token", (t) => void t.tokens.splice(3, 1), /not whitespace/],
    ["overlapping tokens", (t) => void (t.tokens[2]!.start -= 1), /overlaps|whitespace/],
    ["a token split inside an emoji", (t) => {
      const i = t.tokens.findIndex((x) => text.slice(x.start, x.end) === "😀");
      t.tokens.splice(i, 1, { start: t.tokens[i]!.start, end: t.tokens[i]!.start + 1, kind: "symbol" }, { start: t.tokens[i]!.start + 1, end: t.tokens[i]!.end, kind: "symbol" });
    }, /surrogate/],
    ["an untrimmed block", (t) => void (t.blocks[0]!.end += 1), /not trimmed|lines do not span/],
    ["a sentence outside its block", (t) => void (t.sentences[t.sentences.length - 1]!.block = 0), /not inside block|goes back|order/],
    ["a missing sentence", (t) => void t.sentences.pop(), /stop before its end/],
    ["a changed text", (t) => void (t.text = `${text} `), /text was changed/],
    ["a block table row that disagrees", (t) => void (t.blockTable.kinds[0] = 3), /block table row 0/],
    ["a sentence table row that disagrees", (t) => void (t.sentenceTable.ends[0]! -= 1), /sentence table row 0/],
    ["boilerplate without a kind", (t) => void (t.blocks[0]!.boilerplate = { ruleId: "x", reason: "y" }), /disagree/],
  ])("rejects %s", (_label, corrupt, message) => {
    const t = fresh();
    corrupt(t);
    expect(() => checkInvariants(text, t)).toThrow(message);
  });
});
