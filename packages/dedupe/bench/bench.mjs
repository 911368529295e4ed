#!/usr/bin/env node
// Benchmark: node packages/dedupe/bench/bench.mjs [N] [--decisions none|merges|all] [--phases] [--organisations K] [--fixed-names]
// Run `npx tsc -b packages/dedupe` first. Generates N synthetic mentions with realistic
// duplication (one grant reported in 1-3 documents with rounded amounts and varying names,
// organisations with several grants (one organisation per 20 mentions unless --organisations
// fixes the pool; project names that grow with N unless --fixed-names; see gen.mjs), some
// references),
// reconciles them, and prints seconds, peak RSS and pair precision/recall against the truth.
import { reconcile } from "../dist/index.js";
import { generate } from "./gen.mjs";

const args = process.argv.slice(2);
const N = Number(args.find((a, k) => /^\d+$/.test(a) && args[k - 1] !== "--organisations") ?? 10000);
const level = args.includes("--decisions") ? args[args.indexOf("--decisions") + 1] : "none";

const pool = args.includes("--organisations") ? Number(args[args.indexOf("--organisations") + 1]) : undefined;
const { mentions, truth, passageText, organisations: ORG_COUNT, grants: grant } = generate(N, { organisations: pool, fixedNames: args.includes("--fixed-names") });

const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const phases = {};
let lastWall = performance.now();
let lastCpu = process.cpuUsage();
const onPhase = (name) => {
  const now = performance.now();
  const cpuNow = process.cpuUsage(lastCpu);
  phases[name] = { wall: Number(((now - lastWall) / 1000).toFixed(2)), cpu: Number(((cpuNow.user + cpuNow.system) / 1e6).toFixed(2)) };
  lastWall = now;
  lastCpu = process.cpuUsage();
};
const out = reconcile(mentions, { passageText, decisions: level, onPhase });
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const peak = process.resourceUsage().maxRSS * 1024;

// pair precision/recall against the generated truth (pairs within records and within grants)
const recordOf = new Int32Array(mentions.length).fill(-1);
out.projects.forEach((p, k) => { for (const id of p.mentions) recordOf[Number(id.slice(1))] = k; });
const count = (keyOf) => {
  const groups = new Map();
  for (let i = 0; i < mentions.length; i++) {
    const k = keyOf(i);
    if (k < 0) continue;
    const g = groups.get(k);
    if (g) g.push(i); else groups.set(k, [i]);
  }
  return groups;
};
let tp = 0, sys = 0, gold = 0;
for (const g of count((i) => recordOf[i]).values()) {
  sys += (g.length * (g.length - 1)) / 2;
  for (let a = 0; a < g.length; a++) for (let b = a + 1; b < g.length; b++) if (truth[g[a]] === truth[g[b]]) tp++;
}
for (const g of count((i) => truth[i]).values()) gold += (g.length * (g.length - 1)) / 2;
if (process.env.BENCH_DEBUG) {
  const { formatExplanation } = await import("../dist/index.js");
  let shown = 0;
  for (const d of out.decisions) {
    const a = Number(d.a.slice(1)), b = Number(d.b.slice(1));
    if (d.merged && truth[a] !== truth[b] && shown++ < 4) console.log(formatExplanation(d), "\n");
  }
  const { explain } = await import("../dist/index.js");
  shown = 0;
  for (let i = 0; i < mentions.length && shown < 6; i++) {
    for (let j = i + 1; j < Math.min(mentions.length, i + 400); j++) {
      if (truth[i] === truth[j] && recordOf[i] !== recordOf[j]) {
        shown++;
        console.log("MISSED", formatExplanation(explain(mentions[i], mentions[j], { passageText })), "\n");
        break;
      }
    }
  }
}
const gb = (x) => `${(x / 1024 ** 3).toFixed(2)} GB`;
console.log(JSON.stringify({
  mentions: N, decisionLevel: level, organisations: ORG_COUNT, grants: grant, records: out.projects.length, decisions: out.decisions.length,
  messages: out.messages.length, seconds: Number(seconds.toFixed(2)), cpuSeconds: Number(cpuSeconds.toFixed(2)), peakRss: gb(peak), rssBeforeReconcile: gb(rssBefore),
  pair_p: Number((tp / Math.max(1, sys)).toFixed(4)), pair_r: Number((tp / Math.max(1, gold)).toFixed(4)),
}));
if (args.includes("--phases")) console.log(JSON.stringify(phases));
