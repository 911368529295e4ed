import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Mention, Project } from "@fundtrace/contract";
import { explain, formatExplanation } from "@fundtrace/dedupe";
import { runFiles, type RunFilesResult, type RunProgress } from "@fundtrace/pipeline";
import { help } from "./help.js";

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
}

const processIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stderr.isTTY),
};

class UsageError extends Error {}

const runOptions = {
  out: { type: "string", default: "out" },
  format: { type: "string" },
  prefix: { type: "string", default: "360G-fundtrace" },
  "funder-name": { type: "string" },
  "funder-id": { type: "string" },
  "award-date": { type: "string" },
  excel: { type: "boolean", default: false },
  "keep-formulas": { type: "boolean", default: false },
  "no-compromise": { type: "boolean", default: false },
  concurrency: { type: "string" },
  quiet: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

function parse<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs<T>(config);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/**
 * A one-line status on stderr while a run works (a terminal only, never with --quiet): inputs
 * read, documents extracted, reconciliation's phases, the output being written. Each line
 * overwrites the last; `end` clears it before the summary is printed.
 */
function progress(io: Io, quiet: boolean): { onStage: (p: RunProgress) => void; end: () => void } | undefined {
  if (quiet || !io.isTTY) return undefined;
  let last = 0;
  let stage = "";
  let shown = false;
  const describe = (p: RunProgress): string => {
    switch (p.stage) {
      case "read": return `reading inputs: ${p.done}/${p.total}`;
      case "extract": return `extracting: ${p.done}/${p.total} document${p.total === 1 ? "" : "s"}`;
      case "reconcile": return `reconciling: ${p.done}/${p.total} phases${p.item ? ` (${p.item} done)` : ""}`;
      case "write": return p.item ? `writing ${p.item}: ${p.done + 1}/${p.total}` : `written: ${p.done}/${p.total}`;
    }
  };
  return {
    onStage: (p) => {
      const now = Date.now();
      // a new stage or a new output is always shown; counts within a stage at most ten times a second
      if (p.stage === stage && p.stage !== "write" && now - last < 100 && p.done < p.total) return;
      last = now;
      stage = p.stage;
      shown = true;
      io.stderr(`\r\u001b[K${describe(p)}`);
    },
    end: () => {
      if (shown) io.stderr("\r\u001b[K");
    },
  };
}

const allFormats = ["jsonl", "json", "csv", "html", "360giving"] as const;
type Format = (typeof allFormats)[number];

function parseFormats(value: string | undefined): Set<Format> {
  if (value === undefined) return new Set(allFormats);
  const asked = value.split(",").map((f) => f.trim().toLowerCase()).filter(Boolean);
  const unknown = asked.filter((f) => !(allFormats as readonly string[]).includes(f));
  if (unknown.length) throw new UsageError(`Expected --format from ${allFormats.join(", ")}, received ${unknown.join(", ")}`);
  return new Set(asked as Format[]);
}

async function pipelineCommand(args: string[], io: Io, incremental: boolean): Promise<number> {
  const { values, positionals } = parse({ args, options: runOptions, allowPositionals: true, strict: true });
  if (values.help) { io.stdout(`${incremental ? help.add : help.pipeline}\n`); return 0; }
  if (incremental && positionals.length === 0) throw new UsageError("Expected at least one input to add, received none");
  const concurrency = values.concurrency === undefined ? availableParallelism() : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError(`Expected --concurrency to be a whole number of at least 1, received ${JSON.stringify(values.concurrency)}`);
  const formats = parseFormats(values.format);
  const funderName = values["funder-name"], funderId = values["funder-id"];
  if ((funderName === undefined) !== (funderId === undefined)) throw new UsageError("Expected --funder-name and --funder-id together, received one of them");
  const awardDate = values["award-date"];
  if (awardDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(awardDate)) throw new UsageError(`Expected --award-date as YYYY-MM-DD, received ${JSON.stringify(awardDate)}`);
  const inputs = positionals.length ? positionals : ["seeds"];
  const quiet = Boolean(values.quiet);
  const shown = progress(io, quiet);
  let run: RunFilesResult;
  try {
    run = await runFiles({
      inputs, out: String(values.out), incremental, concurrency,
      compromise: !values["no-compromise"], excel: Boolean(values.excel), keepFormulas: Boolean(values["keep-formulas"]),
      formats,
      giving: {
        prefix: String(values.prefix),
        ...(funderName !== undefined && funderId !== undefined ? { funder: { id: funderId, name: funderName } } : {}),
        ...(awardDate !== undefined ? { defaultAwardDate: awardDate } : {}),
      },
      ...(shown ? { onStage: shown.onStage } : {}),
    });
  } finally {
    shown?.end();
  }
  const { manifest, exitCode } = run;
  for (const r of manifest.inputs) if (r.status === "skipped") io.stderr(`skipped ${r.path}: ${r.reason}\n`);
  if (!quiet) {
    const c = manifest.counts;
    io.stdout(`${c.processed} of ${c.inputs} inputs processed: ${c.fundingMentions} funding mentions, ${c.referenceMentions} references, ${c.projects} records, ${c.unattachedAmounts} amounts not attached (see run.json)\n`);
    io.stdout(`wrote ${manifest.outputs.map((o) => join(String(values.out), o.file)).join(", ")}, ${join(String(values.out), "run.json")}\n`);
  }
  return exitCode;
}

async function explainCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse({ args, options: { out: { type: "string", default: "out" }, help: { type: "boolean", short: "h", default: false } }, allowPositionals: true, strict: true } as const);
  if (values.help) { io.stdout(`${help.explain}\n`); return 0; }
  if (positionals.length !== 2) throw new UsageError(`Expected two mention ids, received ${positionals.length}`);
  const out = String(values.out);
  let mentions: Mention[];
  let projects: Project[];
  try {
    mentions = (await readFile(join(out, "mentions.jsonl"), "utf8")).split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Mention);
    projects = (JSON.parse(await readFile(join(out, "projects.json"), "utf8")) as { projects: Project[] }).projects;
  } catch (e) {
    io.stderr(`Expected a run's outputs in ${out}, received ${(e as Error).message}\n`);
    return 1;
  }
  const find = (id: string) => mentions.find((m) => m.id === id);
  const [a, b] = [find(positionals[0]!), find(positionals[1]!)];
  for (const [id, m] of [[positionals[0], a], [positionals[1], b]] as const) {
    if (!m) { io.stderr(`Expected a mention id from ${join(out, "mentions.jsonl")}, received ${id}\n`); return 1; }
  }
  const decision = explain(a!, b!, {});
  const recordOf = (id: string) => projects.find((p) => p.mentions.includes(id))?.id ?? "none";
  io.stdout(`${formatExplanation(decision)}\nIn this run: ${a!.id} is in record ${recordOf(a!.id)}, ${b!.id} is in record ${recordOf(b!.id)}.\n`);
  return 0;
}

/** Runs the command line; returns the exit code (0 ok, 1 some inputs failed, 2 usage error). */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case "help":
      case "--help":
      case "-h": {
        const topic = rest[0] as keyof typeof help | undefined;
        io.stdout(`${topic && topic in help ? help[topic] : help.main}\n`);
        return 0;
      }
      case "pipeline": return await pipelineCommand(rest, io, false);
      case "add": return await pipelineCommand(rest, io, true);
      case "explain": return await explainCommand(rest, io);
      default: throw new UsageError(`Expected a command (pipeline, add, explain, help), received ${JSON.stringify(command)}`);
    }
  } catch (e) {
    if (e instanceof UsageError) { io.stderr(`fundtrace: ${e.message}\nRun 'fundtrace help' for usage.\n`); return 2; }
    throw e;
  }
}
