import { applyFormulaPolicy, type RowOptions } from "../neutralise.js";
import { GRANT_360_COLUMNS } from "./grant-columns.js";
import type { GivingPackage } from "./types.js";

/** One row per grant of a package, cells in `GRANT_360_COLUMNS` order, formula-like cells neutralised unless turned off. */
export function grants360Rows(pkg: Pick<GivingPackage, "grants">, options: RowOptions = {}): string[][] {
  return pkg.grants.map((grant) =>
    applyFormulaPolicy(
      GRANT_360_COLUMNS.map((c) => c.cell(grant)),
      options,
    ),
  );
}
