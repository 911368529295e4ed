import * as crypto from "node:crypto";

/** One-shot hashing (Node 20.12+) is several times faster than a Hash object per id; same digest. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: "hex") => string }).hash;
const sha256Hex = oneShot ? (data: string) => oneShot("sha256", data, "hex") : (data: string) => crypto.createHash("sha256").update(data).digest("hex");

/** A short stable id from content: the same input gives the same id on every run and machine. */
export function stableId(prefix: string, ...parts: Array<string | number>): string {
  // joined, not concatenated: a concatenation is a two-part string that every map lookup by the
  // id would first have to flatten into a copy
  return [prefix, sha256Hex(parts.join("\u0000")).slice(0, 12)].join("_");
}

/**
 * The number the 12 hex digits of an id made by `stableId` spell (whatever its prefix), or -1 for
 * an id of any other form. Two ids with different numbers are different ids.
 */
export function stableIdDigits(id: string): number {
  const from = id.length - 12;
  if (from < 1 || id.charCodeAt(from - 1) !== 0x5f) return -1;
  let value = 0;
  for (let k = from; k < id.length; k++) {
    const digit = hexDigit(id.charCodeAt(k));
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

/**
 * `items` sorted by id, as `a.id < b.id` orders them. Ids made by `stableId` with one prefix
 * compare as the numbers their hex digits spell, so a million records sort by number instead of
 * by string comparison (several times faster); any other ids fall back to comparing strings.
 */
export function sortById<T extends { readonly id: string }>(items: readonly T[]): T[] {
  const n = items.length;
  const prefixLength = n > 0 ? items[0]!.id.length - 12 : 0;
  const prefix = n > 0 ? items[0]!.id.slice(0, prefixLength) : "";
  const byString = (): T[] => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // each id's digits: the first 8 (32 bits) and the last 4 (16 bits)
  const high = new Float64Array(n);
  const low = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const id = items[i]!.id;
    const digits = id.length === prefixLength + 12 && id.startsWith(prefix) ? stableIdDigits(id) : -1;
    if (digits < 0) return byString();
    high[i] = Math.floor(digits / 0x10000);
    low[i] = digits % 0x10000;
  }
  const byKey = (a: number, b: number): number => high[a]! - high[b]! || low[a]! - low[b]! || a - b;
  let order: number[];
  if (n < INDEX_LIMIT) {
    // a numeric sort of (high digits, index) packed into one double, then the rare runs that
    // share their high digits put in order by the rest
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = high[i]! * INDEX_LIMIT + i;
    packed.sort();
    order = [];
    for (let k = 0; k < n; k++) order.push(packed[k]! % INDEX_LIMIT);
    for (let k = 0; k < n; ) {
      let end = k + 1;
      while (end < n && high[order[end]!] === high[order[k]!]) end++;
      if (end - k > 1) {
        const run = order.slice(k, end).sort(byKey);
        for (let j = 0; j < run.length; j++) order[k + j] = run[j]!;
      }
      k = end;
    }
  } else {
    order = [];
    for (let i = 0; i < n; i++) order.push(i);
    order.sort(byKey);
  }
  const out: T[] = [];
  for (let k = 0; k < n; k++) out.push(items[order[k]!]!);
  return out;
}

/** The value of a lower-case hex digit, or -1. */
const hexDigit = (c: number): number => (c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1);

/** Indices below this pack beside 32 bits of key in a double's 53. */
const INDEX_LIMIT = 2 ** 21;
