import { createHash } from "node:crypto";

/** A short stable id from content: the same input gives the same id on every run and machine. */
export function stableId(prefix: string, ...parts: Array<string | number>): string {
  const h = createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 12);
  return `${prefix}_${h}`;
}
