import type { Mention } from "@fundtrace/contract";

/** Plain code-unit comparison (locale-independent, so every machine sorts alike). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Canonical mention order: document id, start offset, end offset, mention id. */
export function compareMentions(a: Mention, b: Mention): number {
  return compareText(a.doc, b.doc) || a.start - b.start || a.end - b.end || compareText(a.id, b.id);
}

/**
 * Sorts `list` in place, stably, by `compare`: by insertion when it is short (the engine's sort
 * copies every list into a fresh workspace, which records of two or three sources pay per call).
 */
export function sortSmall<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > 16) return list.sort(compare);
  for (let k = 1; k < list.length; k++) {
    const item = list[k] as T;
    let at = k - 1;
    while (at >= 0 && compare(list[at] as T, item) > 0) {
      list[at + 1] = list[at] as T;
      at--;
    }
    list[at + 1] = item;
  }
  return list;
}
