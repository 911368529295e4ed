import { Ajv2020 } from "ajv/dist/2020.js";
import type { ValidateFunction } from "ajv";
import type { OutputSchemaName } from "./json-schema.js";
import { message, type Message, type Result } from "./message.js";

/**
 * Validates values against JSON Schemas with ajv. Schemas are passed in (the committed files),
 * so this checks what consumers of the files will check, not what zod believes.
 */
export function createValidator(schemas: Partial<Record<OutputSchemaName, object>>) {
  const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
  const compiled = new Map<OutputSchemaName, ValidateFunction>();
  for (const [name, schema] of Object.entries(schemas)) compiled.set(name as OutputSchemaName, ajv.compile(schema));
  return function validate(name: OutputSchemaName, value: unknown, source: string = name): Result<unknown> {
    const fn = compiled.get(name);
    if (!fn) throw new Error(`no schema registered for ${name}`);
    if (fn(value)) return { ok: true, value };
    const issues: Message[] = (fn.errors ?? []).map((e) =>
      message(
        "contract/schema",
        `Expected ${e.instancePath || "(root)"} ${e.message ?? "to match the schema"}, received ${JSON.stringify(e.data)?.slice(0, 80) ?? "undefined"}`,
        source,
        null,
        "error",
      ),
    );
    return { ok: false, issues };
  };
}
