import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseString } from "fast-csv";

/** A fresh temporary directory for one test's outputs. */
export const tempDir = (): string => mkdtempSync(join(tmpdir(), "fundtrace-exporter-"));

/** The names in a directory, sorted. */
export const namesIn = (dir: string): string[] => readdirSync(dir).sort();

/** Parses CSV text back into rows with fast-csv's parser. */
export function parseCsv(text: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    parseString(text, {})
      .on("error", reject)
      .on("data", (row: string[]) => rows.push(row))
      .on("end", () => resolve(rows));
  });
}
