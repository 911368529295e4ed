import { message, type Message } from "@fundtrace/contract";
import cp1252 from "./data/windows-1252.json" with { type: "json" };

export type Decoded =
  | { ok: true; text: string; encoding: string; warnings: Message[] }
  | { ok: false; reason: string; issues: Message[] };

/** How much of a file the binary and UTF-16 checks look at. */
const sniffBytes = 64 * 1024;

const isTextControl = (c: number) => c === 9 || c === 10 || c === 12 || c === 13 || c === 27;

/** Share of bytes that are control characters other than tab, LF, FF, CR, ESC; any NUL means binary. */
function looksBinary(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, sniffBytes);
  if (n === 0) return null;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return "Expected text, received NUL bytes (a binary file)";
    if (b < 32 && !isTextControl(b)) control++;
  }
  return control / n > 0.1 ? `Expected text, received ${Math.round((100 * control) / n)}% control bytes (a binary file)` : null;
}

/** The same check on decoded UTF-16 text: NUL and other control characters in the first 32k characters. */
function looksBinaryText(text: string): string | null {
  const n = Math.min(text.length, sniffBytes / 2);
  if (n === 0) return null;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return "Expected text, received NUL characters (a binary file)";
    if (c < 32 && !isTextControl(c)) control++;
  }
  return control / n > 0.1 ? `Expected text, received ${Math.round((100 * control) / n)}% control characters (a binary file)` : null;
}

/**
 * UTF-16 without a byte order mark: text that is mostly ASCII has a zero in every other byte.
 * Returns the byte order when at least 70% of one side's bytes are zero and almost none of the other's.
 */
function utf16ByZeros(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, sniffBytes) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= 0.7 * pairs && evenZeros <= 0.02 * pairs) return "utf-16le";
  if (evenZeros >= 0.7 * pairs && oddZeros <= 0.02 * pairs) return "utf-16be";
  return null;
}

const c1 = cp1252.c1 as Record<string, string>;

/**
 * Windows-1252, by hand: Node 20's TextDecoder("windows-1252") reads bytes 0x80–0x9F as C1
 * control characters (Latin-1), which turns curly quotes, dashes and "€" into invisible controls.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1").replace(/[\u0080-\u009f]/g, (c) => c1[c.charCodeAt(0)] ?? c);
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\ufffd"); i !== -1; i = text.indexOf("\ufffd", i + 1)) n++;
  return n;
}

function utf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be", source: string, warnings: Message[]): Decoded {
  const text = new TextDecoder(encoding).decode(bytes);
  const binary = looksBinaryText(text);
  if (binary) return { ok: false, reason: binary, issues: [message("input/binary", binary, source, null, "error")] };
  return { ok: true, text, encoding, warnings };
}

/**
 * Decodes a file's bytes to text: UTF-8 with or without BOM, UTF-16 LE/BE with BOM (or without,
 * told by its zero bytes, with a warning); invalid UTF-8 falls back to Windows-1252 with a
 * warning; binary content is refused with the reason. A byte order mark is not part of the text.
 * The returned text is what every span points into: line endings (CRLF, lone CR) are kept.
 */
export function decodeBytes(bytes: Uint8Array, source: string): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), "utf-16le", source, []);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), "utf-16be", source, []);
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  const byZeros = hasBom ? null : utf16ByZeros(body);
  if (byZeros) {
    const reason = `Expected a byte order mark on UTF-16 text, received none; decoded as ${byZeros.toUpperCase()} by its zero bytes`;
    return utf16(body, byZeros, source, [message("input/encoding", reason, source, null, "warning")]);
  }
  const binary = looksBinary(body);
  if (binary) return { ok: false, reason: binary, issues: [message("input/binary", binary, source, null, "error")] };
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(body);
    return { ok: true, text, encoding: hasBom ? "utf-8-bom" : "utf-8", warnings: [] };
  } catch {
    const text = decodeWindows1252(body);
    const bad = countReplacements(new TextDecoder("utf-8").decode(body));
    const reason = `Expected UTF-8, received ${bad} invalid byte sequence${bad === 1 ? "" : "s"}; decoded as Windows-1252`;
    return { ok: true, text, encoding: "windows-1252", warnings: [message("input/encoding", reason, source, null, "warning")] };
  }
}
