/** A word of a short phrase with its span in the document. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}\p{M}’'.\-]*[\p{L}\p{N}\p{M}]|[\p{L}\p{N}]|&/gu;

/** Words of `text.slice(from, to)`, with document offsets. Linear in the slice. */
export function wordsIn(text: string, from: number, to: number): Word[] {
  const slice = text.slice(from, to);
  const out: Word[] = [];
  for (const m of slice.matchAll(wordPattern)) {
    const start = from + m.index;
    out.push({ text: m[0], start, end: start + m[0].length });
  }
  return out;
}

export const isCapitalised = (w: string): boolean => /^[\p{Lu}\p{N}]/u.test(w);
export const isAcronym = (w: string): boolean => /^[\p{Lu}][\p{Lu}\p{N}&-]{1,7}$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w);

/** Trims whitespace and the given punctuation from both ends of a span. */
export function trimSpan(text: string, start: number, end: number, chars = " \t\r\n\u00a0,;:–—-"): [number, number] {
  while (start < end && chars.includes(text[start]!)) start++;
  while (end > start && chars.includes(text[end - 1]!)) end--;
  return [start, end];
}
