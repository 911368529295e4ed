import weights from "../data/weights.json" with { type: "json" };
import type { Prepared } from "./prepare.js";

/** One possible result of comparing a field, with its log-odds weight and the constraint it imposes. */
export interface OutcomeSpec {
  name: string;
  /** log2(m/u); NaN when the weight depends on the pair (amounts). */
  weight: number;
  /** The cannot-link constraint this outcome imposes, or null. */
  hard: string | null;
}

/**
 * A comparison feature: compares one field of two prepared mentions without allocating,
 * and explains the result on request.
 */
export interface Comparator {
  readonly field: string;
  readonly outcomes: readonly OutcomeSpec[];
  /** The index of the outcome in `outcomes`. */
  compare(p: Prepared, i: number, j: number): number;
  weight(p: Prepared, i: number, j: number, outcome: number): number;
  detail(p: Prepared, i: number, j: number, outcome: number): string;
}

type WeightTable = Record<string, unknown>;

/** log2(m/u), rounded to hundredths so explanations read cleanly. */
export function logOdds(m: number, u: number): number {
  return Math.round(Math.log2(m / u) * 100) / 100;
}

/** The outcome specs of a field, in the order given, from data/weights.json. */
export function outcomeSpecs(field: keyof typeof weights, names: readonly string[]): OutcomeSpec[] {
  const table = weights[field] as WeightTable;
  return names.map((name) => {
    const spec = table[name] as { m: number; u?: number; hard?: string } | undefined;
    if (!spec) throw new Error(`weights.json has no ${field}.${name}`);
    return {
      name,
      weight: spec.u === undefined ? Number.NaN : logOdds(spec.m, spec.u),
      hard: spec.hard ?? null,
    };
  });
}

/** The merge threshold and reference-linking settings. */
export const THRESHOLD: number = weights.threshold;
export const REFERENCE_THRESHOLD: number = weights.reference.threshold;
export const REFERENCE_MARGIN: number = weights.reference.margin;

/** Quotes a text for a detail line. */
export function q(text: string | null | undefined): string {
  return text == null ? "(none)" : `"${text}"`;
}
