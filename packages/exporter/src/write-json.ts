import { message, type OutputRecord, type OutputSchemaName, type Result } from "@fundtrace/contract";
import { writeFileAtomic } from "./atomic-write.js";
import { loadContractValidator } from "./contract-validator.js";
import { formatJson } from "./json-format.js";

export interface JsonWriteOptions {
  /** Validate against this committed contract schema before writing; when invalid nothing is written. */
  schema?: OutputSchemaName;
}

export const noJsonForm = (file: string) =>
  message("exporter/json", "Expected a value with a JSON form, received undefined or a function", file, null, "error");

/** Writes one JSON value atomically: 2-space indentation, trailing newline, validated first when `schema` is given. */
export async function writeJson(file: string, value: unknown, options: JsonWriteOptions = {}): Promise<Result<OutputRecord>> {
  if (options.schema) {
    const validate = await loadContractValidator([options.schema]);
    const checked = validate(options.schema, value);
    if (!checked.ok) return { ok: false, issues: checked.issues.map((i) => ({ ...i, source: file })) };
  }
  const text = formatJson(value);
  if (text === undefined) return { ok: false, issues: [noJsonForm(file)] };
  return writeFileAtomic(file, text);
}
