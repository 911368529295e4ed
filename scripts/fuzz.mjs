#!/usr/bin/env node
// Fuzzing: runs the property tests of packages/pipeline/test/properties (one file per stage) with a
// large budget and prints how many generated inputs each stage ran without a failure.
//
//   node scripts/fuzz.mjs [--minutes N] [--seed S]
//
// A short calibration run measures each property's speed; then one vitest run with
// FUNDTRACE_FUZZ_RUNS (and FUNDTRACE_FUZZ_RUNS_<STAGE> per stage) set is sized to fit the time
// left in N minutes (default 2), every stage getting the same share of the bar. The issue's bar is 100 000 inputs per stage without a failure: on a slow
// machine that needs more minutes (the figures say how many were reached). On a failure
// fast-check prints the shrunk counterexample and the seed to replay it (FUNDTRACE_FUZZ_SEED).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = fileURLToPath(new URL("..", import.meta.url));
const vitest = join(root, "node_modules/vitest/vitest.mjs");
const suite = "packages/pipeline/test/properties";
const BAR = 100_000;
const CALIBRATION_RUNS = 200;

const { values } = parseArgs({ options: { minutes: { type: "string", default: "2" }, seed: { type: "string" } } });
const minutes = Number(values.minutes);
if (!(minutes > 0)) { console.error(`fuzz: Expected --minutes to be a positive number, received ${JSON.stringify(values.minutes)}`); process.exit(2); }
const seed = values.seed ?? String(Math.floor(Math.random() * 2 ** 31));

function runVitest(runs, report, quiet, perStage = {}) {
  return new Promise((resolve) => {
    const env = { ...process.env, FUNDTRACE_FUZZ_RUNS: String(runs), ...perStage, FUNDTRACE_FUZZ_REPORT: report, FUNDTRACE_FUZZ_SEED: seed };
    const args = [vitest, "run", suite, ...(quiet ? ["--reporter=dot", "--silent"] : [])];
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit" });
    let output = "";
    child.stdout?.on("data", (d) => { output += d; });
    child.stderr?.on("data", (d) => { output += d; });
    child.on("exit", (code) => resolve({ code, output }));
  });
}

const readReport = (file) => (existsSync(file) ? readFileSync(file, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l)) : []);

const t0 = performance.now();
const dir = mkdtempSync(join(tmpdir(), "fundtrace-fuzz-"));
console.log(`fuzz: seed ${seed}, ${minutes} minute(s); calibrating with ${CALIBRATION_RUNS} inputs per property…`);
const calibration = join(dir, "calibration.jsonl");
const cal = await runVitest(CALIBRATION_RUNS, calibration, true);
const measured = readReport(calibration);
if (cal.code !== 0 || measured.some((r) => r.failed)) {
  console.error(cal.output);
  console.error("fuzz: the calibration run failed (above); fix that first");
  process.exit(1);
}

// Seconds per input of each stage when each of its properties runs one input; inputs per stage
// count every property's. Time is shared so that every stage gets the same share of the bar
// (100 000 inputs): all reach it when the minutes allow (time left over is shared equally, so
// fast stages run many more), else all reach the same fraction of it.
const stageCost = new Map();
for (const r of measured) {
  const c = stageCost.get(r.stage) ?? { s: 0, properties: 0 };
  c.s += Math.max(r.ms, 1) / 1000 / Math.max(r.runs, 1);
  c.properties++;
  stageCost.set(r.stage, c);
}
const workers = Math.max(1, Math.min(availableParallelism(), stageCost.size));
const available = minutes * 60 - (performance.now() - t0) / 1000 - 25; // vitest start-up and imports
const barSeconds = new Map([...stageCost].map(([stage, c]) => [stage, (BAR / c.properties) * c.s]));
const needed = [...barSeconds.values()].reduce((a, b) => a + b, 0);
const slowest = Math.max(...barSeconds.values());
const capacity = Math.max(0, Math.min(available * workers, (available * needed) / slowest) * 0.85);
// Up to the bar every stage gets the same share of it; time left over is shared equally.
const share = Math.min(1, capacity / needed);
const spare = Math.max(0, capacity - needed) / stageCost.size;
const env = {};
const planned = new Map();
for (const [stage, c] of stageCost) {
  const seconds = share * barSeconds.get(stage) + Math.min(spare, Math.max(0, available * 0.85 - barSeconds.get(stage)));
  const runs = Math.max(CALIBRATION_RUNS, Math.floor(seconds / c.s));
  env[`FUNDTRACE_FUZZ_RUNS_${stage.toUpperCase()}`] = String(runs);
  planned.set(stage, runs * c.properties);
}
console.log(`fuzz: planned inputs per stage: ${[...planned].map(([s, n]) => `${s} ${n.toLocaleString("en-GB")}`).join(", ")}…`);

const reportFile = join(dir, "report.jsonl");
const result = await runVitest(CALIBRATION_RUNS, reportFile, false, env);
const report = readReport(reportFile);
const stages = new Map();
for (const r of report) {
  const s = stages.get(r.stage) ?? { runs: 0, failed: false, ms: 0, properties: 0 };
  s.runs += r.runs;
  s.failed ||= r.failed;
  s.ms += r.ms;
  s.properties++;
  stages.set(r.stage, s);
}
console.log(`\nfuzz: generated inputs run without a failure, per stage (seed ${seed}, ${((performance.now() - t0) / 60000).toFixed(1)} min):`);
for (const [stage, s] of [...stages].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const mark = s.failed ? "FAILED" : s.runs >= BAR ? "ok" : `below ${BAR.toLocaleString("en-GB")}`;
  console.log(`  ${stage.padEnd(22)} ${s.runs.toLocaleString("en-GB").padStart(10)}  (${s.properties} propert${s.properties === 1 ? "y" : "ies"}, ${(s.ms / 1000).toFixed(0)} s)  ${mark}`);
}
const missing = [...stageCost.keys()].filter((s) => !stages.has(s));
for (const s of missing) console.log(`  ${s.padEnd(22)} no report (the run stopped early)`);
const failed = result.code !== 0 || [...stages.values()].some((s) => s.failed) || missing.length > 0;
process.exit(failed ? 1 : 0);
