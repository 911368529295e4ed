import type { OutputRecord, Result } from "@fundtrace/contract";
import { writeFileAtomic } from "../atomic-write.js";
import { renderReport } from "./render-report.js";
import type { ReportInput } from "./types.js";

/** Renders the review page and writes it to `file` atomically; returns the run manifest's `OutputRecord`. */
export function writeReport(file: string, input: ReportInput): Promise<Result<OutputRecord>> {
  return writeFileAtomic(file, renderReport(input));
}
