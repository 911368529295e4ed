// Money benchmark. Prints figures; asserts nothing (the tests assert).
//
//   cd /work/main && npx tsc -b packages/money && node packages/money/bench/bench.mjs [--mb 20] [--explain]
//
// 1. Throughput of @fundtrace/money on ~20 MB of generated announcement-like text (deterministic),
//    and of compromise's nlp(text).money() on a smaller slice of the same text.
// 2. Accuracy on the seed gold, Duckling's EN corpus and Recognizers-Text's GBP cases, for both.
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import nlp from "compromise";
import { findMoney } from "../dist/index.js";
import { ducklingPasses } from "./peer-scoring.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const explain = process.argv.includes("--explain");
const megabytes = arg("mb", 20);
const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const json = (p) => JSON.parse(readFileSync(p, "utf8"));

// ---------- generated corpus: announcement-like sentences with amounts in the seeds' styles ----------
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const rand = rng(20240601);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const orgs = ["Northshire County Council", "The Harbour Trust", "Westford Borough", "Family Links Charity", "Riverside NHS Foundation Trust", "Eastgate City Council", "The Kinship Network"];
const verbs = ["has been awarded", "will receive", "is granted", "gets", "has secured"];
const aims = ["to expand family support", "to pilot a new model of care", "to train social workers", "over two years to reduce placements", "to test a kinship care approach"];
const filler = ["The programme was announced on 25 November 2020.", "Call 0207 946 0000 for details.", "Around 40% of councils applied.", "Up to 700 young people aged 11-24 will benefit.", "Section 17 support continues in Round 2."];
function amount() {
  const whole = 1 + Math.floor(rand() * 999);
  const dec = rand() < 0.6 ? `.${Math.floor(rand() * 100)}` : "";
  const styles = [
    () => `£${whole}${dec}m`, () => `(£${whole}k)`, () => `Up to £${whole}${dec}m`, () => `£${whole}${dec} million`,
    () => `nearly £${whole}m`, () => `£${whole},${String(Math.floor(rand() * 1000)).padStart(3, "0")}`,
    () => `£${whole},000 - £${whole + 5},000`, () => `(${whole}k)`, () => `£${(whole % 9) + 1}-${(whole % 9) + 3}m`,
  ];
  return pick(styles)();
}
function generate(bytes) {
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const s = rand() < 0.7 ? `${pick(orgs)} ${pick(verbs)} ${amount()} ${pick(aims)}.` : pick(filler);
    parts.push(s);
    size += s.length + 1;
  }
  return parts.join(rand() < 0.5 ? "\n" : " ");
}
const corpus = generate(megabytes * 1e6);
// Documents of ~30 KB, the size of a long announcement page.
const docs = [];
for (let i = 0; i < corpus.length; i += 30_000) docs.push(corpus.slice(i, i + 30_000));

function timeIt(finder, texts) {
  const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
  let found = 0;
  const t0 = performance.now();
  for (const t of texts) found += finder(t).length;
  const seconds = (performance.now() - t0) / 1000;
  return { mb: bytes / 1e6, seconds, mbPerS: bytes / 1e6 / seconds, found };
}

// ---------- the two parsers ----------
const ours = (text) => findMoney(text, { defaultCurrency: "GBP" });
// compromise's `num` ignores a written multiplier ("£1.7m" → 1.7), so apply it for the accuracy figures.
const MULT = [[/(?:bn|billion)\b/i, 1e9], [/(?:m|mn|million)\b/i, 1e6], [/(?:k|thousand)\b/i, 1e3]];
function theirs(text) {
  return nlp(text).money().json({ offset: true }).map((m) => {
    const raw = m.money?.num ?? NaN;
    const tail = m.text.replace(/^[^\d]*[\d.,]+\s*/, "");
    const factor = MULT.find(([re]) => re.test(tail))?.[1] ?? 1;
    return { start: m.offset.start, end: m.offset.start + m.offset.length, value: raw * factor, text: m.text, kind: "single", qualifier: "exact", currency: null };
  });
}

