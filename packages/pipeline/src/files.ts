import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import pLimit from "p-limit";
import type { Document, InputRecord, Mention, Message, Project, RunManifest } from "@fundtrace/contract";
import { ProjectsFile } from "@fundtrace/contract";
import { writeJson, type ReportLimits } from "@fundtrace/exporter";
import { documentIdOf, expandInputs, loadInput } from "./inputs.js";
import { loadRegister } from "./register.js";
import type { GivingOptions } from "./giving.js";
import { runPipelineConcurrently, type PipelineResult } from "./run.js";
import type { OnRunProgress } from "./progress.js";
import { mapResultToSource } from "./source-spans.js";
import { writeOutputs, type OutputFormat } from "./write-outputs.js";

export type { OutputFormat } from "./write-outputs.js";

export interface RunFilesOptions {
  inputs: string[];
  out: string;
  /** Reconcile against the records already in `out` (incremental run). */
  incremental?: boolean;
  /** Concurrent file reads (default: the number of cores). */
  concurrency?: number;
  compromise?: boolean;
  /** Add a BOM to the CSV files so Excel reads pound signs right. */
  excel?: boolean;
  /** Leave spreadsheet formula triggers as they are (default: neutralised). */
  keepFormulas?: boolean;
  /** Called as inputs are read: done, total. */
  onProgress?: (done: number, total: number) => void;
  /** Told where the run is, stage by stage (inputs read, documents extracted, reconciliation, outputs written), for a progress display. */
  onStage?: OnRunProgress;
  /** Writers to run besides mentions.jsonl, projects.json and run.json (default: all). */
  formats?: ReadonlySet<OutputFormat>;
  /** 360Giving export settings (default prefix 360G-fundtrace). */
  giving?: GivingOptions;
  /** How much the review page shows (default: the exporter's `DEFAULT_REPORT_LIMITS`). */
  reportLimits?: Partial<ReportLimits>;
}

const allFormats: ReadonlySet<OutputFormat> = new Set(["jsonl", "json", "csv", "html", "360giving"]);
/** Below this much text, worker threads cost more to start than they save. */
const poolThreshold = 2_000_000;

export interface RunFilesResult {
  manifest: RunManifest;
  result: PipelineResult;
  /** 0 all good, 1 some inputs failed (reasons in run.json). */
  exitCode: 0 | 1;
}

const version = "0.1.0";

/** Makes document ids unique: a second "report" becomes "report-2", in input order. */
function uniqueIds(records: InputRecord[], documents: Array<Document | null>): void {
  const seen = new Map<string, number>();
  records.forEach((r, i) => {
    const n = (seen.get(r.id) ?? 0) + 1;
    seen.set(r.id, n);
    if (n > 1) {
      r.id = `${r.id}-${n}`;
      const d = documents[i];
      if (d) documents[i] = { ...d, id: r.id };
    }
  });
}

async function readExisting(out: string): Promise<{ projects: Project[]; mentions: Mention[] } | undefined> {
  try {
    const projects = ProjectsFile.parse(JSON.parse(await readFile(join(out, "projects.json"), "utf8"))).projects;
    const lines = (await readFile(join(out, "mentions.jsonl"), "utf8")).split("\n").filter((l) => l.trim());
    return { projects, mentions: lines.map((l) => JSON.parse(l) as Mention) };
  } catch {
    return undefined;
  }
}

/**
 * Runs the pipeline on files and folders and writes `mentions.jsonl`, `projects.json`,
 * `projects.csv`, `mentions.csv` and `run.json` to `out`, each atomically and validated against
 * the committed schemas. Inputs that cannot be read are listed in `run.json` with the reason.
 */
