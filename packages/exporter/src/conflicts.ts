import type { Conflict } from "@fundtrace/contract";
import { MULTI_VALUE_SEPARATOR, plainNumber } from "./cells.js";

/** A conflicting value as a cell shows it: numbers plain, amounts by their value, other objects as JSON. */
export function conflictValueText(value: unknown): string {
  if (value === null || value === undefined) return "(none)";
  if (typeof value === "number") return plainNumber(value);
  if (typeof value === "string") return value;
  if (typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (typeof value === "object" && "value" in value && typeof value.value === "number") return plainNumber(value.value);
  return JSON.stringify(value) ?? String(value);
}

/** One conflict: "amount: 5000000 (m_a, m_b) vs 4850000 (m_c)". */
export function describeConflict(conflict: Conflict): string {
  const values = conflict.values.map((v) => {
    const where = v.mentions.length > 0 ? ` (${v.mentions.join(", ")})` : "";
    return `${conflictValueText(v.value)}${where}`;
  });
  return `${conflict.field}: ${values.join(" vs ")}`;
}

/** Every conflict of a record, joined with "; ". */
export function describeConflicts(conflicts: readonly Conflict[]): string {
  return conflicts.map(describeConflict).join(MULTI_VALUE_SEPARATOR);
}
