#!/usr/bin/env node
// Where the time goes: runs a command under `node --cpu-prof` and lists the functions with the
// most self time, mapped to their TypeScript source lines, and the files with the most.
//   node scripts/bench/profile.mjs extract [MB]     one-thread streaming extraction
//   node scripts/bench/profile.mjs seeds            `pipeline seeds` (the whole CLI process)
//   node scripts/bench/profile.mjs pipeline DIR     `pipeline DIR` (e.g. a generated corpus)
//   node scripts/bench/profile.mjs dedupe N         the dedupe package's benchmark on N mentions
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { cliBin, dedupeBench, root } from "./paths.mjs";
import { run } from "./run.mjs";
import { original } from "./sourcemap.mjs";

/** "packages/extract", "compromise", "node:internal", "(native)" … for a file. */
function packageOf(file) {
  if (!file) return "(native: GC, idle, builtins)";
  const nm = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (nm) return nm[1];
  const pk = /^packages\/([^/]+)/.exec(file);
  if (pk) return `packages/${pk[1]}`;
  if (file.startsWith("node:")) return "node internals (module loading, fs, …)";
  return file;
}

export async function profile(target, arg = 5, top = 25) {
  const dir = mkdtempSync(join(tmpdir(), "fundtrace-prof-"));
  const args = target === "seeds" || target === "pipeline"
    ? [cliBin, "pipeline", target === "seeds" ? join(root, "seeds") : String(arg), "--out", join(dir, "out"), "--quiet"]
    : target === "dedupe"
      ? ["--max-old-space-size=6144", dedupeBench, String(arg)]
      : [fileURLToPath(new URL("./stream-extract.mjs", import.meta.url)), "--bytes", String(Number(arg) * 1e6)];
  const r = await run(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${dir}`, "--cpu-prof-interval=200", ...args], { cwd: root, quietStderr: true });
  // one profile per thread (the CLI extracts in worker threads): all of them count
  const profiles = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile")).map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")));
  if (!profiles.length) throw new Error(`no profile written (exit ${r.code}): ${r.stderr.slice(-300)}`);
  rmSync(dir, { recursive: true, force: true });
  const byId = new Map(), parent = new Map(), selfUs = new Map();
  profiles.forEach((prof, t) => {
    const id = (n) => `${t}:${n}`;
    for (const n of prof.nodes) {
      byId.set(id(n.id), n);
      for (const c of n.children ?? []) parent.set(id(c), id(n.id));
    }
    // the time of each sample goes to the node sampled (self time); idle threads do not count
    for (let i = 0; i < prof.samples.length; i++) {
      const n = id(prof.samples[i]);
      if (byId.get(n).callFrame.functionName === "(idle)") continue;
      selfUs.set(n, (selfUs.get(n) ?? 0) + (prof.timeDeltas[i + 1] ?? prof.timeDeltas[i] ?? 0));
    }
  });
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const keyCache = new Map();
  const keyOf = (id) => {
    let k = keyCache.get(id);
    if (k) return k;
    const cf = byId.get(id).callFrame;
    let where = "(native)", file = null;
    if (cf.url) {
      const o = original(cf.url, cf.lineNumber, cf.columnNumber);
      file = relative(root, o.file);
      where = `${file}:${o.line}`;
    }
    k = { fn: `${cf.functionName || "(anonymous)"} ${where}`, file, pkg: packageOf(file ?? cf.url ?? "") };
    keyCache.set(id, k);
    return k;
  };
  const fns = new Map(), files = new Map(), pkgs = new Map(), inclusive = new Map();
  for (const [id, us] of selfUs) {
    const k = keyOf(id);
    fns.set(k.fn, (fns.get(k.fn) ?? 0) + us);
    if (k.file) files.set(k.file, (files.get(k.file) ?? 0) + us);
    pkgs.set(k.pkg, (pkgs.get(k.pkg) ?? 0) + us);
    // inclusive time: once per distinct function on the stack
    const seen = new Set();
    for (let n = id; n !== undefined; n = parent.get(n)) {
      const f = keyOf(n).fn;
      if (seen.has(f)) continue;
      seen.add(f);
      inclusive.set(f, (inclusive.get(f) ?? 0) + us);
    }
  }
  const pct = (us) => `${((100 * us) / total).toFixed(1)}%`;
  return {
    target, seconds: r.seconds, totalMs: total / 1000, threads: profiles.length,
    functions: [...fns].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, us]) => ({ self: pct(us), ms: Math.round(us / 1000), at: k })),
    files: [...files].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, us]) => ({ self: pct(us), ms: Math.round(us / 1000), file: k })),
    packages: [...pkgs].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, us]) => ({ self: pct(us), ms: Math.round(us / 1000), pkg: k })),
    inclusive: [...inclusive].filter(([k]) => /packages\//.test(k) && !/node_modules/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, us]) => ({ total: pct(us), ms: Math.round(us / 1000), at: k })),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = process.argv[2] ?? "extract";
  const p = await profile(target, process.argv[3] ?? 5);
  console.log(`${target}: ${p.seconds.toFixed(2)} s wall, ${Math.round(p.totalMs)} ms busy in ${p.threads} thread(s)\n\nself time by function`);
  for (const f of p.functions) console.log(`  ${f.self.padStart(6)} ${String(f.ms).padStart(6)} ms  ${f.at}`);
  console.log("\nself time by file");
  for (const f of p.files) console.log(`  ${f.self.padStart(6)} ${String(f.ms).padStart(6)} ms  ${f.file}`);
  console.log("\nself time by package");
  for (const f of p.packages) console.log(`  ${f.self.padStart(6)} ${String(f.ms).padStart(6)} ms  ${f.pkg}`);
  console.log("\ntotal (inclusive) time by function of this repository");
  for (const f of p.inclusive) console.log(`  ${f.total.padStart(6)} ${String(f.ms).padStart(6)} ms  ${f.at}`);
}
