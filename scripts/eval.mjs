#!/usr/bin/env node
// Scores out/ against the gold annotations of the seeds with ../shared/eval/score.mjs.
// Extra arguments (--explain, --json, --min k=v) are passed to the scorer.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const shared = process.env.FUNDTRACE_SHARED ?? `${root}../shared`;
const scorer = `${shared}/eval/score.mjs`;
if (!existsSync(scorer)) {
  console.error(`No scorer at ${scorer}: the gold annotations live in ../shared/eval beside this repository.\nSet FUNDTRACE_SHARED to its folder to score elsewhere. The pipeline outputs are in out/.`);
  process.exit(0);
}
const r = spawnSync(process.execPath, [scorer, "--gold", `${shared}/eval/gold/seeds.json`, "--docs", `${root}seeds`, "--out", `${root}out`, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(r.status ?? 1);
