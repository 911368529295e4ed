// Throughput of tokenise() on ~20 MB of generated announcement-like text.
// Run after building: cd /work/main && npx tsc -b packages/tokeniser && node packages/tokeniser/bench/bench.mjs [MB]
import { performance } from "node:perf_hooks";
import { tokenise } from "../dist/index.js";

const targetMB = Number(process.argv[2] ?? 20);

// Deterministic generator (mulberry32) so every run measures the same text.
let seed = 0x5eed;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

const names = ["Northshire County Council", "Barnardo’s", "Stoke-on-Trent City Council", "Catch22", "The Rivers Trust", "St Anne’s Hall", "Meadow Bees CIC", "University of Kent"];
const words = ["support", "young", "people", "care", "leavers", "families", "the", "and", "to", "with", "new", "model", "of", "practice", "in", "across", "local", "authorities", "evidence", "programme", "children’s", "social", "work", "e.g.", "Dr.", "U.K.", "co-operative", "well-being"];
const amounts = ["£1.97m", "£42,403", "(£3.26m)", "up to £1.1 m", "€2.5 million", "$450,000", "£600k"];
const spaces = [" ", " ", " ", " ", "\u00a0", "\u2009"];
const endings = ["\n", "\n", "\r\n", "\r"];
const junk = ["Job of the week", "£42,403 - £45,441", "Most popular articles today", "Share this page", "SWT_SideAd1.png", "Photo: pressmaster/Fotolia", "Related articles", "Sponsored Content", "Leave a comment", "top of page"];

function sentence() {
  const n = 8 + Math.floor(rand() * 18);
  const parts = [pick(names)];
  for (let i = 0; i < n; i++) parts.push(rand() < 0.08 ? pick(amounts) : pick(words));
  if (rand() < 0.05) parts.push(pick(["😀", "👍🏽", "🇬🇧"]));
  let s = "";
  for (const p of parts) s += (s ? pick(spaces) : "") + p;
  return s + pick([".", ".", ".", "!", "?", ": Evaluation Summary"]);
}

function block() {
  const r = rand();
  if (r < 0.1) return `Round ${1 + Math.floor(rand() * 4)} projects`;
  if (r < 0.2) return `${1 + Math.floor(rand() * 9)}) ${sentence()}`;
  if (r < 0.25) return pick(junk);
  let p = sentence();
  const n = Math.floor(rand() * 4);
  for (let i = 0; i < n; i++) p += " " + sentence();
  return p;
}

const chunks = [];
let length = 0;
const target = targetMB * 1024 * 1024;
while (length < target) {
  const b = block();
  const e = pick(endings);
  chunks.push(b, e, e);
  length += b.length + 2 * e.length;
}
const text = chunks.join("");
const bytes = Buffer.byteLength(text, "utf8");

tokenise(text.slice(0, 1_000_000)); // warm up
const runs = [];
const cpu = [];
let result;
for (let i = 0; i < 3; i++) {
  result = undefined; // let the previous result be collected before timing the next run
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  result = tokenise(text);
  runs.push((performance.now() - t0) / 1000);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1e6);
}
const best = Math.min(...runs);
const bestCpu = Math.min(...cpu);
const mb = bytes / 1024 / 1024;
console.log(
  `tokenise: ${mb.toFixed(1)} MB (${text.length.toLocaleString("en-GB")} UTF-16 units) → ${result.tokens.length.toLocaleString("en-GB")} tokens, ` +
    `${result.sentences.length.toLocaleString("en-GB")} sentences, ${result.blocks.length.toLocaleString("en-GB")} blocks`,
);
console.log(`best of ${runs.length}: ${best.toFixed(2)} s = ${(mb / best).toFixed(1)} MB/s wall (runs: ${runs.map((r) => r.toFixed(2)).join(", ")} s)`);
// CPU time counts every thread of the process (GC helpers too), so it is a conservative figure that a busy machine does not distort.
console.log(`CPU time: ${bestCpu.toFixed(2)} s = ${(mb / bestCpu).toFixed(1)} MB/s of CPU`);