export async function runFiles(options: RunFilesOptions): Promise<RunFilesResult> {
  const t0 = performance.now();
  const { files, issues } = await expandInputs(options.inputs);
  const limit = pLimit(Math.max(1, options.concurrency ?? 4));
  let done = 0;
  const loaded = await Promise.all(files.map((f) => limit(async () => {
    const r = await loadInput(f);
    done++; // not inside an optional call, whose arguments are skipped when there is no callback
    options.onProgress?.(done, files.length);
    options.onStage?.({ stage: "read", done, total: files.length });
    return r;
  })));
  // One order whatever order the inputs were given in: ids, suffixes and the manifest follow it.
  loaded.sort((a, b) => (a.record.path < b.record.path ? -1 : a.record.path > b.record.path ? 1 : 0));
  const records = loaded.map((l) => l.record);
  const documents = loaded.map((l) => l.document);
  uniqueIds(records, documents);
  // HTML inputs: the stages read the page's text; spans are moved back to the HTML after the run.
  const html = new Map(loaded.flatMap((l, i) => (l.html && documents[i] ? [[documents[i]!.id, l.html] as const] : [])));
  const messages: Message[] = [...issues, ...loaded.flatMap((l) => l.messages)];
  for (const i of issues) records.push({ path: i.source, id: documentIdOf(i.source), bytes: 0, sha256: "", status: "skipped", reason: i.reason, encoding: null, mentions: 0 });
  records.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const t1 = performance.now();

  const register = await loadRegister();
  const existing = options.incremental ? await readExisting(options.out) : undefined;
  const t2 = performance.now();
  const present = documents.filter((d): d is Document => d !== null);
  const size = present.reduce((n, d) => n + d.text.length, 0);
  const concurrency = size >= poolThreshold ? Math.max(1, options.concurrency ?? 1) : 1;
  const inText = await runPipelineConcurrently(present, {
    register, compromise: options.compromise ?? true, concurrency, ...(existing ? { existing } : {}),
    ...(options.onStage ? { onProgress: options.onStage } : {}),
  });
  const result = mapResultToSource(inText, new Map([...html].map(([id, h]) => [id, h.toSource])));
  const t3 = performance.now();

  const perDoc = new Map<string, number>();
  for (const m of result.mentions) perDoc.set(m.doc, (perDoc.get(m.doc) ?? 0) + 1);
  for (const r of records) r.mentions = perDoc.get(r.id) ?? 0;

  await mkdir(options.out, { recursive: true });
  const texts = new Map(present.map((d) => [d.id, html.get(d.id)?.readable() ?? d.text]));
  const textOf = (doc: string) => texts.get(doc);
  const wrote = await writeOutputs({
    out: options.out, result, inText, documents: present, textOf,
    formats: options.formats ?? allFormats, neutraliseFormulas: !options.keepFormulas, excel: options.excel ?? false,
    giving: options.giving, reportLimits: options.reportLimits ?? {},
    onStage: options.onStage,
  });
  const outputs = wrote.outputs;
  messages.push(...wrote.messages);
  const t4 = performance.now();

  const skipped = records.filter((r) => r.status === "skipped").length;
  messages.push(...result.messages);
  const manifest: RunManifest = {
    tool: { name: "fundtrace", version },
    inputs: records,
    outputs,
    counts: {
      inputs: records.length,
      processed: records.length - skipped,
      skipped,
      mentions: result.mentions.length,
      fundingMentions: result.mentions.filter((m) => m.kind === "funding").length,
      referenceMentions: result.mentions.filter((m) => m.kind === "reference").length,
      projects: result.projects.length,
      unattachedAmounts: result.unattached.length,
      messages: messages.length,
    },
    unattached: result.unattached,
    messages,
    timings: { readMs: round(t1 - t0), registerMs: round(t2 - t1), pipelineMs: round(t3 - t2), writeMs: round(t4 - t3), totalMs: round(performance.now() - t0) },
  };
  const written = await writeJson(join(options.out, "run.json"), manifest, { schema: "run" });
  if (!written.ok) throw new Error(`run.json did not validate: ${written.issues.map((i) => i.reason).join("; ")}`);
  const failed = skipped > 0 || messages.some((m) => m.severity === "error");
  return { manifest, result, exitCode: failed ? 1 : 0 };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

