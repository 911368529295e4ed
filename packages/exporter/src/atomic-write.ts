import { createHash, randomBytes } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { message, type OutputRecord, type Result } from "@fundtrace/contract";

/** The temporary name a file is written to before it is renamed into place: hidden, in the same directory. */
export function temporaryPathFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
}

const describeError = (e: unknown): string =>
  e instanceof Error ? `${(e as NodeJS.ErrnoException).code ?? e.name}: ${e.message}` : String(e);

/**
 * Writes `data` to `file` atomically: to a temporary file in the same directory, flushed to disk, then renamed
 * over `file`. Readers see the old file whole or the new file whole, never a part; a run killed mid-write leaves
 * the previous file untouched (and at worst a hidden `.name.*.tmp` file). On failure the temporary file is removed.
 * Returns what the run manifest lists: the path as given, the byte count and the SHA-256 of the bytes.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<Result<OutputRecord>> {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const tmp = temporaryPathFor(file);
  try {
    const handle = await open(tmp, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    return {
      ok: false,
      issues: [message("exporter/write", `Expected to write ${file}, received ${describeError(e)}`, file, null, "error")],
    };
  }
  return { ok: true, value: { file, bytes: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex") } };
}
