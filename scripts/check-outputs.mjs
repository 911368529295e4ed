#!/usr/bin/env node
// Validates a run's outputs against the committed JSON Schemas (ajv) and, given a second folder,
// checks that the two runs agree byte for byte (run.json compared without its timings).
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { createValidator, committedSchemaUrl } from "../packages/contract/dist/index.js";

const [out, reference] = process.argv.slice(2);
if (!out) { console.error("usage: check-outputs.mjs OUT [REFERENCE_OUT]"); process.exit(2); }
const schema = (n) => JSON.parse(readFileSync(committedSchemaUrl(n), "utf8"));
const validate = createValidator({ mention: schema("mention"), projects: schema("projects"), run: schema("run") });
let failed = false;
const report = (what, r) => { if (!r.ok) { failed = true; console.error(`${what}: ${r.issues.slice(0, 5).map((i) => i.reason).join("; ")}`); } };
const lines = readFileSync(join(out, "mentions.jsonl"), "utf8").split("\n").filter((l) => l.trim());
lines.forEach((l, i) => report(`mentions.jsonl:${i + 1}`, validate("mention", JSON.parse(l))));
report("projects.json", validate("projects", JSON.parse(readFileSync(join(out, "projects.json"), "utf8"))));
report("run.json", validate("run", JSON.parse(readFileSync(join(out, "run.json"), "utf8"))));
console.log(`${lines.length} mentions, projects.json and run.json checked against the committed schemas`);
if (reference) {
  for (const f of ["mentions.jsonl", "projects.json", "projects.csv", "mentions.csv", "report.html", "360giving.json", "360giving.csv", "360giving-report.json", "run.json"]) {
    const a = join(out, f), b = join(reference, f);
    if (!existsSync(b)) { failed = true; console.error(`${f}: missing from ${reference}`); continue; }
    let x = readFileSync(a, "utf8"), y = readFileSync(b, "utf8");
    if (f === "run.json") { const strip = (s) => JSON.stringify({ ...JSON.parse(s), timings: null }); x = strip(x); y = strip(y); }
    if (x !== y) { failed = true; console.error(`${f}: differs from the committed output (run 'pnpm pipeline' and commit out/)`); }
  }
  if (!failed) console.log("outputs identical to the committed ones (run.json timings aside)");
}
process.exit(failed ? 1 : 0);
