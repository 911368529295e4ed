#!/usr/bin/env node
// Regenerates packages/contract/schemas/*.schema.json from the zod schemas, and validators.mjs,
// the validation functions ajv compiles from them, so that runs load them instead of compiling.
// Run with `pnpm schemas` after changing the contract; a test fails while the two differ.
import { writeFileSync, mkdirSync } from "node:fs";
import { outputSchemas, jsonSchemaOf, schemaFileName, standaloneValidators, committedValidatorsUrl, committedQuickValidatorsUrl } from "../packages/contract/dist/index.js";

const dir = new URL("../packages/contract/schemas/", import.meta.url);
mkdirSync(dir, { recursive: true });
for (const name of Object.keys(outputSchemas)) {
  const file = new URL(schemaFileName(name), dir);
  writeFileSync(file, JSON.stringify(jsonSchemaOf(name), null, 2) + "\n");
  console.log(`wrote ${file.pathname}`);
}
const schemas = Object.fromEntries(Object.keys(outputSchemas).map((name) => [name, jsonSchemaOf(name)]));
writeFileSync(committedValidatorsUrl, standaloneValidators(schemas));
console.log(`wrote ${committedValidatorsUrl.pathname}`);
writeFileSync(committedQuickValidatorsUrl, standaloneValidators(schemas, { quick: true }));
console.log(`wrote ${committedQuickValidatorsUrl.pathname}`);
