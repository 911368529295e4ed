import type { Mention, Message, Project, ProjectSource } from "@fundtrace/contract";
import { BLOCKING, buildBlocks } from "./blocking.js";
import type { Members } from "./canonical/members.js";
import { canonicalProject, compareSources, labelKeysOf } from "./canonical/project.js";
import { clusterMentions } from "./cluster.js";
import { gatherMentions } from "./existing.js";
import { decisionOf } from "./explain.js";
import { REFERENCE_MARGIN, REFERENCE_THRESHOLD, THRESHOLD } from "./features/outcome.js";
import { prepare, type Prepared } from "./features/prepare.js";
import { assignIds } from "./ids.js";
import { compareMentions, compareText } from "./order.js";
import { linkReferences } from "./references.js";
import type { Decision, Reconciled, ReconcileOptions } from "./types.js";

const sourceOf = (m: Mention): ProjectSource => ({ doc: m.doc, mention: m.id, kind: m.kind, start: m.start, end: m.end });

/**
 * Reconciles mentions into one record per funded project. Funding mentions are blocked (by
 * organisation, project name, and amount cell per organisation), scored pairwise with
 * Fellegi–Sunter weights, and clustered greedily without chaining incompatible mentions;
 * references then join the record they name. With `existing`, records keep their ids.
 * The result does not depend on the order of `mentions`.
 */
export function reconcile(mentions: readonly Mention[], options: ReconcileOptions = {}): Reconciled {
  const threshold = options.threshold ?? THRESHOLD;
  const level = options.decisions ?? "all";
  const phase = options.onPhase ?? (() => undefined);
  const ctx = gatherMentions(mentions, options.existing ?? [], options.existingMentions ?? []);
  const all = ctx.mentions.sort(compareMentions);
  phase("gather");
  const passageText = options.passageText;
  const p = prepare(all, {
    linkOrganisation: options.linkOrganisation,
    passageText: passageText ? (m) => (ctx.standIns.has(m.id) ? "" : passageText(m)) : undefined,
    docsOf: ctx.standInDocs.size > 0 ? (m) => ctx.standInDocs.get(m.id) ?? null : undefined,
  });
  phase("prepare");
  const hasReferences = all.some((m) => m.kind === "reference");
  const blocks = buildBlocks(p, BLOCKING, hasReferences);
  phase("block");
  const clustering = clusterMentions(p, blocks, threshold, level === "all", level !== "none");
  phase("cluster");
  const refs = hasReferences
    ? linkReferences(p, blocks, clustering.root, { threshold: REFERENCE_THRESHOLD, margin: REFERENCE_MARGIN })
    : { links: [], messages: [] };
  phase("references");

  // clusters in canonical order of their earliest funding mention, as flat lists: cluster c's
  // funding mentions are fundingOf[fundingStart[c] ..], its references referencesOf[referenceStart[c] ..]
  // (a million small arrays held to the end of the run would be a tenth of its memory)
  const { start: fundingStart, list: fundingOf, clusterOf } = clusterLists(p, clustering.root);
  const clusters = fundingStart.length - 1;
  const referenceStart = p.arena.int32(clusters + 1);
  for (const link of refs.links) if (link.root >= 0) referenceStart[(clusterOf[link.root] as number) + 1]!++;
  for (let c = 0; c < clusters; c++) referenceStart[c + 1]! += referenceStart[c] as number;
  const referencesOf = p.arena.int32(referenceStart[clusters] as number);
  {
    const frame = p.arena.frame();
    const fill = frame.int32(clusters);
    fill.set(referenceStart.subarray(0, clusters));
    for (const link of refs.links) if (link.root >= 0) referencesOf[fill[clusterOf[link.root] as number]!++] = link.reference;
    for (let c = 0; c < clusters; c++) if ((referenceStart[c + 1] as number) - (referenceStart[c] as number) > 1) referencesOf.subarray(referenceStart[c], referenceStart[c + 1]).sort();
    frame.release();
  }
  const mentionsOf = (list: Int32Array, from: number, to: number): Mention[] => {
    const out: Mention[] = [];
    for (let k = from; k < to; k++) out.push(all[list[k] as number]!);
    return out;
  };
  const { ids, messages: idMessages } = assignIds(
    {
      count: clusters,
      members: (c) => mentionsOf(fundingOf, fundingStart[c] as number, fundingStart[c + 1] as number),
      first: (c) => all[fundingOf[fundingStart[c] as number] as number]!,
    },
    ctx.recordOf,
    ctx.existing,
  );

  const credit = (m: Mention, field: string): string[] => {
    const record = ctx.standIns.get(m.id);
    if (!record) return [m.id];
    const missing = (ctx.standInSources.get(m.id) ?? []).filter((s) => s.kind === "funding").map((s) => s.mention);
    const cited = record.provenance[field];
    return cited !== undefined && missing.includes(cited) ? [cited] : missing;
  };
  const cite = ctx.standIns.size === 0 ? (m: Mention): string => m.id : (m: Mention, field: string): string => credit(m, field)[0] ?? m.id;
  const labelKeys = labelKeysOf(p);
  const sources = (m: Mention): ProjectSource[] => (ctx.standIns.has(m.id) ? ctx.standInSources.get(m.id) ?? [] : [sourceOf(m)]);
  const projects: Project[] = [];
  for (let c = 0; c < clusters; c++) {
    const fundingIdx = Array.from(fundingOf.subarray(fundingStart[c], fundingStart[c + 1]));
    const referenceIdx = Array.from(referencesOf.subarray(referenceStart[c], referenceStart[c + 1]));
    const members: Members = {
      p,
      fundingIdx,
      referenceIdx,
      funding: fundingIdx.map((i) => all[i]!),
      references: referenceIdx.map((i) => all[i]!),
      credit,
      cite,
      labelKeys,
      sources,
    };
    const carried = ctx.standIns.size > 0 ? members.funding.flatMap((m) => ctx.standIns.get(m.id)?.conflicts ?? []) : [];
    const body = canonicalProject(members, ids[c]!, carried);
    const { id, aliases } = body;
    if (ctx.carriedReferences.size > 0) {
      const extra = [id, ...aliases].flatMap((r) => ctx.carriedReferences.get(r) ?? []);
      if (extra.length > 0) {
        const all = [...body.sources, ...extra.filter((s) => !body.mentions.includes(s.mention))].sort(compareSources);
        body.sources = all;
        body.mentions = all.map((s) => s.mention);
      }
    }
    projects.push(body);
  }

  phase("records");
  const decisions: Decision[] = [];
  if (level !== "none") {
    const keyed: { i: number; j: number; d: Decision }[] = [];
    for (const v of clustering.verdicts) {
      if (level === "merges" && !v.merged) continue;
      const d = decisionOf(p, v.i, v.j, threshold);
      d.merged = v.merged;
      if (v.merged) delete d.constraint;
      else if (v.constraint) d.constraint = v.constraint;
      keyed.push({ i: Math.min(v.i, v.j), j: Math.max(v.i, v.j), d });
    }
    for (const link of refs.links) {
      if (link.member < 0) continue;
      if (level === "merges" && link.root < 0) continue;
      const d = decisionOf(p, link.reference, link.member, threshold);
      d.merged = link.root >= 0;
      if (d.merged) delete d.constraint;
      else if (link.constraint) d.constraint = link.constraint;
      keyed.push({ i: Math.min(link.reference, link.member), j: Math.max(link.reference, link.member), d });
      if (link.rival >= 0 && level === "all") {
        const r = decisionOf(p, link.reference, link.rival, threshold);
        r.merged = false;
        r.constraint = "reference: ambiguous";
        keyed.push({ i: Math.min(link.reference, link.rival), j: Math.max(link.reference, link.rival), d: r });
      }
    }
    keyed.sort((x, y) => x.i - y.i || x.j - y.j);
    for (const k of keyed) decisions.push(k.d);
  }

  phase("decisions");
  const messages: Message[] = [...ctx.messages, ...refs.messages, ...idMessages].sort(compareMessages);
  return { projects, decisions, messages };
}

