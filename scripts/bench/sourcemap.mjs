// Maps a generated position (line, column; 0-based) in a built file to its TypeScript source,
// reading the file's .map (base64 VLQ mappings, as tsc writes them).
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DIGIT = new Map([...B64].map((c, i) => [c, i]));

function decodeSegment(seg) {
  const out = [];
  let value = 0, shift = 0;
  for (const ch of seg) {
    const d = DIGIT.get(ch);
    value += (d & 31) << shift;
    if (d & 32) shift += 5;
    else { out.push(value & 1 ? -(value >>> 1) : value >>> 1); value = 0; shift = 0; }
  }
  return out;
}

const cache = new Map();
function load(file) {
  if (cache.has(file)) return cache.get(file);
  let parsed = null;
  const mapFile = `${file}.map`;
  if (existsSync(mapFile)) {
    const map = JSON.parse(readFileSync(mapFile, "utf8"));
    const lines = [];
    let src = 0, sl = 0, sc = 0;
    for (const line of map.mappings.split(";")) {
      const segs = [];
      let col = 0;
      if (line) for (const s of line.split(",")) {
        const v = decodeSegment(s);
        col += v[0];
        if (v.length >= 4) { src += v[1]; sl += v[2]; sc += v[3]; segs.push([col, src, sl, sc]); }
      }
      lines.push(segs);
    }
    parsed = { lines, sources: map.sources.map((s) => resolve(dirname(file), map.sourceRoot ?? "", s)) };
  }
  cache.set(file, parsed);
  return parsed;
}

/** `{ file, line }` (1-based line) of the source behind a built file's position, or the built position. */
export function original(url, line, column) {
  const file = url.startsWith("file:") ? fileURLToPath(url) : url;
  const m = file ? load(file) : null;
  const segs = m?.lines[line];
  if (!segs?.length) return { file, line: line + 1 };
  let best = segs[0];
  for (const s of segs) if (s[0] <= column) best = s; else break;
  return { file: m.sources[best[1]], line: best[2] + 1 };
}
