#!/usr/bin/env node
// Speed and scale benchmark (`pnpm bench`, which builds first). Prints one table, or JSON with --json.
//
//   node scripts/bench.mjs [--quick] [--json] [--stream-gb N] [--mb N] [--warm-mb N] [--docs N] [--seed N]
//                          [--compromise-mb N] [--dedupe-sizes 10000,100000,1000000] [--dedupe-repeats 3]
//                          [--throughput-repeats 5] [--keep]
//                          [--only seeds,throughput,compromise,memory,dedupe,accuracy]
// (through pnpm: `pnpm bench -- --quick`). Hot spots: node scripts/bench/profile.mjs extract|seeds|dedupe N|pipeline DIR
//
// Extraction throughput on generated text (one worker thread, then one per core, each after a
// warm-up on other text so the figures are a long run's steady state; the cold figures are shown
// too; one thread and all workers alternate, five times each, and each keeps its best run, as
// the other timings do, since a neighbour on this shared machine can take a core for a minute;
// before each pair, what the machine itself gives all threads over one on two fixed loops),
// compromise on a
// slice of the same text, peak memory while streaming documents through extraction, the
// deduplicator at 10k/100k/1M mentions (each in its own process), accuracy of the whole pipeline
// on a generated corpus scored by ../shared/eval/score.mjs, and the wall time of `pnpm pipeline`
// on the seeds. Progress goes to stderr. MB are 10^6 bytes of UTF-8 text.
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { accuracy } from "./bench/accuracy.mjs";
import { capacity } from "./bench/capacity.mjs";
import { compareWithCompromise } from "./bench/compromise.mjs";
import { dedupeAt, dedupeInTurn } from "./bench/dedupe.mjs";
import { cliBin, root } from "./bench/paths.mjs";
import { loadAverage } from "./bench/rss.mjs";
import { lastJson, run } from "./bench/run.mjs";
import { f2, f3, formatTable, mb } from "./bench/table.mjs";
import { extractThroughput } from "./bench/throughput.mjs";

const args = process.argv.slice(2);
const flag = (k) => args.includes(k);
const opt = (k, d) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
const quick = flag("--quick");
const json = flag("--json");
const seed = Number(opt("--seed", 7));
const bytes = Number(opt("--mb", quick ? 5 : 50)) * 1e6;
const warmBytes = Number(opt("--warm-mb", quick ? 1 : 20)) * 1e6;
const streamBytes = flag("--stream-gb") ? Number(opt("--stream-gb")) * 1e9 : bytes;
const compromiseBytes = Number(opt("--compromise-mb", quick ? 0.25 : 2)) * 1e6;
const accuracyDocs = Number(opt("--docs", quick ? 1000 : 10000));
const dedupeSizes = String(opt("--dedupe-sizes", quick ? "10000,100000" : "10000,100000,1000000")).split(",").map(Number);
// each dedupe size runs this many times (fresh processes) and reports its best time; 100k and 1M in turn
const dedupeRepeats = Number(opt("--dedupe-repeats", quick ? 1 : 3));
// one thread and all workers run alternately this many times each, each keeping its best run
const throughputRepeats = Math.max(1, Number(opt("--throughput-repeats", quick ? 1 : 5)));
const only = new Set(String(opt("--only", "seeds,throughput,compromise,memory,dedupe,accuracy")).split(","));
const cores = availableParallelism();
const log = (s) => process.stderr.write(`${s}\n`);
const loads = [];
const noteLoad = (what) => { const l = loadAverage(); loads.push({ what, load: l }); return l; };

const results = { options: { quick, seed, bytes, warmBytes, streamBytes, compromiseBytes, accuracyDocs, dedupeSizes, dedupeRepeats, cores }, node: process.version };
const tmp = mkdtempSync(join(tmpdir(), "fundtrace-bench-"));