/**
 * The clusters of the funding mentions, in canonical order of their earliest member, as one flat
 * list: cluster c's members, ascending, are `list[start[c] .. start[c + 1])`; `clusterOf[root]`
 * is the cluster under a root mention.
 */
function clusterLists(p: Prepared, root: Int32Array): { start: Int32Array; list: Int32Array; clusterOf: Int32Array } {
  const clusterOf = p.arena.int32(p.n).fill(-1);
  const sizes = p.arena.frame();
  const size = sizes.int32(p.n + 1);
  let clusters = 0;
  let funding = 0;
  for (let i = 0; i < p.n; i++) {
    if (p.kind[i] !== 0) continue;
    const r = root[i] as number;
    if (clusterOf[r]! < 0) clusterOf[r] = clusters++;
    size[clusterOf[r] as number]!++;
    funding++;
  }
  const start = p.arena.int32(clusters + 1);
  for (let c = 0; c < clusters; c++) start[c + 1] = (start[c] as number) + (size[c] as number);
  const list = p.arena.int32(funding);
  const fill = size;
  fill.set(start.subarray(0, clusters));
  for (let i = 0; i < p.n; i++) if (p.kind[i] === 0) list[fill[clusterOf[root[i] as number] as number]!++] = i;
  sizes.release();
  return { start, list, clusterOf };
}

/** Messages in document order, then by rule and reason (so their order never depends on input order). */
function compareMessages(a: Message, b: Message): number {
  return (
    compareText(a.source, b.source) ||
    (a.span?.start ?? -1) - (b.span?.start ?? -1) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.reason, b.reason)
  );
}
