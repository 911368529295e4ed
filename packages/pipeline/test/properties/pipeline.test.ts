import { describe, it } from "vitest";
import { Message, Project, UnattachedAmount } from "@fundtrace/contract";
import { findMoney } from "@fundtrace/money";
import { loadRegister, runPipeline } from "@fundtrace/pipeline";
import { documents } from "./arbitraries.js";
import { property, timeout } from "./budget.js";
import { checkMention, conforms, exactQuote, inBounds } from "./checks.js";

const register = await loadRegister();
const key = (doc: string, s: { start: number; end: number }) => `${doc}:${s.start}:${s.end}`;

describe("runPipeline is total", () => {
  it("never throws; every output is valid and in bounds, no amount is lost, input order changes nothing", () => {
    property("runPipeline", "documents", documents(3, 40), (docs) => {
      const texts = new Map(docs.map((d) => [d.id, d.text]));
      const r = runPipeline(docs, { register });
      const ids = new Set<string>();
      for (const m of r.mentions) {
        const t = texts.get(m.doc);
        if (t === undefined) throw new Error(`mention ${m.id} names unknown document ${m.doc}`);
        checkMention(t, m);
        if (ids.has(m.id)) throw new Error(`mention id ${m.id} is given twice`);
        ids.add(m.id);
      }
      for (const p of r.projects) {
        conforms(Project, p, `record ${p.id}`);
        for (const id of p.mentions) if (!ids.has(id)) throw new Error(`record ${p.id} holds mention ${id}, which is not in the output`);
        for (const s of p.sources) inBounds(s, texts.get(s.doc)?.length ?? -1, `record ${p.id} source`);
      }
      for (const u of r.unattached) {
        conforms(UnattachedAmount, u, "unattached amount");
        exactQuote(texts.get(u.doc) ?? "", u, "unattached amount");
      }
      for (const msg of r.messages) {
        conforms(Message, msg, "message");
        const t = texts.get(msg.source);
        if (msg.span && t !== undefined) inBounds(msg.span, t.length, `message ${msg.ruleId}`);
      }
      const accounted = new Set([...r.mentions.flatMap((m) => (m.amount ? [key(m.doc, m.amount)] : [])), ...r.unattached.map((u) => key(u.doc, u))]);
      for (const d of docs) for (const a of findMoney(d.text, { source: d.id })) {
        if (!accounted.has(key(d.id, a))) throw new Error(`${d.id}: amount ${JSON.stringify(a.text)} at [${a.start}, ${a.end}) is neither a mention's amount nor unattached`);
      }
      const reversed = runPipeline([...docs].reverse(), { register });
      if (JSON.stringify({ ...reversed, decisions: null }) !== JSON.stringify({ ...r, decisions: null })) throw new Error("the result depends on the order of the documents");
    }, 100);
  }, timeout);
});
