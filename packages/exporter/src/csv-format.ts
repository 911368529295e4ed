import { writeToString } from "fast-csv";
import { message, type Message } from "@fundtrace/contract";

export interface CsvOptions {
  /** Prepend a UTF-8 byte order mark so Excel opens the file as UTF-8 (default false). */
  excel?: boolean;
}

/** Row ending: CRLF, as RFC 4180 specifies. */
export const CSV_ROW_DELIMITER = "\r\n";

/**
 * Cells that some readers split or trim unless quoted: ";" or tab (spreadsheets that guess the
 * separator), other control characters such as a vertical tab, and leading or trailing white space.
 */
const SEPARATOR_LIKE = /[;\t\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]|^\s|\s$/u;

/** Checks that every row has as many cells as the header. */
export function checkRowWidths(header: readonly string[], rows: ReadonlyArray<readonly string[]>, source: string): Message[] {
  return rows.flatMap((row, i) =>
    row.length === header.length
      ? []
      : [message("exporter/csv-row-width", `Expected ${header.length} cells in row ${i + 1}, received ${row.length}`, source, null, "error")],
  );
}

/**
 * Serialises a header and rows with fast-csv: RFC 4180 quoting (cells containing a comma, quote, CR or LF are
 * quoted, quotes doubled), CRLF after every row including the last, UTF-8, optional BOM. Cells are written as
 * given (formula neutralisation belongs to the row builders), except that NUL characters are dropped.
 * A column in which any cell contains ";", a tab or another control character, or starts or ends with white
 * space, is quoted throughout, so spreadsheets that split on those (e.g. Excel where the list separator is
 * ";") cannot break a cell apart and expose a formula, and no reader trims what the cell holds.
 */
export async function formatCsv(
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  options: CsvOptions = {},
): Promise<string> {
  const parts: string[] = [];
  for await (const part of formatCsvChunks(header, rows, options)) parts.push(part);
  return parts.join("");
}

/** Rows per call to fast-csv: each batch is formatted on its own, the same way, so the batches join to the whole. */
const CSV_BATCH = 512;

/**
 * `formatCsv` in pieces of a few hundred rows, so a file of hundreds of megabytes is never one
 * string. Which columns are quoted throughout is decided from every row first, as `formatCsv` does.
 */
export async function* formatCsvChunks(
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  options: CsvOptions = {},
): AsyncGenerator<string, void, undefined> {
  const quoteColumns = header.map((h, i) => SEPARATOR_LIKE.test(h) || rows.some((row) => SEPARATOR_LIKE.test(row[i] ?? "")));
  const settings = { rowDelimiter: CSV_ROW_DELIMITER, includeEndRowDelimiter: true, quoteColumns };
  // the byte order mark (if any), the header and the first rows; then the rest, a batch at a time
  yield await writeToString([[...header], ...rows.slice(0, CSV_BATCH).map((row) => [...row])], { ...settings, writeBOM: options.excel === true });
  for (let from = CSV_BATCH; from < rows.length; from += CSV_BATCH) {
    yield await writeToString(rows.slice(from, from + CSV_BATCH).map((row) => [...row]), { ...settings, writeBOM: false });
  }
}
