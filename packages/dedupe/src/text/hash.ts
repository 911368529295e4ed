import { fold } from "./fold.js";

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** A 32-bit FNV-1a hash of a word, as `passageHashes` computes it (for stop lists). */
export function wordHash(word: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), FNV_PRIME);
  return h | 0;
}

const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const APOSTROPHE = 39;

/**
 * Content words of a passage as hashes, appended to `out`: words as `words()` splits them
 * (folded, apostrophes dropped, digits split from letters), of three or more characters, not
 * all digits, not in `stop` (hashes of whole words), plural-stemmed like `stem()`, not in `skip`
 * (a few hashes of stemmed words, e.g. the mention's organisation names). One pass over the text,
 * no string per word, nothing allocated but `out`'s growth.
 */
export function passageHashes(text: string, stop: ReadonlySet<number>, skip: readonly number[], out: { push(value: number): void }): void {
  // eslint-disable-next-line no-control-regex
  const s = /^[\x00-\x7f]*$/.test(text) ? text : fold(text);
  let h = FNV_OFFSET;
  let prevH = FNV_OFFSET;
  let length = 0;
  let letters = 0;
  let last = 0;
  let beforeLast = 0;
  let kind = 0; // 1 letters, 2 digits
  // one position past the end, read as a space, ends the last word
  for (let k = 0; k <= s.length; k++) {
    let c = k < s.length ? s.charCodeAt(k) : 32;
    if (c >= 65 && c <= 90) c += 32;
    if (c === APOSTROPHE && length > 0) continue;
    const type = isLower(c) ? 1 : isDigit(c) ? 2 : 0;
    if (length > 0 && type !== kind) {
      // a word ends: keep its hash (or its singular's) unless it is short, all digits, or listed
      if (length >= 3 && letters > 0 && !stop.has(h | 0)) {
        const plural = length > 3 && last === 115 && beforeLast !== 115 && beforeLast !== 117 && beforeLast !== 105;
        const token = plural ? prevH | 0 : h | 0;
        if (!skip.includes(token)) out.push(token);
      }
      h = FNV_OFFSET;
      prevH = FNV_OFFSET;
      length = 0;
      letters = 0;
      last = 0;
      beforeLast = 0;
    }
    if (type === 0) continue;
    kind = type;
    prevH = h;
    h = Math.imul(h ^ c, FNV_PRIME);
    length++;
    if (type === 1) letters++;
    beforeLast = last;
    last = c;
  }
}
