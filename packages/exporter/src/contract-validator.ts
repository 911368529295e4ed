import { committedQuickValidatorsUrl, committedValidatorsUrl, precompiledValidator, type ContractValidator, type OutputSchemaName } from "@fundtrace/contract";

export type { ContractValidator };

/**
 * The contract's validator for `names`, from the validation functions ajv compiled ahead of time
 * from the committed JSON Schemas (`packages/contract/schemas/validators.mjs`, kept current by a
 * test), with the yes-or-no functions (`quick-validators.mjs`) answering first for speed.
 */
export async function loadContractValidator(names: readonly OutputSchemaName[]): Promise<ContractValidator> {
  const compiled = (await import(committedValidatorsUrl.href)) as Record<string, unknown>;
  const quick = (await import(committedQuickValidatorsUrl.href)) as Record<string, unknown>;
  const pick = (from: Record<string, unknown>) => Object.fromEntries(names.map((name) => {
    if (typeof from[name] !== "function") throw new Error(`no precompiled validator for ${name}: run pnpm schemas`);
    return [name, from[name]];
  }));
  return precompiledValidator(pick(compiled), pick(quick));
}
