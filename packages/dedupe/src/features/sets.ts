/** How many ids two sorted ranges of the pool share (merge walk, no allocation). */
export function intersectionSize(pool: Int32Array, aFrom: number, aTo: number, bFrom: number, bTo: number): number {
  let i = aFrom;
  let j = bFrom;
  let count = 0;
  while (i < aTo && j < bTo) {
    const x = pool[i] as number;
    const y = pool[j] as number;
    if (x === y) {
      count++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return count;
}

/** Whether a sorted range of the pool holds `id`. */
export function rangeHas(pool: Int32Array, from: number, to: number, id: number): boolean {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = pool[mid] as number;
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The ids of a range, resolved to strings (explanations only). */
export function rangeValues(pool: Int32Array, from: number, to: number, value: (id: number) => string): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) out.push(value(pool[k] as number));
  return out;
}
