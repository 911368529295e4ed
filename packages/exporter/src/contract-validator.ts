import { committedValidatorsUrl, precompiledValidator, type ContractValidator, type OutputSchemaName } from "@fundtrace/contract";

export type { ContractValidator };

/**
 * The contract's validator for `names`, from the validation functions ajv compiled ahead of time
 * from the committed JSON Schemas (`packages/contract/schemas/validators.mjs`, kept current by a test).
 */
export async function loadContractValidator(names: readonly OutputSchemaName[]): Promise<ContractValidator> {
  const compiled = (await import(committedValidatorsUrl.href)) as Record<string, unknown>;
  return precompiledValidator(Object.fromEntries(names.map((name) => {
    if (typeof compiled[name] !== "function") throw new Error(`no precompiled validator for ${name}: run pnpm schemas`);
    return [name, compiled[name]];
  })));
}
