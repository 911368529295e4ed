import type { Mention, Message, Project, ProjectSource } from "@fundtrace/contract";
import { BLOCKING, buildBlocks } from "./blocking.js";
import type { Members } from "./canonical/members.js";
import { canonicalProject, compareSources, labelKeysOf } from "./canonical/project.js";
import { clusterMentions } from "./cluster.js";
import { gatherMentions } from "./existing.js";
import { decisionOf } from "./explain.js";
import { REFERENCE_MARGIN, REFERENCE_THRESHOLD, THRESHOLD } from "./features/outcome.js";
import { prepare } from "./features/prepare.js";
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

  // clusters in canonical order of their earliest funding mention
  const clusterIndex = new Int32Array(p.n).fill(-1);
  const funding: number[][] = [];
  for (let i = 0; i < p.n; i++) {
    if (p.kind[i] !== 0) continue;
    const root = clustering.root[i] as number;
    let c = clusterIndex[root] as number;
    if (c < 0) {
      c = funding.length;
      clusterIndex[root] = c;
      funding.push([i]);
    } else funding[c]!.push(i);
  }
  const references: number[][] = funding.map(() => []);
  for (const link of refs.links) if (link.root >= 0) references[clusterIndex[link.root] as number]!.push(link.reference);

  const { ids, messages: idMessages } = assignIds(
    funding.map((list) => list.map((i) => all[i]!)),
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
  const projects: Project[] = funding.map((fundingIdx, c) => {
    const referenceIdx = references[c]!.length > 1 ? references[c]!.sort((a, b) => a - b) : references[c]!;
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
    return body;
  });

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

/** Messages in document order, then by rule and reason (so their order never depends on input order). */
function compareMessages(a: Message, b: Message): number {
  return (
    compareText(a.source, b.source) ||
    (a.span?.start ?? -1) - (b.span?.start ?? -1) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.reason, b.reason)
  );
}
