import type { Project } from "@fundtrace/contract";
import type { TextLookup } from "./amount-text.js";
import { applyFormulaPolicy, type RowOptions } from "./neutralise.js";
import { PROJECT_COLUMNS } from "./project-columns.js";

export interface ProjectRowOptions extends RowOptions {
  /** Source texts by document id; lets "Amount as written" include the qualifier ("Up to £1.7m"). */
  texts?: TextLookup;
}

/** One row per record, cells in `PROJECT_COLUMNS` order, formula-like cells neutralised unless turned off. */
export function projectRows(projects: readonly Project[], options: ProjectRowOptions = {}): string[][] {
  return projects.map((project) =>
    applyFormulaPolicy(
      PROJECT_COLUMNS.map((c) => c.cell({ project, texts: options.texts })),
      options,
    ),
  );
}
