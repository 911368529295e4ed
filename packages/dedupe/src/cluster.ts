import { BLOCKING, forEachCandidate, localityOrder, type Blocks } from "./blocking.js";
import type { Prepared } from "./features/prepare.js";
import { WATERFALL } from "./features/waterfall.js";
import { pairScore, scorePair } from "./score.js";
import { FloatList, IntList } from "./text/intern.js";

/** A pair the clustering weighed, and what became of it. */
export interface PairVerdict {
  i: number;
  j: number;
  merged: boolean;
  /** Why not, when not: a pair constraint, or a cluster rule. */
  constraint: string | null;
}

export interface Clustering {
  /** The cluster (root mention index) of every mention; references are their own roots. */
  root: Int32Array;
  verdicts: PairVerdict[];
  /** Candidate pairs scored. */
  candidates: number;
}

const hardName = (p: Prepared, field: number, i: number, j: number): string => {
  const c = WATERFALL[field]!;
  return c.outcomes[c.compare(p, i, j)]!.hard ?? c.field;
};

/**
 * Greedy agglomerative clustering of funding mentions. Every blocked candidate pair is scored as
 * it is found (no pair list is kept); pairs reaching `threshold` are then taken best first
 * (ties in mention order, so the result never depends on input order). Two clusters merge only
 * when every cross pair is free of cannot-link constraints and their average cross-pair score
 * reaches the threshold, so incompatible mentions never chain. With `keepNearMisses`, pairs
 * that would have merged but for a hard constraint are reported too. Without `keepVerdicts`
 * (nobody asked for decisions) no verdict is kept: a million mentions weigh about as many pairs.
 */
export function clusterMentions(p: Prepared, blocks: Blocks, threshold: number, keepNearMisses: boolean, keepVerdicts = true): Clustering {
  const n = p.n;
  const out = pairScore();
  // temporaries in a frame of the run's arena; the roots below it
  const root = p.arena.int32(n);
  const scratch = p.arena.frame();
  const edgeI = new IntList(Math.max(1024, n), scratch);
  const edgeJ = new IntList(Math.max(1024, n), scratch);
  const edgeScore = new FloatList(Math.max(1024, n), scratch);
  const verdicts: PairVerdict[] = [];
  const stamp = scratch.int32(n).fill(-1);
  let candidates = 0;
  let i = 0;
  const visit = (j: number): void => {
    candidates++;
    scorePair(p, i, j, out, !keepNearMisses);
    if (out.hard >= 0) {
      if (keepNearMisses && out.score - out.hardWeight >= threshold) verdicts.push({ i, j, merged: false, constraint: hardName(p, out.hard, i, j) });
      return;
    }
    if (out.score < threshold) return;
    edgeI.push(i);
    edgeJ.push(j);
    edgeScore.push(out.score);
  };
  // pairs are enumerated mates-together (the edges are sorted below, so the order is immaterial)
  const funding = localityOrder(p, blocks, scratch);
  for (let k = 0; k < funding.length; k++) {
    i = funding[k] as number;
    forEachCandidate(p, blocks, BLOCKING, i, stamp, visit);
  }

  const edges = edgeI.length;
  const score = edgeScore.view();
  const ei = edgeI.toArray();
  const ej = edgeJ.toArray();
  const order = scratch.int32(edges);
  for (let e = 0; e < edges; e++) order[e] = e;
  order.sort((x, y) => (score[y] as number) - (score[x] as number) || (ei[x] as number) - (ei[y] as number) || (ej[x] as number) - (ej[y] as number));

  const parent = scratch.int32(n);
  const next = scratch.int32(n);
  const size = scratch.int32(n);
  for (let m = 0; m < n; m++) {
    parent[m] = m;
    next[m] = m;
    size[m] = 1;
  }
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] as number;
    while (parent[x] !== r) {
      const up = parent[x] as number;
      parent[x] = r;
      x = up;
    }
    return r;
  };

  for (let k = 0; k < edges; k++) {
    const e = order[k] as number;
    const a = ei[e] as number;
    const b = ej[e] as number;
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) {
      if (keepVerdicts) verdicts.push({ i: a, j: b, merged: true, constraint: null });
      continue;
    }
    // every cross pair must be compatible, and their average score reach the threshold
    let total = 0;
    let pairs = 0;
    let hard = false;
    let x = ra;
    let y = rb;
    do {
      y = rb;
      do {
        scorePair(p, x, y, out, true);
        if (out.hard >= 0) {
          hard = true;
          break;
        }
        total += out.score;
        pairs++;
        y = next[y] as number;
      } while (y !== rb);
      if (hard) break;
      x = next[x] as number;
    } while (x !== ra);
    if (hard || total / pairs < threshold) {
      if (keepVerdicts) {
        const constraint = hard
          ? `cluster: ${hardName(p, out.hard, x, y)} between ${p.mentions[x]!.id} and ${p.mentions[y]!.id}`
          : `cluster: average link ${(total / pairs).toFixed(2)} below threshold ${threshold}`;
        verdicts.push({ i: a, j: b, merged: false, constraint });
      }
      continue;
    }
    // union by size, splice the circular member lists
    const [big, small] = (size[ra] as number) >= (size[rb] as number) ? [ra, rb] : [rb, ra];
    parent[small] = big;
    size[big]! += size[small] as number;
    const t = next[big] as number;
    next[big] = next[small] as number;
    next[small] = t;
    if (keepVerdicts) verdicts.push({ i: a, j: b, merged: true, constraint: null });
  }

  for (let m = 0; m < n; m++) root[m] = find(m);
  scratch.release();
  return { root, verdicts, candidates };
}
