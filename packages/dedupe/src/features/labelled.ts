import type { Mention } from "@fundtrace/contract";
import weights from "../data/weights.json" with { type: "json" };
import { acronymMatches } from "../organisation/acronym.js";
import { outcomeSpecs, q, type Comparator } from "./outcome.js";
import { NONE, STRIDE, type Prepared } from "./prepare.js";

const MISSING = 0;
const EQUAL = 1;
const DIFFERENT = 2;

interface LabelColumns {
  /** Offsets of the label's id and acronym in the packed rows (F_PROGRAMME, F_PROGRAMME_ACRONYM, …). */
  id: number;
  acronym: number;
  longForm: (p: Prepared) => (string | null)[];
  text: (m: Mention | undefined) => string | undefined;
}

/**
 * A comparator for a named label (programme, funder): the same fingerprint or an acronym of the
 * other is weak evidence for, a different label evidence against.
 */
export function labelComparator(field: "programme" | "funder", columns: LabelColumns, what: string): Comparator {
  return {
    field,
    outcomes: outcomeSpecs(field as keyof typeof weights, ["missing", "equal", "different"]),
    compare(p, i, j) {
      const a = p.hot[i * STRIDE + columns.id] as number;
      const b = p.hot[j * STRIDE + columns.id] as number;
      if (a === NONE || b === NONE) return MISSING;
      if (a === b) return EQUAL;
      const long = columns.longForm(p);
      const ai = p.hot[i * STRIDE + columns.acronym] as number;
      const aj = p.hot[j * STRIDE + columns.acronym] as number;
      if (ai !== NONE && (ai === aj || acronymMatches(p.strings.value(ai), long[j] ?? ""))) return EQUAL;
      if (aj !== NONE && acronymMatches(p.strings.value(aj), long[i] ?? "")) return EQUAL;
      return DIFFERENT;
    },
    weight(_p, _i, _j, o) {
      return this.outcomes[o]?.weight ?? 0;
    },
    detail(p, i, j, o) {
      const a = q(columns.text(p.mentions[i]));
      const b = q(columns.text(p.mentions[j]));
      if (o === MISSING) return `${what} ${a} and ${b}: nothing to compare`;
      if (o === EQUAL) return `the same ${what}: ${a} and ${b}`;
      return `different ${what}s ${a} and ${b}`;
    },
  };
}
