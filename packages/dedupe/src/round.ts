import rounds from "./data/rounds.json" with { type: "json" };
import { words } from "./text/fold.js";

const LABELS: ReadonlySet<string> = new Set(rounds.labels);
const NUMBERS: Readonly<Record<string, number>> = rounds.numbers;
const ORDINALS: Readonly<Record<string, number>> = rounds.ordinals;

export interface RoundKey {
  /** "round#2" for a numbered round, else "label:" and the words of the text. */
  key: string;
  numbered: boolean;
  /** The label of a numbered round ("round", "phase"), else null. */
  label: string | null;
}

function numberOf(word: string | undefined): number | null {
  if (word === undefined) return null;
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBERS[word] ?? null;
}

/**
 * The comparable key of a funding round as written: "Round 2", "round two", "second round" →
 * round#2; "Phase II" → phase#2; an unnumbered label ("Targeted Funding Opportunity") keys on its words.
 */
export function roundKey(text: string): RoundKey | null {
  const ws = words(text);
  if (ws.length === 0) return null;
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k] ?? "";
    if (!LABELS.has(w)) continue;
    const after = numberOf(ws[k + 1]);
    if (after !== null) return { key: `${w}#${after}`, numbered: true, label: w };
    const before = ws[k - 1];
    const ordinal = before !== undefined ? ORDINALS[before] ?? null : null;
    if (ordinal !== null) return { key: `${w}#${ordinal}`, numbered: true, label: w };
  }
  const content = ws.filter((w) => w !== "projects" && w !== "project");
  return { key: `label:${(content.length > 0 ? content : ws).join(" ")}`, numbered: false, label: null };
}