console.log(`generated corpus: ${(corpus.length / 1e6).toFixed(1)} MB in ${docs.length} documents of ~30 KB`);
ours(docs[0]);
const a = timeIt(ours, docs);
console.log(`@fundtrace/money  ${a.mbPerS.toFixed(2)} MB/s  (${a.mb.toFixed(1)} MB in ${a.seconds.toFixed(2)} s, ${a.found} amounts)`);
const slice = docs.slice(0, Math.max(1, Math.round(docs.length / 200)));
theirs(slice[0]);
const b = timeIt(theirs, slice);
console.log(`compromise        ${b.mbPerS.toFixed(2)} MB/s  (${b.mb.toFixed(2)} MB slice in ${b.seconds.toFixed(2)} s, ${b.found} amounts)`);

// ---------- accuracy ----------
const seedsDir = here("../../../seeds/");
const shared = here("../../../../shared/");
const seedDocs = new Map(readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).map((f) => [f.replace(/\.txt$/, ""), readFileSync(seedsDir + f, "utf8")]));
const gold = json(shared + "eval/gold/seeds.json");
const mentions = gold.projects.flatMap((p) => p.mentions).filter((m) => m.amount && m.quote);
const duck = json(shared + "data/peer-money/duckling-en-money-cases.json");
const rec = json(shared + "data/peer-money/currency-gbp-cases.json");
const pct = (n, d) => `${((100 * n) / d).toFixed(1)}%`;

for (const [name, finder, isOurs] of [["@fundtrace/money", ours, true], ["compromise (multiplier-adapted)", theirs, false]]) {
  const perDoc = new Map([...seedDocs].map(([id, t]) => [id, finder(t)]));
  let seedOk = 0;
  const seedMiss = [];
  for (const m of mentions) {
    const at = seedDocs.get(m.doc).indexOf(m.quote);
    const hit = perDoc.get(m.doc).find((x) => x.start < at + m.quote.length && x.end > at && Math.abs(x.value - m.amount.value) <= 0.005 * m.amount.value);
    if (hit && (!isOurs || hit.qualifier === m.amount.qualifier)) seedOk++;
    else seedMiss.push(m.quote);
  }
  const duckFails = duck.cases.filter((c) => !ducklingPasses(isOurs ? c : { ...c, currency: "Unnamed", kind: "simple", value: c.value ?? c.max ?? c.min }, finder(c.input)));
  const negOk = duck.negative.filter((t) => finder(t).length === 0).length;
  let recOk = 0, recN = 0;
  for (const c of rec.cases) for (const e of c.expected) {
    recN++;
    const want = Number(e.value) * (/^(?:Pence|Penny)$/.test(e.unit) ? 0.01 : 1);
    if (finder(c.input).some((x) => x.start === e.start && x.end === e.end + 1 && Math.abs(x.value - want) < 1e-9)) recOk++;
  }
  console.log(`\n${name}`);
  console.log(`  seed gold     ${pct(seedOk, mentions.length)} (${seedOk}/${mentions.length}) value${isOurs ? " + qualifier" : ""}`);
  console.log(`  duckling      ${pct(duck.cases.length - duckFails.length, duck.cases.length)} (${duck.cases.length - duckFails.length}/${duck.cases.length})${isOurs ? " value + currency + interval" : " value only"}, negatives ${negOk}/${duck.negative.length}`);
  console.log(`  recognizers   ${recOk}/${recN} span + value`);
  if (explain && isOurs) {
    for (const q of seedMiss) console.log(`    seed miss: ${JSON.stringify(q)}`);
    for (const c of duckFails) console.log(`    duckling miss: ${c.kind}/${c.currency} ${JSON.stringify(c.input)} → ${finder(c.input).map((x) => `${x.text}=${x.value} ${x.currency} ${x.kind} ${x.qualifier}`).join("; ") || "nothing"}`);
  }
}
