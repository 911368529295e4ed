/** Typed columns that grow, and binary search over sorted ones: the tokeniser's tables keep one value per row in each. */

type Column = Int32Array | Uint8Array;

/** The column with twice the room (at least 16 rows), its rows copied over. */
export function doubled<C extends Column>(column: C): C {
  const next = new (column.constructor as new (length: number) => C)(Math.max(16, column.length * 2));
  next.set(column);
  return next;
}

/** The first of the first `length` rows whose end is after `offset` (`ends` ascending), or `length`. */
export function firstEndingAfter(ends: Int32Array, length: number, offset: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid]! > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The first of the first `length` rows whose start is at or after `offset` (`starts` ascending), or `length`. */
export function firstStartingAt(starts: Int32Array, length: number, offset: number): number {
  // offsets are whole numbers: starting at or after `offset` is starting after `offset - 1`
  return firstEndingAfter(starts, length, offset - 1);
}

/**
 * `ints` Int32 columns and `bytes` Uint8 columns of `length` rows, all views of one buffer: a
 * table of a short page costs one allocation instead of one per column.
 */
export function packedColumns(length: number, ints: number, bytes: number): { int32: Int32Array[]; uint8: Uint8Array[] } {
  const buffer = new ArrayBuffer(length * (ints * 4 + bytes));
  const int32: Int32Array[] = [];
  const uint8: Uint8Array[] = [];
  for (let k = 0; k < ints; k++) int32.push(new Int32Array(buffer, k * length * 4, length));
  for (let k = 0; k < bytes; k++) uint8.push(new Uint8Array(buffer, ints * length * 4 + k * length, length));
  return { int32, uint8 };
}
