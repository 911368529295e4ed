import { join } from "node:path";
import type { Message, OutputRecord, Project, Result } from "@fundtrace/contract";
import { GRANT_360_COLUMNS, grants360Rows, load360GivingSchemas, to360Giving, writeCsv, writeJson } from "@fundtrace/exporter";

export interface GivingOptions {
  /** The publisher's registered 360Giving prefix; grant ids are `${prefix}-${record id}`. */
  prefix: string;
  /** The funder of records whose text names none. */
  funder?: { id: string; name: string };
  /** Award date for records with no announcement date. */
  defaultAwardDate?: string;
}

/**
 * Writes the records as a 360Giving package (`360giving.json`), the same grants as a CSV with
 * 360Giving column titles (`360giving.csv`), and a validation report (`360giving-report.json`)
 * saying which records were left out for want of which required field: nothing is invented.
 */
export async function write360Giving(out: string, projects: readonly Project[], options: GivingOptions & { neutraliseFormulas: boolean; excel: boolean }): Promise<{ written: Array<[string, Result<OutputRecord>]>; messages: Message[] }> {
  const schemas = await load360GivingSchemas();
  const { package: pkg, report } = to360Giving(projects, {
    prefix: options.prefix, schemas,
    ...(options.funder ? { funder: options.funder } : {}),
    ...(options.defaultAwardDate ? { defaultAwardDate: options.defaultAwardDate } : {}),
  });
  const results: Array<[string, Result<OutputRecord>]> = [];
  results.push(["360giving.json", await writeJson(join(out, "360giving.json"), pkg)]);
  results.push(["360giving.csv", await writeCsv(join(out, "360giving.csv"), GRANT_360_COLUMNS.map((c) => c.title), grants360Rows(pkg, { neutraliseFormulas: options.neutraliseFormulas }), { excel: options.excel })]);
  results.push(["360giving-report.json", await writeJson(join(out, "360giving-report.json"), report)]);
  return { written: results, messages: givingMessages(report) };
}

/** Messages for the run manifest summarising the 360Giving validation report. */
export function givingMessages(report: { valid: boolean; included: string[]; excluded: Array<{ record: string; missing: string[] }> }): Message[] {
  const out: Message[] = [];
  if (report.excluded.length) {
    const missing = new Map<string, number>();
    for (const e of report.excluded) for (const f of e.missing) missing.set(f, (missing.get(f) ?? 0) + 1);
    const summary = [...missing].sort((a, b) => b[1] - a[1]).map(([f, n]) => `${f} (${n})`).join(", ");
    out.push({ ruleId: "exporter/360giving-excluded", reason: `Expected every record to fill 360Giving's required fields, received ${report.excluded.length} without: ${summary}; see 360giving-report.json`, span: null, source: "360giving.json", severity: "info" });
  }
  return out;
}
