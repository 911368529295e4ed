import fc from "fast-check";
import { describe, it } from "vitest";
import { Message, Project, type Mention } from "@fundtrace/contract";
import { reconcile } from "@fundtrace/dedupe";
import { extractMentions } from "@fundtrace/extract";
import { loadRegister, lookupCache } from "@fundtrace/pipeline";
import { fundingText, text } from "./arbitraries.js";
import { property, timeout } from "./budget.js";
import { checkAmount, conforms, inBounds } from "./checks.js";

const lookupFor = lookupCache(await loadRegister());

/** A permutation from a seed (so fast-check can shrink the seed). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const corpus = fc.tuple(fc.array(fc.oneof({ weight: 3, arbitrary: fundingText(16) }, { weight: 1, arbitrary: text(30) }), { minLength: 1, maxLength: 4 }), fc.nat());

describe("reconcile is total", () => {
  it("never throws on mentions from real extraction; records are valid, in bounds, partition the mentions, whatever their order", () => {
    property("reconcile", "extracted mentions", corpus, ([texts, seed]) => {
      const docs = texts.map((t, i) => ({ id: `doc-${i}`, text: t }));
      const byDoc = new Map(docs.map((d) => [d.id, d.text]));
      const mentions: Mention[] = docs.flatMap((d) => extractMentions(d, { lookupFor }).mentions);
      const passageText = (m: Mention) => byDoc.get(m.doc)?.slice(m.start, m.end) ?? "";
      const r = reconcile(mentions, { passageText, decisions: "merges" });
      const ids = new Set(mentions.map((m) => m.id));
      const seen = new Set<string>();
      for (const p of r.projects) {
        conforms(Project, p, `record ${p.id}`);
        for (const id of p.mentions) {
          if (!ids.has(id)) throw new Error(`record ${p.id} holds unknown mention ${id}`);
          if (seen.has(id)) throw new Error(`mention ${id} is in two records`);
          seen.add(id);
        }
        for (const s of p.sources) inBounds(s, byDoc.get(s.doc)?.length ?? -1, `record ${p.id} source`);
        if (p.amount) {
          const from = mentions.find((m) => m.id === p.provenance["amount"]);
          if (!from) throw new Error(`record ${p.id} has an amount with no provenance`);
          checkAmount(byDoc.get(from.doc)!, p.amount, `record ${p.id} amount`);
        }
      }
      for (const m of mentions) if (m.kind === "funding" && !seen.has(m.id)) throw new Error(`funding mention ${m.id} is in no record`);
      for (const msg of r.messages) conforms(Message, msg, "message");
      const again = reconcile(shuffled(mentions, seed), { passageText, decisions: "merges" });
      if (JSON.stringify(again.projects) !== JSON.stringify(r.projects)) throw new Error("the records depend on the order of the mentions");
    }, 100);
  }, timeout);
});
