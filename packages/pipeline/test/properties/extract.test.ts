import { describe, it } from "vitest";
import { Message, Quote, UnattachedAmount } from "@fundtrace/contract";
import { extractMentions } from "@fundtrace/extract";
import { findMoney } from "@fundtrace/money";
import { loadRegister, lookupCache } from "@fundtrace/pipeline";
import { fundingText, text } from "./arbitraries.js";
import { property, timeout } from "./budget.js";
import fc from "fast-check";
import { checkMention, conforms, exactQuote, inBounds } from "./checks.js";

const lookupFor = lookupCache(await loadRegister());

const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;

function check(t: string): void {
  const e = extractMentions({ id: "doc", text: t }, { lookupFor });
  const ids = new Set<string>();
  for (const m of e.mentions) {
    checkMention(t, m);
    if (m.doc !== "doc") throw new Error(`mention ${m.id} names document ${m.doc}`);
    if (ids.has(m.id)) throw new Error(`mention id ${m.id} is given twice`);
    ids.add(m.id);
  }
  for (const u of e.unattached) {
    conforms(UnattachedAmount, u, "unattached amount");
    exactQuote(t, u, "unattached amount");
  }
  for (const msg of e.messages) { conforms(Message, msg, "message"); if (msg.span) inBounds(msg.span, t.length, "message span"); }
  for (const q of [e.funder, e.programme]) if (q) { conforms(Quote, q, "context"); exactQuote(t, q, "context"); }
  // Nothing lost: every amount the money stage finds is a mention's amount or listed as unattached.
  const accounted = new Set([...e.mentions.flatMap((m) => (m.amount ? [key(m.amount)] : [])), ...e.unattached.map(key)]);
  for (const a of findMoney(t, { source: "doc" })) {
    if (!accounted.has(key(a))) throw new Error(`amount ${JSON.stringify(a.text)} at [${a.start}, ${a.end}) is neither a mention's amount nor listed as unattached`);
  }
}

describe("extractMentions is total", () => {
  it("never throws; mentions, unattached amounts and messages are valid and in bounds; no amount is lost", () => {
    property("extractMentions", "messy text", fc.oneof(text(60), fundingText(20)), check, 200);
  }, timeout);
});
