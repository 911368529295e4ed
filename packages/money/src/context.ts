/** What every rule receives: the text, the options in force, and a sink for diagnostics. */
import type { Message } from "@fundtrace/contract";
import type { Candidate } from "./candidate.js";
import type { ResolvedOptions } from "./options.js";

export interface RuleContext {
  readonly text: string;
  readonly options: ResolvedOptions;
  /** Diagnostics are collected here and returned with the amounts; nothing is printed. */
  readonly messages: Message[];
  /**
   * Where the last candidate this rule returned before these ends (0 when none): the text scan hands
   * the rules a long text in batches, and a phrase before the first candidate of a batch must not
   * reach back into the candidate before it.
   */
  readonly previousEnd: number;
}

/** A rule rewrites the list of candidates (sorted by start, non-overlapping) and may report messages. */
export type Rule = (candidates: readonly Candidate[], ctx: RuleContext) => Candidate[];
