#!/usr/bin/env node
// Streams generated documents through one-thread extraction without holding them, and reports
// time and memory as JSON: node [--expose-gc] scripts/bench/stream-extract.mjs --bytes N [--seed S] [--no-compromise]
import { benchDocuments } from "./corpus-text.mjs";
import { dist } from "./paths.mjs";

const args = process.argv.slice(2);
const opt = (k, d) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
const bytes = Number(opt("--bytes", 50e6));
const seed = Number(opt("--seed", 7));
const compromise = !args.includes("--no-compromise");

const { extractMentions } = await import(dist("extract"));
const { loadRegister, lookupCache } = await import(dist("pipeline"));
const lookupFor = lookupCache(await loadRegister());

const t0 = performance.now();
let extractMs = 0, cpuMicros = 0, total = 0, docs = 0, mentions = 0, peak = 0;
const checkpoints = [];
let next = bytes / 10;
for (const d of benchDocuments(seed, bytes)) {
  const s = performance.now(), c = process.cpuUsage();
  mentions += extractMentions({ id: d.id, text: d.text }, { lookupFor, compromise }).mentions.length;
  extractMs += performance.now() - s;
  const dc = process.cpuUsage(c);
  cpuMicros += dc.user + dc.system;
  total += d.bytes;
  docs++;
  const rss = docs % 4 === 0 || total >= next ? process.memoryUsage.rss() : 0;
  if (rss > peak) peak = rss;
  if (total >= next) {
    // the live heap (after a full GC) at the first and last checkpoints: what extraction keeps, as
    // opposed to what V8 lets the heap grow to between collections (run with --expose-gc)
    const first = checkpoints.length === 0, last = total >= bytes;
    let liveMb = null;
    if ((first || last) && typeof globalThis.gc === "function") { globalThis.gc(); liveMb = Math.round(process.memoryUsage().heapUsed / 1e6); }
    // typed arrays' memory lives outside the heap, freed only when a collection finds them dead
    const arrayBuffersMb = Math.round(process.memoryUsage().arrayBuffers / 1e6);
    checkpoints.push({ mb: Math.round(total / 1e6), rssMb: Math.round(rss / 1e6), peakMb: Math.round(peak / 1e6), liveMb, arrayBuffersMb });
    next += bytes / 10;
    process.stderr.write(`  stream: ${Math.round(total / 1e6)} MB, rss ${Math.round(rss / 1e6)} MB, ${(total / 1e6 / (extractMs / 1000)).toFixed(2)} MB/s\n`);
  }
}
console.log(JSON.stringify({
  bytes: total, docs, mentions,
  extractSeconds: extractMs / 1000, wallSeconds: (performance.now() - t0) / 1000,
  mbPerSecond: total / 1e6 / (extractMs / 1000),
  cpuSeconds: cpuMicros / 1e6, mbPerCpuSecond: total / 1e6 / (cpuMicros / 1e6),
  peakRss: peak, maxRss: process.resourceUsage().maxRSS * 1024, checkpoints,
}));
