import type { Decision } from "./types.js";

const signed = (w: number): string => (w > 0 ? `+${w.toFixed(2)}` : w.toFixed(2));

/** A decision as readable text: verdict and score, then one line per field, strongest first. */
export function formatExplanation(decision: Decision): string {
  const verdict = decision.merged ? "same project" : "different projects";
  const lines = [`${decision.a} ~ ${decision.b}: ${verdict} (score ${signed(decision.score)})`];
  if (decision.constraint) lines.push(`  kept apart by: ${decision.constraint}`);
  const fieldWidth = Math.max(...decision.evidence.map((e) => e.field.length), 5);
  const outcomeWidth = Math.max(...decision.evidence.map((e) => e.outcome.length), 7);
  const ordered = [...decision.evidence].sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight));
  for (const e of ordered) {
    lines.push(`  ${e.field.padEnd(fieldWidth)}  ${e.outcome.padEnd(outcomeWidth)}  ${signed(e.weight).padStart(6)}  ${e.detail}`);
  }
  return lines.join("\n");
}
