import type { OutputRecord, OutputSchemaName, Result } from "@fundtrace/contract";
import { writeFileAtomic } from "./atomic-write.js";
import { loadContractValidator } from "./contract-validator.js";
import { formatJsonChunks } from "./json-format.js";

export interface JsonWriteOptions {
  /** Validate against this committed contract schema before writing; when invalid nothing is written. */
  schema?: OutputSchemaName;
}

/** Writes one JSON value atomically (as `formatJson` lays it out: 2-space indentation, trailing newline), validated first when `schema` is given. */
export async function writeJson(file: string, value: unknown, options: JsonWriteOptions = {}): Promise<Result<OutputRecord>> {
  if (options.schema) {
    const validate = await loadContractValidator([options.schema]);
    const checked = validate(options.schema, value);
    if (!checked.ok) return { ok: false, issues: checked.issues.map((i) => ({ ...i, source: file })) };
  }
  // written in pieces: a value of hundreds of megabytes is never one string
  return writeFileAtomic(file, formatJsonChunks(value));
}
