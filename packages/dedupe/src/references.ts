import type { Message } from "@fundtrace/contract";
import { BLOCKING, forEachReferenceCandidate, type Blocks } from "./blocking.js";
import { descriptionComparator } from "./features/description.js";
import { F_NAME_KEY, NONE, STRIDE, type Prepared } from "./features/prepare.js";
import { pairScore, scorePair } from "./score.js";

/** The outcome index of a "high" passage overlap (see features/description.ts). */
const DESCRIPTION_HIGH = descriptionComparator.outcomes.findIndex((o) => o.name === "high");

export interface ReferenceLink {
  /** The reference's mention index. */
  reference: number;
  /** The funding mention it matched best, or -1. */
  member: number;
  /** The cluster root it joins, or -1 when unlinked. */
  root: number;
  score: number;
  /** Null when linked; else why not. */
  constraint: string | null;
  /** The runner-up member when ambiguous, else -1. */
  rival: number;
}

export interface ReferenceSettings {
  threshold: number;
  margin: number;
}

/**
 * Links each reference to the record it names: the candidate record whose best funding mention
 * scores highest, when that reaches the threshold and beats every other record by the margin.
 * A reference without a name needs organisations and a closely matching passage. References
 * never join two records and never make one; unmatched ones are reported as messages.
 */
export function linkReferences(
  p: Prepared,
  blocks: Blocks,
  root: Int32Array,
  settings: ReferenceSettings,
): { links: ReferenceLink[]; messages: Message[] } {
  const n = p.n;
  const out = pairScore();
  const links: ReferenceLink[] = [];
  const messages: Message[] = [];
  const stamp = p.arena.int32(n).fill(-1);
  const found: number[] = [];
  for (let r = 0; r < n; r++) {
    if (p.kind[r] !== 1) continue;
    const m = p.mentions[r]!;
    const named = p.hot[r * STRIDE + F_NAME_KEY] !== NONE;
    // best member per record: exact names, acronyms and organisations first, name words if need be
    const bestOf = new Map<number, { member: number; score: number }>();
    for (const stage of [1, 2] as const) {
      found.length = 0;
      forEachReferenceCandidate(p, blocks, BLOCKING, r, stage, stamp, (f) => found.push(f));
      found.sort((a, b) => a - b);
      for (const f of found) {
        scorePair(p, r, f, out, true);
        if (out.hard >= 0) continue;
        if (!named && descriptionComparator.compare(p, r, f) !== DESCRIPTION_HIGH) continue;
        const cluster = root[f] as number;
        const seen = bestOf.get(cluster);
        if (!seen || out.score > seen.score || (out.score === seen.score && f < seen.member)) bestOf.set(cluster, { member: f, score: out.score });
      }
      let reached = false;
      for (const v of bestOf.values()) if (v.score >= settings.threshold) reached = true;
      if (reached) break;
    }
    const ranked = [...bestOf.entries()].sort((a, b) => b[1].score - a[1].score || a[1].member - b[1].member);
    const first = ranked[0];
    const second = ranked[1];
    const label = m.name ? `"${m.name}"` : "(no name)";
    if (!first || first[1].score < settings.threshold) {
      links.push({ reference: r, member: first ? first[1].member : -1, root: -1, score: first ? first[1].score : 0, constraint: first ? "reference: below threshold" : "reference: no candidate", rival: -1 });
      messages.push({
        ruleId: "dedupe/unlinked-reference",
        reason: `Expected a funded project matching reference ${label}, received ${first ? `at best a score of ${first[1].score.toFixed(2)} (threshold ${settings.threshold})` : "no candidate record"}`,
        span: { start: m.start, end: m.end },
        source: m.doc,
        severity: "warning",
      });
      continue;
    }
    if (second && first[1].score - second[1].score < settings.margin) {
      links.push({ reference: r, member: first[1].member, root: -1, score: first[1].score, constraint: "reference: ambiguous", rival: second[1].member });
      messages.push({
        ruleId: "dedupe/ambiguous-reference",
        reason: `Expected reference ${label} to match one record, received ${ranked.filter((x) => first[1].score - x[1].score < settings.margin).length} within ${settings.margin} of the best score ${first[1].score.toFixed(2)}`,
        span: { start: m.start, end: m.end },
        source: m.doc,
        severity: "warning",
      });
      continue;
    }
    links.push({ reference: r, member: first[1].member, root: first[0], score: first[1].score, constraint: null, rival: -1 });
  }
  return { links, messages };
}
