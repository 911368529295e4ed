import * as crypto from "node:crypto";

/** One-shot hashing (Node 20.12+) is several times faster than a Hash object per id; same digest. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: "hex") => string }).hash;
const sha256Hex = oneShot ? (data: string) => oneShot("sha256", data, "hex") : (data: string) => crypto.createHash("sha256").update(data).digest("hex");

/** A short stable id from content: the same input gives the same id on every run and machine. */
export function stableId(prefix: string, ...parts: Array<string | number>): string {
  return `${prefix}_${sha256Hex(parts.join("\u0000")).slice(0, 12)}`;
}
