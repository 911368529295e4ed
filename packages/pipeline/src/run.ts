import type { Document, Mention, Message, Project, UnattachedAmount } from "@fundtrace/contract";
import { message, sortById } from "@fundtrace/contract";
import type { Register } from "@fundtrace/authorities";
import { RECONCILE_PHASES, reconcile, type Decision } from "@fundtrace/dedupe";
import { byPosition, extractCorpus, extractCorpusInPool, type ExtractedCorpus } from "./extract-all.js";
import { createExtractionPool } from "./pool.js";
import type { OnRunProgress } from "./progress.js";
import { lookupCache } from "./register.js";

export interface PipelineOptions {
  /** The local authority register (see `loadRegister`); without it nothing is linked. */
  register?: Register | null;
  /** Use compromise for prose no rule explains (default true). */
  compromise?: boolean;
  /** Records and mentions of an earlier run to reconcile against (incremental runs). */
  existing?: { projects: Project[]; mentions: Mention[] };
  /** Told as documents are extracted and as reconciliation's phases end (for a progress display). */
  onProgress?: OnRunProgress;
}

export interface PipelineResult {
  /** Funding mentions and the reference mentions linked to a record, in document order. */
  mentions: Mention[];
  projects: Project[];
  unattached: UnattachedAmount[];
  messages: Message[];
  decisions: Decision[];
}

/**
 * The whole job as a library call: extract mentions from every document, find references to the
 * projects they name, and reconcile everything (with an earlier run's records, when given) into
 * one record per grant. Pure: documents in, records out.
 */
export function runPipeline(documents: readonly Document[], options: PipelineOptions = {}): PipelineResult {
  const docs = sortDocuments(documents);
  const corpus = extractCorpus(docs, lookupCache(options.register ?? null), {
    compromise: options.compromise ?? true,
    knownNames: namesOf(options.existing?.mentions ?? []),
    ...extractProgress(options.onProgress),
  });
  return reconcileCorpus(docs, corpus, options);
}

/**
 * `runPipeline` with extraction shared out to `concurrency` worker threads (each loads the
 * register itself; `options.register` is used for reconciliation). Same result, byte for byte.
 */
export async function runPipelineConcurrently(documents: readonly Document[], options: PipelineOptions & { concurrency: number }): Promise<PipelineResult> {
  const docs = sortDocuments(documents);
  if (options.concurrency <= 1 || docs.length < 2) return runPipeline(docs, options);
  const pool = createExtractionPool(Math.min(options.concurrency, docs.length));
  try {
    const corpus = await extractCorpusInPool(docs, pool, {
      compromise: options.compromise ?? true,
      knownNames: namesOf(options.existing?.mentions ?? []),
      ...extractProgress(options.onProgress),
    });
    return reconcileCorpus(docs, corpus, options);
  } finally {
    await pool.close();
  }
}

const extractProgress = (onProgress: OnRunProgress | undefined) =>
  onProgress ? { onDocument: (done: number, total: number) => onProgress({ stage: "extract", done, total }) } : {};

const sortDocuments = (documents: readonly Document[]) => [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const namesOf = (mentions: readonly Mention[]) => mentions.map((m) => m.name).filter((n): n is string => Boolean(n));

function reconcileCorpus(docs: readonly Document[], corpus: ExtractedCorpus, options: PipelineOptions): PipelineResult {
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  const newIds = new Set(docs.map((d) => d.id));
  const previous = (options.existing?.mentions ?? []).filter((m) => !newIds.has(m.doc));
  const previousIds = new Set(previous.map((m) => m.id));
  const onProgress = options.onProgress;
  let phases = 0;
  onProgress?.({ stage: "reconcile", done: 0, total: RECONCILE_PHASES.length });
  const reconciled = reconcile([...corpus.funding, ...corpus.references], {
    passageText: (m) => texts.get(m.doc)?.slice(m.start, m.end) ?? "",
    existing: options.existing?.projects.filter((p) => p.mentions.some((id) => previousIds.has(id))),
    existingMentions: previous,
    // merge evidence for the review page; past this size it costs gigabytes, and `explain` gives any pair on demand
    decisions: corpus.funding.length + corpus.references.length <= 50_000 ? "merges" : "none",
    ...(onProgress ? { onPhase: (phase: string) => onProgress({ stage: "reconcile", done: ++phases, total: RECONCILE_PHASES.length, item: phase }) } : {}),
  });
  // the references some record cites (only references are looked up here)
  const inRecord = new Set<string>();
  if (corpus.references.length > 0) {
    const referenceIds = new Set(corpus.references.map((r) => r.id));
    for (const p of reconciled.projects) for (const id of p.mentions) if (referenceIds.has(id)) inRecord.add(id);
  }
  const messages: Message[] = [...corpus.messages, ...reconciled.messages];
  for (const r of corpus.references) {
    if (!inRecord.has(r.id)) messages.push(message("pipeline/reference-unlinked", `Expected the reference "${r.name}" to name a known project, received no match`, r.doc, { start: r.start, end: r.end }, "info"));
  }
  const mentions = [...previous, ...corpus.funding, ...corpus.references.filter((r) => inRecord.has(r.id))].sort(byPosition);
  return {
    mentions,
    projects: sortById(reconciled.projects),
    unattached: corpus.unattached,
    messages,
    decisions: reconciled.decisions,
  };
}
