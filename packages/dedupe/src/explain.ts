import type { Mention } from "@fundtrace/contract";
import { REFERENCE_THRESHOLD, THRESHOLD } from "./features/outcome.js";
import { prepare, type Prepared } from "./features/prepare.js";
import { WATERFALL } from "./features/waterfall.js";
import { compareMentions } from "./order.js";
import type { Decision, Evidence, ExplainOptions } from "./types.js";

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Every field's evidence for two prepared mentions, the summed score and the first hard constraint. */
export function evidenceOf(p: Prepared, i: number, j: number): { evidence: Evidence[]; score: number; constraint: string | null } {
  const evidence: Evidence[] = [];
  let score = 0;
  let constraint: string | null = null;
  for (const c of WATERFALL) {
    const o = c.compare(p, i, j);
    const spec = c.outcomes[o]!;
    const weight = round2(c.weight(p, i, j, o));
    score += weight;
    if (spec.hard !== null && constraint === null) constraint = spec.hard;
    evidence.push({ field: c.field, outcome: spec.name, weight, detail: c.detail(p, i, j, o) });
  }
  return { evidence, score: round2(score), constraint };
}

/**
 * The pairwise decision for two prepared mentions: merged when no hard constraint fires and the
 * score reaches the threshold (the reference threshold when one of them is a reference). `a` is
 * the earlier of the two in canonical order.
 */
export function decisionOf(p: Prepared, i: number, j: number, threshold: number = THRESHOLD): Decision {
  const mi = p.mentions[i]!;
  const mj = p.mentions[j]!;
  const [x, y] = compareMentions(mi, mj) <= 0 ? [i, j] : [j, i];
  const { evidence, score, constraint } = evidenceOf(p, x, y);
  const decision: Decision = {
    a: p.mentions[x]!.id,
    b: p.mentions[y]!.id,
    merged: constraint === null && score >= (mi.kind === "reference" || mj.kind === "reference" ? REFERENCE_THRESHOLD : threshold),
    score,
    evidence,
  };
  if (constraint !== null) decision.constraint = constraint;
  return decision;
}

/**
 * Explains how `reconcile` weighs two mentions, whether or not they were ever blocked together:
 * the same evidence and score it uses. `merged` is the pairwise verdict; inside `reconcile` a
 * pair can still stay apart when their clusters conflict (the decisions it returns say so).
 * Pass the run's mentions as `population` to weigh common organisations as `reconcile` did.
 */
export function explain(a: Mention, b: Mention, options: ExplainOptions = {}): Decision {
  const p = prepare([a, b], { linkOrganisation: options.linkOrganisation, passageText: options.passageText, population: options.population });
  return decisionOf(p, 0, 1, options.threshold ?? THRESHOLD);
}