try {
  if (only.has("seeds")) {
    log("seeds: `pipeline seeds` wall time, best of 3");
    noteLoad("seeds");
    const times = [], cpu = [];
    for (let i = 0; i < 3; i++) {
      const r = await run(process.execPath, [cliBin, "pipeline", join(root, "seeds"), "--out", join(tmp, `seeds-${i}`), "--quiet"], { cwd: root, quietStderr: true });
      if (r.code !== 0) { results.seeds = { error: r.stderr.slice(0, 300) }; break; }
      times.push(r.seconds);
      cpu.push(r.rss.cpu);
    }
    if (times.length) results.seeds = { best: Math.min(...times), runs: times, cpuSeconds: cpu };
  }

  if (only.has("throughput")) {
    const one = [];
    const all = [];
    results.machine = [];
    for (let r = 1; r <= throughputRepeats; r++) {
      const of = throughputRepeats > 1 ? ` (run ${r} of ${throughputRepeats})` : "";
      if (cores >= 2) {
        // what the machine itself gives all threads over one just now, outside our code
        const m = await capacity(cores);
        results.machine.push(m);
        log(`machine: ${cores} threads / 1 on an integer loop ${f2(m.compute)}x, on random memory reads ${f2(m.memory)}x`);
      }
      log(`throughput: extraction on ${mb(bytes)} of generated text, one worker thread, after ${mb(warmBytes)} of warm-up${of}`);
      noteLoad("one thread");
      one.push(await extractThroughput({ seed, bytes, count: 1, warmBytes }));
      log(`  ${f2(one[one.length - 1].mbPerSecond)} MB/s`);
      log(`throughput: the same text over ${cores} worker threads${of}`);
      noteLoad("all workers");
      all.push(await extractThroughput({ seed, bytes, count: cores, warmBytes }));
      log(`  ${f2(all[all.length - 1].mbPerSecond)} MB/s`);
    }
    const best = (runs) => ({ ...runs.reduce((a, b) => (b.mbPerSecond > a.mbPerSecond ? b : a)), runs: runs.map((r) => r.mbPerSecond) });
    results.oneThread = best(one);
    results.allWorkers = best(all);
  }

  if (only.has("compromise")) {
    log(`compromise: nlp(text).organizations() and .money() on ${mb(compromiseBytes)} of the same text, after ${mb(Math.min(10e6, bytes / 5))} of warm-up`);
    noteLoad("compromise");
    results.compromise = await compareWithCompromise({ seed, bytes: compromiseBytes, skip: Math.min(10e6, bytes / 5) });
    log(`  compromise ${f3(results.compromise.compromise.mbPerSecond)} MB/s, ours ${f2(results.compromise.ours.mbPerSecond)} MB/s`);
  }

  if (only.has("memory")) {
    log(`memory: streaming ${mb(streamBytes)} through one-thread extraction in a child process`);
    noteLoad("memory");
    const r = await run(process.execPath, ["--expose-gc", fileURLToPath(new URL("./bench/stream-extract.mjs", import.meta.url)), "--bytes", String(streamBytes), "--seed", String(seed)], { cwd: root });
    const j = lastJson(r.stdout);
    results.memory = j ? { ...j, sampledPeakRss: r.rss.peak, kernelPeakRss: r.rss.hwm, processSeconds: r.seconds } : { error: r.stderr.slice(-300) };
  }

  if (only.has("dedupe")) {
    results.dedupe = [];
    // 100k and 1M (the growth bar) run in turn; any other size on its own
    const inTurn = dedupeSizes.includes(1e5) && dedupeSizes.includes(1e6);
    for (const n of dedupeSizes) {
      if (inTurn && n === 1e6) continue;
      noteLoad(`dedupe ${n}`);
      if (inTurn && n === 1e5) results.dedupe.push(...(await dedupeInTurn(1e5, 1e6, log, dedupeRepeats)));
      else results.dedupe.push(await dedupeAt(n, log, dedupeRepeats));
    }
  }

  if (only.has("accuracy")) {
    log(`accuracy: pipeline + scorer on ${accuracyDocs} generated documents`);
    noteLoad("accuracy");
    results.accuracy = await accuracy({ seed, documents: accuracyDocs, tmp: join(tmp, "accuracy"), log });
  }
} finally {
  if (!flag("--keep")) rmSync(tmp, { recursive: true, force: true });
  else log(`kept ${tmp}`);
}
results.loadAverage = loads;

