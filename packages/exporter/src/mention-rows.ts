import type { Mention } from "@fundtrace/contract";
import type { TextLookup } from "./amount-text.js";
import { MENTION_COLUMNS } from "./mention-columns.js";
import { applyFormulaPolicy, type RowOptions } from "./neutralise.js";

export interface MentionRowOptions extends RowOptions {
  /** Mention id → record id (see `projectIdsByMention`); fills the "Record ID" column. */
  projectIds?: ReadonlyMap<string, string>;
}

/** One row per mention, cells in `MENTION_COLUMNS` order, formula-like cells neutralised unless turned off. */
export function mentionRows(mentions: readonly Mention[], texts: TextLookup, options: MentionRowOptions = {}): string[][] {
  return mentions.map((mention) => {
    const source = { mention, text: texts(mention.doc), projectId: options.projectIds?.get(mention.id) };
    return applyFormulaPolicy(
      MENTION_COLUMNS.map((c) => c.cell(source)),
      options,
    );
  });
}
