import type { Mention, ProjectSource } from "@fundtrace/contract";
import type { Prepared } from "../features/prepare.js";

/**
 * The mentions a record is built from, in canonical order (as indices into the prepared run and
 * as mentions), and how to credit them: a mention standing for an earlier record (whose own
 * mentions were not supplied) credits that record's mentions.
 */
export interface Members {
  p: Prepared;
  fundingIdx: readonly number[];
  referenceIdx: readonly number[];
  funding: readonly Mention[];
  references: readonly Mention[];
  /** The mention id(s) to cite for a value a member carries in `field`. */
  credit(mention: Mention, field: string): string[];
  /** The one id to cite for it: the first credited (the member's own id unless it stands for a record). */
  cite(mention: Mention, field: string): string;
  /** Comparison keys of the labelled fields, memoised for the run. */
  labelKeys: LabelKeys;
  /** The sources a member stands for. */
  sources(mention: Mention): ProjectSource[];
}

/** Comparison keys of the labelled fields: `key(i, text)` for member i whose field reads `text`. */
export interface LabelKeys {
  round(i: number, text: string): string;
  theme(i: number, text: string): string;
  funder(i: number, text: string): string;
  programme(i: number, text: string): string;
}

/** Mention ids carrying each distinct value, keyed by a comparison key; first-seen order kept. */
export class ValueGroups<V> {
  private readonly groups = new Map<string, { value: V; mentions: string[] }>();

  add(key: string, value: V, mentionIds: readonly string[]): void {
    const g = this.groups.get(key);
    if (g) {
      for (const id of mentionIds) if (!g.mentions.includes(id)) g.mentions.push(id);
    } else this.groups.set(key, { value, mentions: [...mentionIds] });
  }

  get size(): number {
    return this.groups.size;
  }

  /** Values with their mentions, the one under `firstKey` first. */
  values(firstKey: string): { value: V; mentions: string[] }[] {
    const first = this.groups.get(firstKey);
    const out: { value: V; mentions: string[] }[] = first ? [{ value: first.value, mentions: first.mentions }] : [];
    for (const [key, g] of this.groups) if (key !== firstKey) out.push({ value: g.value, mentions: g.mentions });
    return out;
  }
}

/** Upper-case letters in a text (formal casing counts towards the fuller form). */
export function capitals(text: string): number {
  let count = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) count++;
  }
  return count;
}

/**
 * `list` in an array of exactly its length. Arrays grown by `push` keep room for 16 more items;
 * a record keeps its lists for the rest of the run, so over a million records that slack is a
 * third of their memory, and the young-generation collector copies it on promotion.
 */
export function exact<T>(list: T[]): T[] {
  return list.length === 0 ? [] : list.slice();
}
