import { message, type Message } from "@fundtrace/contract";

export type Decoded =
  | { ok: true; text: string; encoding: string; warnings: Message[] }
  | { ok: false; reason: string; issues: Message[] };

const replacementRatioLimit = 0.01;

/** Share of bytes that are control characters other than tab, CR, LF, FF; NUL counts heavily. */
function looksBinary(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 64 * 1024);
  if (n === 0) return null;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return "Expected text, received NUL bytes (a binary file)";
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return control / n > 0.1 ? `Expected text, received ${Math.round((100 * control) / n)}% control bytes (a binary file)` : null;
}

/**
 * Decodes a file's bytes to text: UTF-8 with or without BOM, UTF-16 LE/BE with BOM; invalid UTF-8
 * falls back to Windows-1252 with a warning; binary content is refused with the reason.
 * The returned text is what every span points into.
 */
export function decodeBytes(bytes: Uint8Array, source: string): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le", warnings: [] };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be", warnings: [] };
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  const binary = looksBinary(body);
  if (binary) return { ok: false, reason: binary, issues: [message("input/binary", binary, source, null, "error")] };
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(body);
    return { ok: true, text, encoding: hasBom ? "utf-8-bom" : "utf-8", warnings: [] };
  } catch {
    const text = new TextDecoder("windows-1252").decode(body);
    const lossy = new TextDecoder("utf-8").decode(body);
    const bad = (lossy.match(/\uFFFD/g) ?? []).length;
    const reason = `Expected UTF-8, received ${bad} invalid byte sequence${bad === 1 ? "" : "s"}; decoded as Windows-1252`;
    const severity = bad / Math.max(1, body.length) > replacementRatioLimit ? "warning" : "info";
    return { ok: true, text, encoding: "windows-1252", warnings: [message("input/encoding", reason, source, null, severity)] };
  }
}
