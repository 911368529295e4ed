// The deduplicator at several sizes, each in its own process so peak RSS is its own: the dedupe
// package's benchmark when it prints figures, else mentions from the corpus generator.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dedupeBench, root } from "./paths.mjs";
import { lastJson, run } from "./run.mjs";

const gb = (s) => (typeof s === "string" ? Number.parseFloat(s) * 1024 ** 3 : s);

/**
 * The deduplicator on `n` mentions, `repeats` times in fresh processes: the best time (the one
 * least disturbed by whatever else the machine was doing), every run's time, and the largest peak RSS.
 */
export async function dedupeAt(n, log, repeats = 1) {
  const runs = [];
  for (let k = 0; k < repeats; k++) {
    const r = await dedupeOnce(n, log);
    if (r.error) return r;
    runs.push(r);
  }
  return bestOf(runs);
}

/**
 * Two sizes run in turn, `repeats` times each (small, large, small, large, …), so both see the
 * same spells of a shared machine; each keeps its best run. `pairs` are the large/small ratios of
 * the runs made one after the other.
 */
export async function dedupeInTurn(small, large, log, repeats = 1) {
  const a = [], b = [];
  for (let k = 0; k < repeats; k++) {
    for (const [n, runs] of [[small, a], [large, b]]) {
      const r = await dedupeOnce(n, log);
      if (r.error) return [r];
      runs.push(r);
      log(`    ${r.seconds} s`);
    }
  }
  const pairs = a.map((r, k) => b[k].seconds / r.seconds);
  return [bestOf(a), { ...bestOf(b), pairs }];
}

/** The best (least disturbed) of several runs of one size, with every run's time and the largest peak RSS. */
function bestOf(runs) {
  const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  return { ...best, runs: runs.map((r) => r.seconds), peakRss: Math.max(...runs.map((r) => r.peakRss)) };
}

async function dedupeOnce(n, log) {
  const attempts = [];
  if (existsSync(dedupeBench)) attempts.push({ source: "packages/dedupe/bench/bench.mjs", args: [dedupeBench, String(n), "--phases"] });
  attempts.push({ source: "scripts/bench/dedupe-child.mjs (corpus mentions)", args: [fileURLToPath(new URL("./dedupe-child.mjs", import.meta.url)), String(n)] });
  for (const a of attempts) {
    log(`  dedupe: ${n.toLocaleString("en-GB")} mentions via ${a.source}`);
    const r = await run(process.execPath, ["--max-old-space-size=6144", ...a.args], { cwd: root, quietStderr: true });
    // the figures (the line with "seconds") and, when the benchmark gives them, the phases
    const lines = r.code === 0 ? r.stdout.trim().split("\n").map((l) => { try { return JSON.parse(l); } catch { return null; } }).filter(Boolean) : [];
    const j = lines.find((l) => typeof l.seconds === "number") ?? (r.code === 0 ? lastJson(r.stdout) : null);
    const phases = lines.find((l) => l !== j && typeof l === "object" && Object.values(l).every((v) => v && typeof v.wall === "number")) ?? null;
    if (j && typeof j.seconds === "number") {
      return {
        mentions: n, source: a.source, seconds: j.seconds, cpuSeconds: j.cpuSeconds ?? null,
        peakRss: gb(j.peakRss) ?? r.rss.hwm, sampledPeakRss: r.rss.peak, processSeconds: r.seconds,
        records: j.records ?? null, pair_p: j.pair_p ?? null, pair_r: j.pair_r ?? null, phases,
      };
    }
    log(`    (no figures: exit ${r.code}${r.stderr ? `, ${r.stderr.trim().split("\n").pop()}` : ""})`);
  }
  return { mentions: n, error: "no benchmark produced figures" };
}
