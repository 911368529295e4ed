import { join } from "node:path";
import type { Document, Message, OutputRecord, Result } from "@fundtrace/contract";
import { message } from "@fundtrace/contract";
import {
  DEFAULT_REPORT_LIMITS, MENTION_COLUMNS, PROJECT_COLUMNS, mentionRows, pageContents, projectIdsByMention, projectRows,
  writeCsv, writeJson, writeJsonl, writeReport, type ReportLimits, type TextLookup,
} from "@fundtrace/exporter";
import { write360Giving, type GivingOptions } from "./giving.js";
import type { OnRunProgress } from "./progress.js";
import type { PipelineResult } from "./run.js";

export type OutputFormat = "jsonl" | "json" | "csv" | "html" | "360giving";

/** The files in the order the run manifest lists them. */
const FILE_ORDER = ["mentions.jsonl", "projects.json", "projects.csv", "mentions.csv", "report.html", "360giving.json", "360giving.csv", "360giving-report.json"];

export interface WriteOutputsInput {
  out: string;
  /** The run's result with spans in the input files (what the files hold). */
  result: PipelineResult;
  /** The same with spans in each document's text (what the review page shows). */
  inText: PipelineResult;
  documents: readonly Document[];
  textOf: TextLookup;
  formats: ReadonlySet<OutputFormat>;
  neutraliseFormulas: boolean;
  excel: boolean;
  /** 360Giving settings (default prefix 360G-fundtrace). */
  giving?: GivingOptions | undefined;
  reportLimits: Partial<ReportLimits>;
  onStage?: OnRunProgress | undefined;
}

/**
 * Writes a run's outputs to `out`, each atomically and validated: `mentions.jsonl` and
 * `projects.json` always, the CSV files, review page and 360Giving files as `formats` asks, one
 * after another. Returns what the manifest lists: the files written, in one order, and the
 * issues of those that could not be (and what the review page and 360Giving export have to say),
 * in the same order.
 */
export async function writeOutputs(input: WriteOutputsInput): Promise<{ outputs: OutputRecord[]; messages: Message[] }> {
  const { out, result, inText, formats, textOf } = input;
  const rowOptions = { neutraliseFormulas: input.neutraliseFormulas };
  const csvOptions = { excel: input.excel };
  const givingOptions = { prefix: "360G-fundtrace", ...input.giving, ...rowOptions, ...csvOptions };
  // the writes in the order they start, for the progress display
  const steps = ["mentions.jsonl", "projects.json"];
  if (formats.has("csv")) steps.push("projects.csv", "mentions.csv");
  if (formats.has("html")) steps.push("report.html");
  if (formats.has("360giving")) steps.push("360giving");
  const starting = (name: string) => input.onStage?.({ stage: "write", done: steps.indexOf(name), total: steps.length, item: name });

  const results = new Map<string, Result<OutputRecord>>();
  /** Messages that follow a file's own issues in the manifest. */
  const after = new Map<string, Message[]>();
  starting("mentions.jsonl");
  results.set("mentions.jsonl", await writeJsonl(join(out, "mentions.jsonl"), result.mentions, { schema: "mention" }));
  starting("projects.json");
  results.set("projects.json", await writeJson(join(out, "projects.json"), { projects: result.projects }, { schema: "projects" }));
  if (formats.has("csv")) {
    starting("projects.csv");
    results.set("projects.csv", await writeCsv(join(out, "projects.csv"), PROJECT_COLUMNS.map((c) => c.title), projectRows(result.projects, { ...rowOptions, texts: textOf }), csvOptions));
    starting("mentions.csv");
    results.set("mentions.csv", await writeCsv(join(out, "mentions.csv"), MENTION_COLUMNS.map((c) => c.title), mentionRows(result.mentions, textOf, { ...rowOptions, projectIds: projectIdsByMention(result.projects) }), csvOptions));
  }
  // The review page shows each document's text (an HTML page's text, not its markup), so it takes the spans in the text.
  if (formats.has("html")) {
    starting("report.html");
    const page = {
      projects: inText.projects,
      mentions: inText.mentions,
      documents: [...input.documents],
      unattached: inText.unattached,
      decisions: inText.decisions,
      limits: input.reportLimits,
    };
    results.set("report.html", await writeReport(join(out, "report.html"), page));
    // a page past its limits shows the first records only: say so here too, where a run's readers look
    const notice = pageContents(page, { ...DEFAULT_REPORT_LIMITS, ...page.limits }).notice;
    if (notice !== null) after.set("report.html", [message("exporter/report-limited", `Expected the review page to show the whole run, received a part of it: ${notice}`, "report.html", null, "info")]);
  }
  if (formats.has("360giving")) {
    starting("360giving");
    const giving = await write360Giving(out, result.projects, givingOptions);
    for (const [name, r] of giving.written) results.set(name, r);
    after.set("360giving-report.json", giving.messages);
  }
  input.onStage?.({ stage: "write", done: steps.length, total: steps.length });

  const outputs: OutputRecord[] = [];
  const messages: Message[] = [];
  for (const file of FILE_ORDER) {
    const r = results.get(file);
    if (r?.ok) outputs.push({ ...r.value, file });
    else if (r) messages.push(...r.issues);
    messages.push(...(after.get(file) ?? []));
  }
  return { outputs, messages };
}
