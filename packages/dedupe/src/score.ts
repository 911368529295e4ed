import { amountComparator } from "./features/amount.js";
import { dateComparator } from "./features/date.js";
import { descriptionComparator } from "./features/description.js";
import { documentComparator } from "./features/document.js";
import { funderComparator } from "./features/funder.js";
import { nameComparator } from "./features/name.js";
import type { Comparator } from "./features/outcome.js";
import { organisationComparator } from "./features/organisation.js";
import type { Prepared } from "./features/prepare.js";
import { programmeComparator } from "./features/programme.js";
import { roundComparator } from "./features/round.js";
import { WATERFALL } from "./features/waterfall.js";

/** A reusable result holder for `scorePair`, so scoring allocates nothing. */
export interface PairScore {
  /** Summed log-odds weights of the fields compared (all fields when `hard` is -1). */
  score: number;
  /** Index in WATERFALL of the field whose hard constraint fired, or -1. */
  hard: number;
  /** The weight that field contributed (so `score - hardWeight` is the score without it). */
  hardWeight: number;
}

export function pairScore(): PairScore {
  return { score: 0, hard: -1, hardWeight: 0 };
}

/** Outcome weights (NaN: ask the comparator) and hard flags of a comparator, as arrays. */
const weightsOf = (c: Comparator): Float64Array => Float64Array.from(c.outcomes.map((o) => o.weight));
const hardOf = (c: Comparator): Uint8Array => Uint8Array.from(c.outcomes.map((o) => (o.hard === null ? 0 : 1)));

const ORDER: readonly Comparator[] = [
  documentComparator, amountComparator, roundComparator, organisationComparator, nameComparator,
  descriptionComparator, dateComparator, programmeComparator, funderComparator,
];
if (ORDER.length !== WATERFALL.length || ORDER.some((c, k) => WATERFALL[k] !== c)) {
  throw new Error("score.ts calls the comparators in WATERFALL order: update it with WATERFALL");
}
const W0 = weightsOf(documentComparator), H0 = hardOf(documentComparator);
const W1 = weightsOf(amountComparator), H1 = hardOf(amountComparator);
const W2 = weightsOf(roundComparator), H2 = hardOf(roundComparator);
const H3 = hardOf(organisationComparator);
const W4 = weightsOf(nameComparator), H4 = hardOf(nameComparator);
const W5 = weightsOf(descriptionComparator), H5 = hardOf(descriptionComparator);
const W6 = weightsOf(dateComparator), H6 = hardOf(dateComparator);
const W7 = weightsOf(programmeComparator), H7 = hardOf(programmeComparator);
const W8 = weightsOf(funderComparator), H8 = hardOf(funderComparator);

/** Records a field's outcome in `out`; true when it is the pair's first hard constraint. */
function add(out: PairScore, index: number, w: number, hard: number): boolean {
  out.score += w;
  if (hard === 1 && out.hard < 0) {
    out.hard = index;
    out.hardWeight = w;
    return true;
  }
  return false;
}

/**
 * Scores two prepared mentions into `out`: the sum of each WATERFALL field's log-odds weight.
 * With `stopAtHard`, returns at the first cannot-link outcome (the score is then partial).
 * Every comparator is called directly (no dispatch through the list) for speed.
 */
export function scorePair(p: Prepared, i: number, j: number, out: PairScore, stopAtHard = true): PairScore {
  out.score = 0;
  out.hard = -1;
  out.hardWeight = 0;
  let o = documentComparator.compare(p, i, j);
  if (add(out, 0, W0[o] as number, H0[o] as number) && stopAtHard) return out;
  o = amountComparator.compare(p, i, j);
  let w = W1[o] as number;
  if (w !== w) w = amountComparator.weight(p, i, j, o);
  if (add(out, 1, w, H1[o] as number) && stopAtHard) return out;
  o = roundComparator.compare(p, i, j);
  if (add(out, 2, W2[o] as number, H2[o] as number) && stopAtHard) return out;
  o = organisationComparator.compare(p, i, j);
  if (add(out, 3, organisationComparator.weight(p, i, j, o), H3[o] as number) && stopAtHard) return out;
  o = nameComparator.compare(p, i, j);
  if (add(out, 4, W4[o] as number, H4[o] as number) && stopAtHard) return out;
  o = descriptionComparator.compare(p, i, j);
  if (add(out, 5, W5[o] as number, H5[o] as number) && stopAtHard) return out;
  o = dateComparator.compare(p, i, j);
  if (add(out, 6, W6[o] as number, H6[o] as number) && stopAtHard) return out;
  o = programmeComparator.compare(p, i, j);
  if (add(out, 7, W7[o] as number, H7[o] as number) && stopAtHard) return out;
  o = funderComparator.compare(p, i, j);
  add(out, 8, W8[o] as number, H8[o] as number);
  return out;
}
