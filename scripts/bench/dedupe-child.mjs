#!/usr/bin/env node
// Fallback dedupe benchmark (used when packages/dedupe/bench/bench.mjs is missing or fails):
// N contract Mentions taken from the corpus generator's gold (organisations as written, linked to
// the register where they are councils; amounts as written; names), reconciled with `reconcile`.
// Prints one JSON line: seconds (reconcile only), peak RSS, pair precision/recall against the gold.
import { registerData } from "./corpus-text.mjs";
import { dist } from "./paths.mjs";

const N = Number(process.argv[2] ?? 10000);
const { reconcile } = await import(dist("dedupe"));
const { createRegister, resolveAuthority } = await import(dist("authorities"));
const { streamCorpus } = await import(dist("corpus"));
const register = createRegister(registerData());

const mentions = [], truth = [], passages = [];
const kindOf = (n) => (/council|borough|county|LBC|MBC/i.test(n) ? "local-authority" : /university|college/i.test(n) ? "university" : /NHS/.test(n) ? "nhs" : "charity");
outer: for (const d of streamCorpus({ seed: 11, documents: Infinity, register: registerData() })) {
  for (const m of d.mentions) {
    if (mentions.length >= N) break outer;
    const start = d.text.indexOf(m.quote), end = start + m.quote.length;
    const ls = d.text.lastIndexOf("\n", start) + 1, le = d.text.indexOf("\n", end);
    passages.push(d.text.slice(ls, le < 0 ? d.text.length : le).slice(0, 400));
    truth.push(m.project);
    const amount = m.amount && {
      value: m.amount.value, currency: "GBP", qualifier: m.amount.qualifier, text: m.quote, start, end,
      qualifierSpan: null, kind: "single", min: null, max: null, precision: m.precision ?? 1, period: null, currencyInferred: false,
    };
    mentions.push({
      id: `m${mentions.length}`, doc: d.id, start, end, kind: m.kind, name: m.name, nameSpan: null,
      organisations: m.organisations.map((name) => {
        const link = resolveAuthority(register, name)?.link ?? null;
        return { name, start, end, role: "recipient", kind: link ? "local-authority" : kindOf(name), aliases: [], rule: "bench", link };
      }),
      amount, places: (m.places ?? []).map((name) => ({ name, start, end, link: null })),
      round: null, theme: null, funder: null, programme: null, announced: null, rules: ["bench"],
    });
  }
}
const index = new Map(mentions.map((m, i) => [m.id, i]));
const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
const out = reconcile(mentions, { passageText: (m) => passages[index.get(m.id)] ?? "", decisions: "merges" });
const seconds = (performance.now() - t0) / 1000;
const recordOf = new Int32Array(mentions.length).fill(-1);
out.projects.forEach((p, k) => { for (const id of p.mentions) recordOf[index.get(id)] = k; });
const groups = (keyOf) => { const g = new Map(); mentions.forEach((_, i) => { const k = keyOf(i); if (k === -1) return; (g.get(k) ?? g.set(k, []).get(k)).push(i); }); return g; };
let tp = 0, sys = 0, gold = 0;
for (const g of groups((i) => recordOf[i]).values()) { sys += (g.length * (g.length - 1)) / 2; for (let a = 0; a < g.length; a++) for (let b = a + 1; b < g.length; b++) if (truth[g[a]] === truth[g[b]]) tp++; }
for (const g of groups((i) => truth[i]).values()) gold += (g.length * (g.length - 1)) / 2;
console.log(JSON.stringify({
  source: "corpus", mentions: mentions.length, records: out.projects.length, seconds: Number(seconds.toFixed(2)),
  peakRss: `${((process.resourceUsage().maxRSS * 1024) / 1024 ** 3).toFixed(2)} GB`, rssBeforeReconcile: `${(rssBefore / 1024 ** 3).toFixed(2)} GB`,
  pair_p: Number((tp / Math.max(1, sys)).toFixed(4)), pair_r: Number((tp / Math.max(1, gold)).toFixed(4)),
}));
