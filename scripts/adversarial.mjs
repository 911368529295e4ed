#!/usr/bin/env node
// Linear-time check (a command, not a test): builds adversarial inputs of each kind (10 MB by
// default) and prints the seconds each takes through `runPipeline` with the real register, or with
// `--cli` through `runFiles` (what `fundtrace pipeline` runs): the file read, decoded, extracted,
// reconciled and every output written, as a user of the command line waits for it.
// Each kind runs in its own child process with a time limit, so one slow kind cannot stall the
// rest. "html-*" kinds go through htmlToText first (its time included). The bar: under 10 s per
// 10 MB input. Needs a build (`pnpm build`).
//
//   node scripts/adversarial.mjs [--mb 10] [--limit 120] [--kind NAME ...] [--profile DIR] [--cli]
//
// Exits 1 when a kind fails the bar, throws or runs out of time.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const here = fileURLToPath(import.meta.url);
const BAR_SECONDS_PER_10MB = 10;

/** Each kind: a unit repeated (or a generator) up to the size. */
const KINDS = {
  "pound-signs": () => "£",
  "open-parens": () => "((((",
  "one-comma-one": () => "1,",
  "digits-after-pound": (n) => `£${"9".repeat(n - 1)}`,
  "decimal-points": () => "1.",
  "capitals-run": (n) => "A".repeat(n),
  "capital-words": () => "ABCDEFGHIJ KLMNOP QRSTU COUNCIL ",
  "title-case-words": () => "Leeds Bristol Hackney Council Trust Foundation Partnership ",
  "combining-marks": () => "a\u0301\u0302\u0303\u0304",
  "right-to-left": () => "\u05e9\u05dc\u05d5\u05dd \u202e\u0645\u0631\u062d\u0628\u0627\u202c \u200f",
  "zero-width": () => "a\u200b\u200c\u200d\ufeff\u2060",
  "crlf-cr-mix": () => "Council\r\n£1m\r\rX\n\r \r\n\r\n",
  "newlines": () => "\n",
  "blank-lines-and-spaces": () => " \t\n\n \u00a0\n",
  "long-space-runs": () => `${" ".repeat(9999)}x`,
  "words-one-line": () => "lorem ipsum dolor sit amet ",
  "capitals-in-quotes": () => `Leeds City Council (£1.2m) to pilot ‘${"A".repeat(5000)}’\n\n`,
  "dots-before-recipient": () => `The Department awarded £1.4m to${".".repeat(5000)}Barnardo’s for the House Project.\n\n`,
  "tabs-in-list-entry": () => `1) Lighthouse Parenting Programme,${"\t".repeat(5000)}Bath Council – Working with parents\n\n`,
  "html-fragments": () => "<p>Leeds City Council (£1.2m) to pilot &amp; <b>test</b> a service</p>\n<div><ul><li>X &pound;5m",
  "html-unclosed-quotes": () => '<a href="x <b title=\'y ',
  "html-unclosed-tags": () => "<a <b <p ",
  "html-unclosed-comments": () => "<!-- x <script> ",
  "html-entities": () => "&pound;&#163;&#x1F600;&amp;&nbsp;&bogus;&#99999999;",
  "html-nested-lists": () => "<ol><li><ul><li>Leeds City Council (&pound;1m)",
  "prose-one-line": () => "Hackney council has been awarded £2 million to test a new approach. ",
  "prose-paragraphs": () => "Hackney council has been awarded £2 million to test a new approach.\n\n",
  "list-entries": () => "1) Leeds City Council (£1.2m) to pilot a new service\n",
  "colon-list": () => "Leeds City Council: Up to £1,200,000\n",
  "named-list-entries": () => "1) Leeds City Council (£1.2m) for the ‘Bright Futures’ project, with Bright Futures mentors\n",
  "amounts-one-line": () => "£1m £2m £3m up to £4m ",
  "amounts-own-lines": () => "£1m\n",
  "joint-recipients-one-line": () => "Leeds City Council and Hackney Council, Bristol City Council & ",
  "open-quotes": () => "‘Project Alpha ",
  "headings": () => "Round 1\n\nFunding announced\n\n",
  "dates": () => "30/10/20 9 May 2024 ",
  "sentences-no-space": () => "a.b.c.",
  "random-unicode": null,
};

