/** Typed columns that grow: the tokeniser's token and line tables keep one value per row in each. */

type Column = Int32Array | Uint8Array;

/** The column with twice the room (at least 16 rows), its rows copied over. */
export function doubled<C extends Column>(column: C): C {
  const next = new (column.constructor as new (length: number) => C)(Math.max(16, column.length * 2));
  next.set(column);
  return next;
}
