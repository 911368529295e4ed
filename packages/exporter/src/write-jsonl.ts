import type { OutputRecord, Result } from "@fundtrace/contract";
import { writeFileAtomic } from "./atomic-write.js";
import { loadContractValidator } from "./contract-validator.js";
import { formatJsonlChunks } from "./json-format.js";
import type { JsonWriteOptions } from "./write-json.js";

/**
 * Writes JSON Lines atomically: one compact value per line. With `schema`, every value is validated
 * (issue sources read `file:line`) and nothing is written when any is invalid.
 */
export async function writeJsonl(
  file: string,
  values: readonly unknown[],
  options: JsonWriteOptions = {},
): Promise<Result<OutputRecord>> {
  const { schema } = options;
  if (schema) {
    const validate = await loadContractValidator([schema]);
    const issues = values.flatMap((v, i) => {
      const checked = validate(schema, v);
      return checked.ok ? [] : checked.issues.map((issue) => ({ ...issue, source: `${file}:${i + 1}` }));
    });
    if (issues.length > 0) return { ok: false, issues };
  }
  // a line at a time: a million mentions are never one string
  return writeFileAtomic(file, formatJsonlChunks(values));
}
