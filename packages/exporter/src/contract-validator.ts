import { readFile } from "node:fs/promises";
import { committedSchemaUrl, createValidator, type OutputSchemaName } from "@fundtrace/contract";

/** A validator for one of the contract's outputs, built from its committed JSON Schema (read from disk). */
export type ContractValidator = ReturnType<typeof createValidator>;

/** Reads the committed JSON Schemas of `names` and builds the contract's ajv validator for them. */
export async function loadContractValidator(names: readonly OutputSchemaName[]): Promise<ContractValidator> {
  const entries = await Promise.all(
    names.map(async (name) => [name, JSON.parse(await readFile(committedSchemaUrl(name), "utf8")) as object] as const),
  );
  return createValidator(Object.fromEntries(entries));
}
