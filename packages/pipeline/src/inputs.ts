import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join, relative } from "node:path";
import type { Document, InputRecord, Message } from "@fundtrace/contract";
import { message } from "@fundtrace/contract";
import { decodeBytes } from "./decode.js";

export interface LoadedInput {
  record: InputRecord;
  document: Document | null;
  messages: Message[];
}

const textExtensions = new Set([".txt", ".text", ".md", ".html", ".htm", ""]);

/** A document id: the file name without its extension, made safe for file names. */
export function documentIdOf(path: string): string {
  const raw = basename(path, extname(path));
  const safe = raw.normalize("NFC").replace(/[^\p{L}\p{N}._-]+/gu, "_").replace(/^[._]+/, "");
  return safe.length > 0 ? safe.slice(0, 200) : "document";
}

/** Expands files and folders (recursively, sorted) into file paths; "-" stands for standard input. */
export async function expandInputs(inputs: string[]): Promise<{ files: string[]; issues: Message[] }> {
  const files: string[] = [];
  const issues: Message[] = [];
  for (const input of inputs) {
    if (input === "-") { files.push("-"); continue; }
    let st;
    try { st = await stat(input); } catch {
      issues.push(message("input/missing", `Expected a readable file or folder, received ${JSON.stringify(input)} which does not exist`, input, null, "error"));
      continue;
    }
    if (st.isDirectory()) {
      const walk = async (dir: string): Promise<void> => {
        const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
          if (e.name.startsWith(".")) continue;
          const p = join(dir, e.name);
          if (e.isDirectory()) await walk(p);
          else if (e.isFile() && textExtensions.has(extname(e.name).toLowerCase())) files.push(p);
        }
      };
      await walk(input);
    } else files.push(input);
  }
  return { files, issues };
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Reads and decodes one input; never throws for bad content, reporting it instead. */
export async function loadInput(path: string, base = process.cwd()): Promise<LoadedInput> {
  const display = path === "-" ? "-" : relative(base, path) || path;
  const id = path === "-" ? "stdin" : documentIdOf(path);
  let bytes: Buffer;
  try {
    bytes = path === "-" ? await readStdin() : await readFile(path);
  } catch (e) {
    const reason = `Expected a readable file, received ${(e as NodeJS.ErrnoException).code ?? "an error"} reading ${display}`;
    return {
      record: { path: display, id, bytes: 0, sha256: "", status: "skipped", reason, encoding: null, mentions: 0 },
      document: null,
      messages: [message("input/unreadable", reason, display, null, "error")],
    };
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const decoded = decodeBytes(bytes, display);
  if (!decoded.ok) {
    return {
      record: { path: display, id, bytes: bytes.length, sha256, status: "skipped", reason: decoded.reason, encoding: null, mentions: 0 },
      document: null,
      messages: decoded.issues,
    };
  }
  return {
    record: { path: display, id, bytes: bytes.length, sha256, status: "processed", reason: null, encoding: decoded.encoding, mentions: 0 },
    document: { id, text: decoded.text, source: display },
    messages: decoded.warnings,
  };
}
