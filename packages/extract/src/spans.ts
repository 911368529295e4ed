/** A span of the text, end exclusive. */
interface Range {
  readonly start: number;
  readonly end: number;
}

/**
 * Spans sorted once, for "does anything overlap this range?" and "what contains it?" in
 * logarithmic time: a document with a hundred thousand mentions asks once per name it meets.
 */
export class SpanIndex<T extends Range> {
  readonly #items: T[];
  readonly #order: number[];
  /** The furthest end among the first k spans by start. */
  readonly #maxEnd: number[];

  constructor(items: readonly T[]) {
    this.#items = [...items];
    const order = this.#items.map((_, i) => i).sort((a, b) => this.#items[a]!.start - this.#items[b]!.start || a - b);
    this.#order = order;
    let max = -Infinity;
    this.#maxEnd = order.map((i) => (max = Math.max(max, this.#items[i]!.end)));
  }

  /** How many spans start before `offset`. */
  #startingBefore(offset: number, inclusive: boolean): number {
    let lo = 0, hi = this.#order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const s = this.#items[this.#order[mid]!]!.start;
      if (s < offset || (inclusive && s === offset)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** True when some span overlaps `[start, end)`. */
  overlaps(start: number, end: number): boolean {
    const k = this.#startingBefore(end, false);
    return k > 0 && this.#maxEnd[k - 1]! > start;
  }

  /** The first span, in the order given, that holds `[start, end)` and passes `accept`; else undefined. */
  firstContaining(start: number, end: number, accept: (item: T) => boolean = () => true): T | undefined {
    let best = -1;
    for (let k = this.#startingBefore(start, true) - 1; k >= 0 && this.#maxEnd[k]! >= end; k--) {
      const i = this.#order[k]!;
      const it = this.#items[i]!;
      if (it.end >= end && accept(it) && (best < 0 || i < best)) best = i;
    }
    return best < 0 ? undefined : this.#items[best];
  }
}
