import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join, relative } from "node:path";
import type { Document, InputRecord, Message } from "@fundtrace/contract";
import { message } from "@fundtrace/contract";
import { decodeBytes } from "./decode.js";
import { htmlToText, isHtml, type ToSource } from "./html.js";

export interface LoadedInput {
  record: InputRecord;
  /** What the stages read: the decoded text, or for HTML the text of the page. */
  document: Document | null;
  /**
   * For HTML inputs: maps offsets of `document.text` back to the HTML (see `mapResultToSource`),
   * and the HTML with its markup blanked, for slicing by mapped spans. Null for plain text.
   */
  html: { toSource: ToSource; readable: () => string } | null;
  messages: Message[];
}

const textExtensions = new Set([".txt", ".text", ".md", ".html", ".htm", ""]);

/** Larger inputs are skipped with the reason, unread: past this no stage can hold the text. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** Names Windows keeps for devices, whatever the extension ("CON.txt" opens the console). */
const reservedName = /^(?:con|prn|aux|nul|clock\$|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/iu;
const maxIdCodePoints = 100;

/**
 * A document id: the file name without its extension, made safe for file names on every system.
 * Only letters, marks, digits, ".", "_" and "-" survive (everything else, path separators,
 * control, zero-width and bidirectional characters included, becomes "_"); it starts with a
 * letter or digit, never ends with a dot, is at most 100 code points, and is never a Windows
 * device name. Ids never name files: outputs have fixed names; this is defence in depth.
 */
export function documentIdOf(path: string): string {
  const raw = basename(path, extname(path));
  let id = raw
    .normalize("NFC")
    .replace(/[^\p{L}\p{M}\p{N}._-]+/gu, "_")
    .replace(/_{2,}/g, "_")
    .replace(/\.{2,}/g, ".")
    .replace(/^[^\p{L}\p{N}]+/u, "");
  id = Array.from(id).slice(0, maxIdCodePoints).join("").replace(/[._-]+$/u, "");
  if (id.length === 0) return "document";
  const stem = id.split(".")[0]!;
  return reservedName.test(stem) ? `${stem}_${id.slice(stem.length)}` : id;
}

/** How run.json names a path: relative to the working folder, as `loadInput` does. */
const displayPath = (path: string, base = process.cwd()) => (path === "-" ? "-" : relative(base, path) || path);

const compareNames = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Expands files and folders (recursively, sorted) into file paths; "-" stands for standard input.
 * Inside folders only text files (.txt, .text, .md, .html, .htm, no extension) are read, hidden
 * entries are left out, and symbolic links are not followed: each is an issue, so nothing
 * outside the folders given is ever read.
 */
export async function expandInputs(inputs: string[]): Promise<{ files: string[]; issues: Message[] }> {
  const files: string[] = [];
  const issues: Message[] = [];
  for (const input of inputs) {
    if (input === "-") { files.push("-"); continue; }
    let st;
    try { st = await stat(input); } catch {
      issues.push(message("input/missing", `Expected a readable file or folder, received ${JSON.stringify(input)} which does not exist`, displayPath(input), null, "error"));
      continue;
    }
    if (st.isDirectory()) {
      const walk = async (dir: string): Promise<void> => {
        let entries;
        try { entries = (await readdir(dir, { withFileTypes: true })).sort(compareNames); } catch (e) {
          issues.push(message("input/unreadable", `Expected a readable folder, received ${(e as NodeJS.ErrnoException).code ?? "an error"} reading ${JSON.stringify(dir)}`, displayPath(dir), null, "error"));
          return;
        }
        for (const e of entries) {
          if (e.name.startsWith(".")) continue;
          const p = join(dir, e.name);
          if (e.isSymbolicLink()) {
            issues.push(message("input/symlink", `Expected a file or folder, received a symbolic link ${JSON.stringify(p)} (links inside folders are not followed)`, displayPath(p), null, "warning"));
          } else if (e.isDirectory()) await walk(p);
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

function kindOf(st: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean; isDirectory(): boolean }): string {
  if (st.isDirectory()) return "a folder";
  if (st.isFIFO()) return "a named pipe";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isSocket()) return "a socket";
  return "something other than a file";
}

/**
 * Reads and decodes one input; never throws for bad content, reporting it instead. HTML (a
 * .html/.htm name, or text opening with `<!doctype html` or `<html`) is reduced to its text: the
 * document holds that text, and `html.toSource` maps its spans back to the file.
 */
export async function loadInput(path: string, base = process.cwd()): Promise<LoadedInput> {
  const display = displayPath(path, base);
  const id = path === "-" ? "stdin" : documentIdOf(path);
  const skip = (reason: string, ruleId: string, bytes = 0, sha256 = ""): LoadedInput => ({
    record: { path: display, id, bytes, sha256, status: "skipped", reason, encoding: null, mentions: 0 },
    document: null,
    html: null,
    messages: [message(ruleId, reason, display, null, "error")],
  });
  let bytes: Buffer;
  try {
    if (path !== "-") {
      const st = await stat(path);
      if (!st.isFile()) return skip(`Expected a regular file, received ${kindOf(st)} at ${display}`, "input/not-a-file");
      if (st.size > MAX_INPUT_BYTES) return skip(`Expected at most ${MAX_INPUT_BYTES} bytes, received ${st.size} bytes in ${display}`, "input/too-large", st.size);
    }
    bytes = path === "-" ? await readStdin() : await readFile(path);
  } catch (e) {
    return skip(`Expected a readable file, received ${(e as NodeJS.ErrnoException).code ?? "an error"} reading ${display}`, "input/unreadable");
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (bytes.length > MAX_INPUT_BYTES) return skip(`Expected at most ${MAX_INPUT_BYTES} bytes, received ${bytes.length} bytes in ${display}`, "input/too-large", bytes.length, sha256);
  let decoded;
  try {
    decoded = decodeBytes(bytes, display);
  } catch (e) {
    return skip(`Expected text that can be decoded, received ${(e as Error).message}`, "input/undecodable", bytes.length, sha256);
  }
  if (!decoded.ok) {
    return {
      record: { path: display, id, bytes: bytes.length, sha256, status: "skipped", reason: decoded.reason, encoding: null, mentions: 0 },
      document: null,
      html: null,
      messages: decoded.issues,
    };
  }
  const record: InputRecord = { path: display, id, bytes: bytes.length, sha256, status: "processed", reason: null, encoding: decoded.encoding, mentions: 0 };
  if (isHtml(path, decoded.text)) {
    const page = htmlToText(decoded.text);
    return {
      record,
      document: { id, text: page.text, source: display },
      html: { toSource: page.toSource, readable: page.readable },
      messages: [...decoded.warnings, message("input/html", `Expected plain text, received HTML; read its text (${page.text.length} of ${decoded.text.length} characters), spans point into the HTML`, display, null, "info")],
    };
  }
  return { record, document: { id, text: decoded.text, source: display }, html: null, messages: decoded.warnings };
}
