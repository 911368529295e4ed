import type { OutputRecord, Result } from "@fundtrace/contract";
import { writeFileAtomic } from "./atomic-write.js";
import { checkRowWidths, formatCsvChunks, type CsvOptions } from "./csv-format.js";

/**
 * Writes a CSV file atomically (see `formatCsv` for the format). Rows whose width differs from the header's
 * are refused: nothing is written and the issues say which rows.
 */
export async function writeCsv(
  file: string,
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  options: CsvOptions = {},
): Promise<Result<OutputRecord>> {
  const issues = checkRowWidths(header, rows, file);
  if (issues.length > 0) return { ok: false, issues };
  // a few thousand rows at a time: a file of hundreds of megabytes is never one string
  return writeFileAtomic(file, formatCsvChunks(header, rows, options));
}
