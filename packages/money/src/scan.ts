/** The money stage: every money expression in a text, resolved, with exact offsets. */
import type { Amount, Message } from "@fundtrace/contract";
import { scanAtoms } from "./atoms.js";
import { toAmount } from "./build.js";
import { fromAtom, type Candidate } from "./candidate.js";
import type { Rule, RuleContext } from "./context.js";
import { resolveOptions, type MoneyOptions } from "./options.js";
import { bareAmount } from "./rules/bare-amount.js";
import { minorCompound } from "./rules/minor-compound.js";
import { period } from "./rules/period.js";
import { qualifier } from "./rules/qualifier.js";
import { range } from "./rules/range.js";
import { trailingMinor } from "./rules/trailing-minor.js";

export interface MoneyScan {
  /** Amounts in text order; spans never overlap. */
  readonly amounts: Amount[];
  /** Why candidates were set aside (info level): no currency to infer, a range written backwards. */
  readonly messages: Message[];
}

/** The rules in the order they run; each sees the previous one's output. */
export const RULES: ReadonlyArray<readonly [string, Rule]> = [
  ["money/range", range],
  ["money/minor-compound", minorCompound],
  ["money/trailing-minor", trailingMinor],
  ["money/qualifier", qualifier],
  ["money/period", period],
  ["money/bare-amount", bareAmount],
];

/**
 * Runs every rule over the atoms of `text` between `from` and `to` (internal: candidates keep
 * their period spans). Offsets are into the whole `text`.
 */
export function resolveCandidates(
  text: string,
  options?: MoneyOptions,
  assumeMoney = false,
): { candidates: Candidate[]; messages: Message[] } {
  const resolved = resolveOptions(options, assumeMoney);
  const { from, to } = resolved;
  const passage = text.slice(from, Math.min(to, text.length));
  const ctx: RuleContext = { text: passage, options: resolved, messages: [] };
  let candidates = scanAtoms(passage).map(fromAtom);
  for (const [, rule] of RULES) candidates = rule(candidates, ctx);
  if (from === 0) return { candidates, messages: ctx.messages };
  const shift = <S extends { start: number; end: number } | null>(s: S): S =>
    (s === null ? s : { ...s, start: s.start + from, end: s.end + from }) as S;
  return {
    candidates: candidates.map((c) => ({ ...shift(c), qualifierSpan: shift(c.qualifierSpan), periodSpan: shift(c.periodSpan) })),
    messages: ctx.messages.map((m) => ({ ...m, span: shift(m.span) })),
  };
}

/** Finds and resolves every money expression in `text`, with the diagnostics of what was set aside. */
export function scanMoney(text: string, options?: MoneyOptions): MoneyScan {
  const { candidates, messages } = resolveCandidates(text, options);
  return { amounts: candidates.map((c) => toAmount(c, text)), messages };
}

/** Every money expression in `text` (or in `text` between `options.from` and `options.to`), in text order. */
export function findMoney(text: string, options?: MoneyOptions): Amount[] {
  return scanMoney(text, options).amounts;
}
