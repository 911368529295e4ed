import { Ajv2020 } from "ajv/dist/2020.js";
import type { ErrorObject } from "ajv";
import { message, type Message } from "@fundtrace/contract";
import { GIVING_FORMATS } from "./formats.js";
import type { GivingSchemas } from "./types.js";

/** The URL through which the 1.4.3 package schema refers to the grant schema. */
export const GRANT_SCHEMA_REF_142 = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json";

export interface GivingValidator {
  grant(value: unknown, source: string): Message[];
  package(value: unknown, source: string): Message[];
}

const issue = (e: ErrorObject, source: string): Message =>
  message(
    "360giving/schema",
    `Expected ${e.instancePath || "(root)"} ${e.message ?? "to match the schema"}, received ${JSON.stringify(e.data)?.slice(0, 80) ?? "nothing"}`,
    source,
    null,
    "error",
  );

/**
 * Compiles the 360Giving schemas with ajv's draft 2020-12 build, as the bundled README advises: `strict: false`
 * (the schema has its own keywords such as `codelist`), `validateSchema: false` (its `$schema` uses http://),
 * and the grant schema registered under both its 1.4.3 `$id` and the 1.4.2 URL the package schema refers to.
 */
export function create360GivingValidator(schemas: GivingSchemas): GivingValidator {
  const ajv = new Ajv2020({ strict: false, validateSchema: false, allErrors: true, verbose: true, logger: false, formats: GIVING_FORMATS });
  ajv.addSchema(schemas.grant);
  ajv.addSchema(schemas.grant, GRANT_SCHEMA_REF_142);
  const grant = ajv.compile(schemas.grant);
  const pkg = ajv.compile(schemas.package);
  return {
    grant: (value, source) => (grant(value) ? [] : (grant.errors ?? []).map((e) => issue(e, source))),
    package: (value, source) => (pkg(value) ? [] : (pkg.errors ?? []).map((e) => issue(e, source))),
  };
}