// ---------- the table ----------
const rows = [];
const R = results;
if (R.oneThread) {
  const warmed = R.options.warmBytes > 0 ? `, after ${mb(R.options.warmBytes)} warm-up` : "";
  const runsOf = (r) => (r.runs?.length > 1 ? ` (best of ${r.runs.map(f2).join(", ")})` : "");
  rows.push({ measure: `extraction, 1 thread (${mb(R.oneThread.bytes)}, ${R.oneThread.docs} docs${warmed})`, value: `${f2(R.oneThread.mbPerSecond)} MB/s${runsOf(R.oneThread)}`, bar: ">= 4 MB/s", ok: R.oneThread.mbPerSecond >= 4 });
  rows.push({ measure: `  per CPU second (process CPU while extracting)`, value: `${f2(R.oneThread.bytes / 1e6 / R.oneThread.cpuSeconds)} MB/s`, bar: "" });
  rows.push({ measure: `extraction, ${R.allWorkers.workers} worker threads (same text)`, value: `${f2(R.allWorkers.mbPerSecond)} MB/s (CPU ${f2(R.allWorkers.cpuSeconds / R.allWorkers.seconds)} cores busy)${runsOf(R.allWorkers)}`, bar: "" });
  const ratio = R.allWorkers.mbPerSecond / R.oneThread.mbPerSecond;
  rows.push({ measure: `  all workers / one thread`, value: `${f2(ratio)}x`, bar: cores >= 2 ? ">= 1.7x" : "", ok: cores >= 2 ? ratio >= 1.7 : null });
  if (R.machine?.length) rows.push({ measure: `  the machine: ${cores} threads / 1, integer loop; memory reads`, value: `${R.machine.map((m) => f2(m.compute)).join(", ")}x; ${R.machine.map((m) => f2(m.memory)).join(", ")}x (before each run)`, bar: "" });
  if (R.options.warmBytes > 0) {
    const cold = (r) => r.warmUp.map((w) => f2(w.mbPerSecond)).join(" + ");
    rows.push({ measure: `  warm-up (cold code, ${mb(R.options.warmBytes)} per worker): 1 thread / each worker`, value: `${cold(R.oneThread)} / ${cold(R.allWorkers)} MB/s`, bar: "" });
  }
}
if (R.compromise) {
  const c = R.compromise;
  rows.push({ measure: `compromise nlp + organizations + money (${mb(c.bytes)} slice at ${mb(c.offset)})`, value: `${f3(c.compromise.mbPerSecond)} MB/s`, bar: "" });
  rows.push({ measure: `  ours on the same slice`, value: `${f2(c.ours.mbPerSecond)} MB/s${c.ours.runs ? ` (best of ${c.ours.runs.map(f2).join(", ")}: before compromise, then twice after)` : ""}`, bar: "" });
  const same = c.ours.mbPerSecond / c.compromise.mbPerSecond;
  rows.push({ measure: `  ours / compromise (same slice)`, value: `${f2(same)}x`, bar: ">= 16x", ok: same >= 16 });
  if (R.oneThread) rows.push({ measure: `  ours (1 thread, ${mb(R.oneThread.bytes)}) / compromise`, value: `${f2(R.oneThread.mbPerSecond / c.compromise.mbPerSecond)}x`, bar: ">= 16x", ok: R.oneThread.mbPerSecond / c.compromise.mbPerSecond >= 16 });
}
if (R.memory && !R.memory.error) {
  const m = R.memory;
  const peak = Math.max(m.sampledPeakRss ?? 0, m.peakRss ?? 0);
  rows.push({ measure: `extraction streaming ${mb(m.bytes)}: peak RSS (sampled)`, value: `${(peak / 1e6).toFixed(0)} MB`, bar: "< 300 MB", ok: peak < 300e6 });
  rows.push({ measure: `  kernel high-water mark (VmHWM / maxRSS)`, value: `${(Math.max(m.kernelPeakRss ?? 0, m.maxRss ?? 0) / 1e6).toFixed(0)} MB`, bar: "< 300 MB", ok: Math.max(m.kernelPeakRss ?? 0, m.maxRss ?? 0) < 300e6 });
  rows.push({ measure: `  RSS at 10% / 50% / 100% of the stream`, value: [0, 4, 9].map((i) => m.checkpoints[i]?.rssMb ?? "-").join(" / ") + " MB", bar: "flat" });
  if (m.checkpoints.some((c) => c.arrayBuffersMb != null)) rows.push({ measure: `  typed arrays' memory at 10% / 50% / 100%`, value: [0, 4, 9].map((i) => m.checkpoints[i]?.arrayBuffersMb ?? "-").join(" / ") + " MB", bar: "" });
  const live = m.checkpoints.filter((c) => c.liveMb != null);
  if (live.length >= 2) rows.push({ measure: `  live heap after a full GC at ${live[0].mb} MB / ${live[live.length - 1].mb} MB`, value: `${live[0].liveMb} / ${live[live.length - 1].liveMb} MB`, bar: "flat" });
  rows.push({ measure: `  streaming throughput (wall / CPU)`, value: `${f2(m.mbPerSecond)} / ${f2(m.mbPerCpuSecond)} MB/s`, bar: "" });
}
if (R.dedupe) {
  for (const d of R.dedupe) {
    if (d.error) { rows.push({ measure: `dedupe ${d.mentions.toLocaleString("en-GB")} mentions`, value: d.error }); continue; }
    const big = d.mentions >= 1e6;
    rows.push({
      measure: `dedupe ${d.mentions.toLocaleString("en-GB")} mentions: time / peak RSS`,
      value: `${f2(d.seconds)} s${d.cpuSeconds != null ? ` (cpu ${f2(d.cpuSeconds)} s)` : ""} / ${(d.peakRss / 1e9).toFixed(2)} GB${d.runs?.length > 1 ? ` (best of ${d.runs.map(f2).join(", ")} s)` : ""}`,
      bar: big ? "< 60 s, < 4 GB" : "", ok: big ? d.seconds < 60 && d.peakRss < 4e9 : null,
    });
  }
  const a = R.dedupe.find((d) => d.mentions === 1e5 && !d.error), b = R.dedupe.find((d) => d.mentions === 1e6 && !d.error);
  if (a && b) rows.push({ measure: `  time 1M / 100k (best / best${b.pairs ? ", the two sizes run in turn" : ""})`, value: `${f2(b.seconds / a.seconds)}x${b.pairs ? ` (run by run: ${b.pairs.map(f2).join(", ")})` : ""}`, bar: "<= 12x", ok: b.seconds / a.seconds <= 12 });
  if (a?.phases && b?.phases) rows.push({ measure: `  growth 100k -> 1M by phase (wall)`, value: Object.keys(b.phases).filter((k) => a.phases[k]?.wall > 0).map((k) => `${k} ${f2(b.phases[k].wall / a.phases[k].wall)}x`).join(", ") });
}
if (R.accuracy) {
  const A = R.accuracy;
  if (A.error || A.note) rows.push({ measure: `accuracy on ${A.documents} generated docs`, value: A.error ?? A.note });
  if (A.pipeline) rows.push({ measure: `pipeline on ${A.documents} generated docs (${mb(A.bytes)}): wall / CPU / peak RSS`, value: `${f2(A.pipeline.seconds)} s / ${f2(A.pipeline.cpuSeconds)} s / ${(A.pipeline.peakRss / 1e6).toFixed(0)} MB`, bar: "" });
  if (A.scoreSeconds) rows.push({ measure: `  scorer time`, value: `${f2(A.scoreSeconds)} s` });
  if (A.figures) {
    const F = A.figures;
    rows.push({ measure: `  mentions P / R / F1 (funding)`, value: `${f3(F.mention_p)} / ${f3(F.mention_r)} / ${f3(F.mention_f1)}` });
    rows.push({ measure: `  references found / negatives hit`, value: `${f3(F.reference_r)} / ${F.negatives_hit}` });
    rows.push({ measure: `  amount / qualifier / org F1 (exact) / name / places R`, value: `${f3(F.amount_acc)} / ${f3(F.qualifier_acc)} / ${f3(F.org_f1)} (${f3(F.org_exact)}) / ${f3(F.name_acc)} / ${f3(F.place_r)}` });
    rows.push({ measure: `  pairs P / R / F1`, value: `${f3(F.pair_p)} / ${f3(F.pair_r)} / ${f3(F.pair_f1)}` });
    rows.push({ measure: `  projects exactly right`, value: `${f3(F.projects_exact)} of ${F.goldProjects}` });
  }
}
if (R.seeds) {
  rows.push(R.seeds.error
    ? { measure: "pipeline seeds (wall)", value: R.seeds.error }
    : { measure: "pipeline seeds: wall time, best of 3", value: `${f2(R.seeds.best)} s (${R.seeds.runs.map(f2).join(", ")}; CPU ${R.seeds.cpuSeconds.map(f2).join(", ")} s)`, bar: "< 1.5 s", ok: R.seeds.best < 1.5 });
}
rows.push({ measure: "load average (1 min) at each step", value: loads.map((l) => l.load).join(", ") + ` on ${cores} cores` });

if (json) console.log(JSON.stringify(results, null, 2));
else {
  console.log(formatTable(rows));
  if (R.accuracy?.errors) {
    const E = R.accuracy.errors;
    const show = (title, list) => {
      console.log(`\n${title}`);
      for (const c of list) console.log(`  ${String(c.count).padStart(5)}  ${c.key}\n         e.g. ${c.examples.join("\n              ")}`);
    };
    show("accuracy: missed gold mentions, by template", E.missed);
    show("accuracy: spurious mentions, by document style", E.spurious);
    show("accuracy: field errors, by field and template", E.fields);
    show("accuracy: records not exactly right, by reason", E.projects);
  }
}
