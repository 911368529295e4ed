import type { Mention, Message, Project } from "@fundtrace/contract";
import { stableId, stableIdDigits } from "@fundtrace/contract";
import { compareMentions, compareText } from "./order.js";

/** Whether record `a` is older than `b`: announced earlier (unknown counts as latest), then smaller id. */
export function olderRecord(a: Project, b: Project): boolean {
  const fa = a.firstAnnounced;
  const fb = b.firstAnnounced;
  if (fa !== fb) {
    if (fa === null) return false;
    if (fb === null) return true;
    return fa < fb;
  }
  return compareText(a.id, b.id) < 0;
}

/** Clusters of funding mentions, each listed earliest first. */
export interface MentionClusters {
  readonly count: number;
  /** Cluster c's mentions, earliest first. */
  members(c: number): readonly Mention[];
  /** Its earliest mention. */
  first(c: number): Mention;
}

/** Clusters given as lists. */
export function mentionClusters(lists: readonly (readonly Mention[])[]): MentionClusters {
  return { count: lists.length, members: (c) => lists[c]!, first: (c) => lists[c]![0]! };
}

export interface IdAssignment {
  id: string;
  aliases: string[];
}

/**
 * Record ids. A cluster holding the mentions of existing records keeps the id of the oldest
 * record it owns (a record is owned by the cluster holding most of its funding mentions, ties to
 * the one holding its earliest); the others become aliases. A new record's id is
 * `stableId("p", doc, start)` of its earliest funding mention, so batch splits in document order
 * give the same ids.
 */
export function assignIds(
  clusters: MentionClusters,
  recordOf: ReadonlyMap<string, string>,
  existing: ReadonlyMap<string, Project>,
): { ids: IdAssignment[]; messages: Message[] } {
  const messages: Message[] = [];
  // owner of each existing record: the cluster holding most of its funding mentions, then the
  // one holding the earliest of them
  const tally = new Map<string, Map<number, { count: number; earliest: Mention }>>();
  for (let c = 0; c < clusters.count && recordOf.size > 0; c++) {
    for (const m of clusters.members(c)) {
      const record = recordOf.get(m.id);
      if (record === undefined) continue;
      let per = tally.get(record);
      if (!per) tally.set(record, (per = new Map()));
      const t = per.get(c);
      if (t) {
        t.count++;
        if (compareMentions(m, t.earliest) < 0) t.earliest = m;
      } else per.set(c, { count: 1, earliest: m });
    }
  }
  const owned = new Map<number, Project[]>();
  const split = new Map<number, string[]>();
  for (const [record, per] of tally) {
    let owner = -1;
    let best: { count: number; earliest: Mention } | null = null;
    for (const [c, t] of per) {
      if (!best || t.count > best.count || (t.count === best.count && compareMentions(t.earliest, best.earliest) < 0)) {
        owner = c;
        best = t;
      }
    }
    const project = existing.get(record);
    if (!project) continue;
    const list = owned.get(owner);
    if (list) list.push(project);
    else owned.set(owner, [project]);
    for (const c of per.keys()) {
      if (c === owner) continue;
      const s = split.get(c);
      if (s) s.push(record);
      else split.set(c, [record]);
    }
  }
  const ids: IdAssignment[] = [];
  for (let c = 0; c < clusters.count; c++) ids.push(idOf(owned.get(c)));
  // Each new record's id, taken unless an existing record or an earlier cluster has it. Only ids
  // whose 12 digits occur twice (among the existing ids and the new ones) can clash, so only
  // those, and the rare fallback ids, are remembered, not every id of the run.
  const primary: string[] = [];
  for (let c = 0; c < clusters.count; c++) {
    const first = clusters.first(c);
    primary.push(ids[c]!.id !== "" ? "" : stableId("p", first.doc, first.start));
  }
  const shared = sharedDigits(existing.keys(), primary);
  const assigned = new Set<string>(); // ids given so far whose digits are shared
  const fallbacks = new Set<string>();
  let used: Set<string> | null = null; // every id given, when some id is not of the stable form
  for (let c = 0; c < clusters.count; c++) {
    if (ids[c]!.id !== "") continue;
    const first = clusters.first(c);
    let id = primary[c]!;
    if (shared === null) {
      used ??= new Set<string>(existing.keys());
      if (used.has(id)) id = stableId("p", first.doc, first.start, first.end, first.id);
      used.add(id);
    } else {
      const taken = isShared(shared, id) ? existing.has(id) || assigned.has(id) : fallbacks.has(id);
      if (taken) {
        id = stableId("p", first.doc, first.start, first.end, first.id);
        fallbacks.add(id);
      }
      if (isShared(shared, id)) assigned.add(id);
    }
    ids[c]!.id = id;
    for (const record of split.get(c) ?? []) {
      messages.push({ ruleId: "dedupe/split-record", reason: `Expected the mentions of record ${record} to stay in one record, received some of them in new record ${id}`, span: { start: first.start, end: first.end }, source: first.doc, severity: "info" });
    }
  }
  return { ids, messages };
}

/** A cluster's id from the existing records it owns: the oldest one's, the others its aliases; none yet when it owns none. */
function idOf(records: readonly Project[] | undefined): IdAssignment {
  if (!records || records.length === 0) return { id: "", aliases: [] };
  let survivor = records[0]!;
  for (const r of records) if (olderRecord(r, survivor)) survivor = r;
  const aliases = new Set<string>(survivor.aliases);
  for (const r of records) {
    if (r === survivor) continue;
    aliases.add(r.id);
    for (const a of r.aliases) aliases.add(a);
  }
  aliases.delete(survivor.id);
  return { id: survivor.id, aliases: [...aliases].sort(compareText) };
}

/**
 * The digit values (see `stableIdDigits`) that two or more of the ids share, sorted; empty strings
 * are skipped. Null when some id is not of the stable form.
 */
function sharedDigits(existing: Iterable<string>, fresh: readonly string[]): Float64Array | null {
  const digits: number[] = [];
  for (const id of existing) {
    const d = stableIdDigits(id);
    if (d < 0) return null;
    digits.push(d);
  }
  for (const id of fresh) {
    if (id === "") continue;
    const d = stableIdDigits(id);
    if (d < 0) return null;
    digits.push(d);
  }
  const sorted = Float64Array.from(digits).sort();
  const shared: number[] = [];
  for (let k = 1; k < sorted.length; k++) if (sorted[k] === sorted[k - 1] && shared[shared.length - 1] !== sorted[k]) shared.push(sorted[k]!);
  return Float64Array.from(shared);
}

/** Does the id's digit value occur in `shared` (sorted)? Ids of other forms count as shared. */
function isShared(shared: Float64Array, id: string): boolean {
  const d = stableIdDigits(id);
  if (d < 0) return true;
  let lo = 0;
  let hi = shared.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (shared[mid]! < d) lo = mid + 1;
    else hi = mid;
  }
  return lo < shared.length && shared[lo] === d;
}