function build(kind, size) {
  if (kind === "random-unicode") {
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const pool = "Aa £$€1,.()\n\r\t‘’“”–—&;:<>/\u0301\u200b\u202e\u05d0\u0627\ud83d\ude00";
    const chunk = Array.from({ length: 1 << 16 }, () => pool[Math.floor(rnd() * pool.length)]).join("");
    return chunk.repeat(Math.ceil(size / chunk.length)).slice(0, size);
  }
  const unit = KINDS[kind](size);
  if (unit.length >= size) return unit.slice(0, size);
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** The input written to a file in a fresh folder, then `runFiles` on it, outputs to another. */
async function childCli(kind, size) {
  const { mkdtempSync, rmSync, writeFileSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const { runFiles } = await import("../packages/pipeline/dist/index.js");
  const dir = mkdtempSync(join(tmpdir(), "fundtrace-adversarial-"));
  try {
    const file = join(dir, `${kind}.${kind.startsWith("html-") ? "html" : "txt"}`);
    writeFileSync(file, build(kind, size));
    const t0 = performance.now();
    const { manifest } = await runFiles({ inputs: [file], out: join(dir, "out") });
    const ms = performance.now() - t0;
    const c = manifest.counts;
    process.send({ ok: true, ms, mentions: c.mentions, projects: c.projects, unattached: c.unattachedAmounts, writeMs: manifest.timings.writeMs, written: manifest.outputs.reduce((n, o) => n + o.bytes, 0) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function child(kind, size) {
  const { loadRegister, runPipeline } = await import("../packages/pipeline/dist/index.js");
  const register = await loadRegister();
  let text = build(kind, size);
  let htmlMs = 0;
  if (kind.startsWith("html-")) {
    const html = await import("../packages/pipeline/dist/html.js").catch(() => null);
    if (html?.htmlToText) {
      const t = performance.now();
      const converted = html.htmlToText(text);
      converted.toSource(Math.floor(converted.text.length / 2));
      text = converted.text;
      htmlMs = performance.now() - t;
    }
  }
  const t0 = performance.now();
  const result = runPipeline([{ id: kind, text }], { register });
  const ms = performance.now() - t0 + htmlMs;
  process.send({ ok: true, ms, mentions: result.mentions.length, projects: result.projects.length, unattached: result.unattached.length });
}

function runKind(kind, size, limitSeconds, profile, cli) {
  return new Promise((resolve) => {
    // the command line runs with node's defaults; the library check keeps its old heap setting
    const execArgv = [...(cli ? [] : ["--max-old-space-size=8192"]), ...(profile ? ["--cpu-prof", `--cpu-prof-dir=${profile}`, `--cpu-prof-name=${kind}.cpuprofile`] : [])];
    const p = fork(here, ["--child", kind, "--bytes", String(size), ...(cli ? ["--cli"] : [])], { execArgv, stdio: ["ignore", "inherit", "pipe", "ipc"] });
    let stderr = "";
    let reply = null;
    p.stderr.on("data", (d) => { stderr += d; });
    p.on("message", (m) => { reply = m; });
    const timer = setTimeout(() => { p.kill("SIGKILL"); resolve({ ok: false, timeout: true }); }, limitSeconds * 1000);
    p.on("exit", (code) => {
      clearTimeout(timer);
      resolve(reply ?? { ok: false, error: stderr.trim() || `exit code ${code}` });
    });
  });
}

const { values } = parseArgs({
  options: {
    mb: { type: "string", default: "10" },
    limit: { type: "string", default: "120" },
    kind: { type: "string", multiple: true },
    child: { type: "string" },
    bytes: { type: "string" },
    profile: { type: "string" },
    cli: { type: "boolean", default: false },
  },
});

if (values.child) {
  await (values.cli ? childCli : child)(values.child, Number(values.bytes)).catch((e) => {
    process.stderr.write(`${e?.stack ?? e}\n`);
    process.exit(1);
  });
  process.exit(0);
}

const mb = Number(values.mb);
const size = Math.round(mb * 1024 * 1024);
const limit = Number(values.limit);
const kinds = values.kind?.length ? values.kind : Object.keys(KINDS);
const bar = (BAR_SECONDS_PER_10MB * mb) / 10;
console.log(`${values.cli ? "runFiles (the command line, outputs written)" : "runPipeline"} on ${mb} MB adversarial inputs (bar: under ${bar.toFixed(1)} s each, limit ${limit} s)`);
let failed = 0;
for (const kind of kinds) {
  if (!(kind in KINDS)) { console.log(`${kind.padEnd(28)} unknown kind`); failed++; continue; }
  const r = await runKind(kind, size, limit, values.profile, values.cli);
  if (r.ok) {
    const s = r.ms / 1000;
    const pass = s < bar;
    if (!pass) failed++;
    const writing = r.writeMs === undefined ? "" : ` (writing ${(r.writeMs / 1000).toFixed(2)} s, ${Math.round(r.written / 1e6)} MB of outputs)`;
    console.log(`${kind.padEnd(28)} ${s.toFixed(2).padStart(8)} s  ${pass ? "ok  " : "SLOW"}  ${r.mentions} mentions, ${r.projects} records, ${r.unattached} unattached${writing}`);
  } else if (r.timeout) {
    failed++;
    console.log(`${kind.padEnd(28)}  > ${limit} s  STOPPED (time limit)`);
  } else {
    failed++;
    console.log(`${kind.padEnd(28)}    THREW  ${r.error.split("\n").slice(0, 8).join("\n    ")}`);
  }
}
console.log(failed ? `${failed} of ${kinds.length} kinds failed the bar` : `all ${kinds.length} kinds under the bar`);
process.exit(failed ? 1 : 0);
