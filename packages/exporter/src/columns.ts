/**
 * One column of a table: a stable machine key, the header title, a one-line description,
 * and how to read the cell from a row's source value. Column lists are data: arrays of these.
 */
export interface Column<Source> {
  readonly key: string;
  readonly title: string;
  readonly description: string;
  readonly cell: (source: Source) => string;
}

/** The header row of a column list. */
export function columnTitles<Source>(columns: ReadonlyArray<Column<Source>>): string[] {
  return columns.map((c) => c.title);
}
