import { createHash, randomBytes } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { message, type OutputRecord, type Result } from "@fundtrace/contract";
import { NoJsonFormError } from "./json-format.js";

/** The temporary name a file is written to before it is renamed into place: hidden, in the same directory. */
export function temporaryPathFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
}

const describeError = (e: unknown): string =>
  e instanceof Error ? `${(e as NodeJS.ErrnoException).code ?? e.name}: ${e.message}` : String(e);

/** Pieces of text are encoded into a buffer of this size and written when it is full. */
const SCRATCH_BYTES = 1 << 22;

/**
 * Writes `data` to `file` atomically: to a temporary file in the same directory, flushed to disk, then renamed
 * over `file`. Readers see the old file whole or the new file whole, never a part; a run killed mid-write leaves
 * the previous file untouched (and at worst a hidden `.name.*.tmp` file). On failure the temporary file is removed.
 * `data` may be pieces of text (an iterable or async iterable of strings), written as they come, so an output larger than a
 * JavaScript string can hold is never held whole; an error thrown while they are made fails the write the same way.
 * Returns what the run manifest lists: the path as given, the byte count and the SHA-256 of the bytes.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array | Iterable<string> | AsyncIterable<string>): Promise<Result<OutputRecord>> {
  const tmp = temporaryPathFor(file);
  const hash = createHash("sha256");
  let bytes = 0;
  try {
    const handle = await open(tmp, "wx");
    let inFlight: Promise<void> = Promise.resolve();
    try {
      // one write in flight while the next piece is encoded: the main thread formats while the
      // thread pool copies the last buffer out (each waits for the one before, so order holds)
      const writeAll = async (chunk: Uint8Array, length: number): Promise<void> => {
        for (let at = 0; at < length; ) at += (await handle.write(chunk, at, length - at)).bytesWritten;
      };
      const put = async (chunk: Uint8Array, length = chunk.byteLength): Promise<void> => {
        await inFlight;
        hash.update(length === chunk.byteLength ? chunk : chunk.subarray(0, length));
        bytes += length;
        inFlight = writeAll(chunk, length);
        inFlight.catch(() => undefined); // handled: the next put or the close awaits it and fails
      };
      if (typeof data === "string") await put(Buffer.from(data, "utf8"));
      else if (data instanceof Uint8Array) await put(data);
      else {
        // each piece is encoded straight into one of two buffers used again and again, written
        // when full: joining pieces into large strings, or a fresh buffer per batch, would fill
        // the old generation and push the collector into full collections of everything the run holds
        const buffers = [Buffer.allocUnsafe(SCRATCH_BYTES), Buffer.allocUnsafe(SCRATCH_BYTES)] as const;
        let scratch = buffers[0];
        let used = 0;
        // a piece ending inside a surrogate pair keeps its half for the next, so the pair is
        // encoded as the one character it is, as it would be in the joined text
        let carry = "";
        for await (const next of data) {
          let piece = carry === "" ? next : carry + next;
          carry = "";
          const last = piece.charCodeAt(piece.length - 1);
          if (last >= 0xd800 && last <= 0xdbff) {
            carry = piece.slice(-1);
            piece = piece.slice(0, -1);
          }
          if (piece.length * 3 > scratch.length - used) {
            if (used > 0) {
              await put(scratch, used);
              // the other buffer: its write finished before this one started
              scratch = scratch === buffers[0] ? buffers[1] : buffers[0];
            }
            used = 0;
            if (piece.length * 3 > scratch.length) {
              await put(Buffer.from(piece, "utf8"));
              continue;
            }
          }
          used += scratch.write(piece, used, "utf8");
        }
        if (carry !== "") used += scratch.write(carry, used, "utf8"); // a lone half, as Buffer.from writes it
        if (used > 0) await put(scratch, used);
      }
      await inFlight;
      await handle.sync();
    } finally {
      await inFlight.catch(() => undefined); // never close under a write still going
      await handle.close();
    }
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    if (e instanceof NoJsonFormError) return { ok: false, issues: [message("exporter/json", e.message, file, null, "error")] }; // nothing left behind
    return {
      ok: false,
      issues: [message("exporter/write", `Expected to write ${file}, received ${describeError(e)}`, file, null, "error")],
    };
  }
  return { ok: true, value: { file, bytes, sha256: hash.digest("hex") } };
}
