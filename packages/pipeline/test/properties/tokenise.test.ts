import { describe, it } from "vitest";
import { Span } from "@fundtrace/contract";
import { tokenise } from "@fundtrace/tokeniser";
import { text } from "./arbitraries.js";
import { property, timeout } from "./budget.js";
import { conforms, inBounds } from "./checks.js";

describe("tokenise is total", () => {
  it("never throws; every block, line, marker, sentence and token is a valid span inside the text", () => {
    property("tokenise", "spans", text(80), (t) => {
      const r = tokenise(t);
      if (r.text !== t) throw new Error("the text was changed");
      const n = t.length;
      for (const b of r.blocks) {
        conforms(Span, { start: b.start, end: b.end }, `block ${b.index}`);
        inBounds(b, n, `block ${b.index}`);
        for (const l of b.lines) { inBounds(l, n, `line of block ${b.index}`); if (l.start < b.start || l.end > b.end) throw new Error(`a line of block ${b.index} is outside it`); }
        if (b.marker) inBounds(b.marker, n, `marker of block ${b.index}`);
      }
      for (const s of r.sentences) {
        inBounds(s, n, "sentence");
        const b = r.blocks[s.block];
        if (!b || s.start < b.start || s.end > b.end) throw new Error(`sentence [${s.start}, ${s.end}) is outside its block ${s.block}`);
      }
      let last = 0;
      for (const tok of r.tokens) {
        inBounds(tok, n, `token ${tok.kind}`);
        if (tok.start < last || tok.end <= tok.start) throw new Error(`token [${tok.start}, ${tok.end}) is empty or out of order`);
        last = tok.end;
      }
      let prev = -1;
      for (const s of r.lineStarts) { if (s <= prev || s > n) throw new Error(`line start ${s} out of order or bounds`); prev = s; }
    }, 300);
  }, timeout);
});
