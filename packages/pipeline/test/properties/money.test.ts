import fc from "fast-check";
import { describe, it } from "vitest";
import { findMoney, scanMoney } from "@fundtrace/money";
import { Message } from "@fundtrace/contract";
import { text } from "./arbitraries.js";
import { property, timeout } from "./budget.js";
import { checkAmount, conforms, inBounds } from "./checks.js";

describe("findMoney is total", () => {
  it("never throws; every amount is valid, exact, in bounds and in order, every message valid", () => {
    property("findMoney", "whole text", text(80), (t) => {
      const { amounts, messages } = scanMoney(t, { source: "doc" });
      let last = 0;
      for (const [i, a] of amounts.entries()) {
        checkAmount(t, a, `amount ${i}`);
        if (a.start < last) throw new Error(`amount ${i} overlaps the one before`);
        last = a.end;
      }
      for (const m of messages) { conforms(Message, m, "message"); if (m.span) inBounds(m.span, t.length, "message span"); }
    }, 300);
  }, timeout);

  it("keeps to a window: amounts found between from and to are inside it, offsets into the whole text", () => {
    property("findMoney", "window", fc.tuple(text(60), fc.nat(), fc.nat()), ([t, x, y]) => {
      const from = x % (t.length + 1);
      const to = from + (y % (t.length - from + 1));
      for (const [i, a] of findMoney(t, { from, to }).entries()) {
        checkAmount(t, a, `amount ${i}`);
        if (a.start < from || a.end > to) throw new Error(`amount ${i} [${a.start}, ${a.end}) is outside the window [${from}, ${to})`);
      }
    }, 200);
  }, timeout);
});
