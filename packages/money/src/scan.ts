/** The money stage: every money expression in a text, resolved, with exact offsets. */
import type { Amount, Message } from "@fundtrace/contract";
import { AtomScanner, type Atom } from "./atoms.js";
import { toAmount } from "./build.js";
import { fromAtom, type Candidate } from "./candidate.js";
import type { Rule, RuleContext } from "./context.js";
import { resolveOptions, type MoneyOptions } from "./options.js";
import { addMark, bareAmount, currencyMarks, currencyPicker, mayBeBareAmount, withCurrency } from "./rules/bare-amount.js";
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

/** The rules a batch of candidates goes through on its own (all but money/bare-amount, which needs the whole text). */
const BATCH_RULES = RULES.slice(0, -1);

/** Atoms per batch: enough to spread the per-batch cost, few enough that a batch dies young. */
const BATCH = 2048;

/** "£1m - £2m", "£1m to £2m", "£20 and 43p", "$20 43": text between two atoms that a rule may join across. */
const DASH_OR_WORD = /^\s*(?:[-‒–—−]|to|and)?\s*$/iu;
const MINOR_JOINER = /^\s+(?:and\s+)?$/i;
const TRAILING_JOINER = /^[ \t\u00a0]+(?:and[ \t\u00a0]+)?$/i;
const STARTS_WORD_OR_DIGIT = /^[\p{L}\p{N}]/u;

/**
 * May a batch end between atoms `a` and `b`? Only where no rule can join them: no dash or "to"/"and"
 * alone between them (money/range), no joiner before a minor unit (money/minor-compound), and no
 * joiner before a number that could be a count of pence (money/trailing-minor).
 */
function canSplit(text: string, a: Atom, b: Atom): boolean {
  const between = text.slice(a.end, b.start);
  if (DASH_OR_WORD.test(between) && !/^\s+$/.test(between)) return false;
  if (b.minor && MINOR_JOINER.test(between)) return false;
  if (TRAILING_JOINER.test(between) && STARTS_WORD_OR_DIGIT.test(text.slice(b.start, b.start + 1))) return false;
  return true;
}

/**
 * Runs every rule over the atoms of `text` between `from` and `to` and hands each resolved
 * candidate to `sink` in text order (internal: candidates keep their period spans), returning the
 * diagnostics. Offsets are into the whole `text`. A long text goes through the rules in batches
 * split where no rule can join across, each rule carrying where its last candidate ended, and each
 * batch is handed on at once. A candidate without a currency that cannot be an amount whatever the
 * currencies (a bare count, a year) is dropped at once; from the first that can on, candidates wait
 * for the whole text's count of currencies. The result is what one pass over all atoms would give.
 */
function resolveInto(text: string, options: MoneyOptions | undefined, assumeMoney: boolean, sink: (c: Candidate) => void): Message[] {
  const resolved = resolveOptions(options, assumeMoney);
  const { from, to } = resolved;
  const passage = text.slice(from, Math.min(to, text.length));
  const shift = <S extends { start: number; end: number } | null>(s: S): S =>
    (s === null || from === 0 ? s : { ...s, start: s.start + from, end: s.end + from }) as S;
  const done = from === 0 ? sink : (c: Candidate) => sink({ ...shift(c), qualifierSpan: shift(c.qualifierSpan), periodSpan: shift(c.periodSpan) });

  const scanner = new AtomScanner(passage);
  const ruleMessages: Message[] = [];
  const previousEnds = BATCH_RULES.map(() => 0);
  const marks = currencyMarks();
  // once a candidate waits for its currency, the ones after it wait too, so all leave in text order
  const waiting: Candidate[] = [];
  const bareMessages: Message[] = [];
  const bareContext: RuleContext = { text: passage, options: resolved, messages: bareMessages, previousEnd: 0 };
  let lastEnd = 0; // end of the last candidate money/bare-amount is given
  for (let first = scanner.take(); first !== null; first = scanner.take()) {
    const batch: Candidate[] = [fromAtom(first)];
    for (let prev = first, next = scanner.peek(); next !== null; prev = next, next = scanner.peek()) {
      if (batch.length >= BATCH && canSplit(passage, prev, next)) break;
      batch.push(fromAtom(scanner.take()!));
    }
    let candidates = batch;
    BATCH_RULES.forEach(([, rule], r) => {
      candidates = rule(candidates, { text: passage, options: resolved, messages: ruleMessages, previousEnd: previousEnds[r]! });
      if (candidates.length > 0) previousEnds[r] = candidates[candidates.length - 1]!.end;
    });
    for (const c of candidates) {
      const floor = lastEnd;
      lastEnd = c.end;
      if (c.currency !== null) {
        addMark(marks, c);
        if (waiting.length > 0) waiting.push(c);
        else done(c);
      } else if (mayBeBareAmount(c, bareContext, floor)) {
        // only its currency is left to decide, once the whole text's are counted
        waiting.push(c);
      }
    }
  }
  if (waiting.length > 0) {
    const pick = currencyPicker(marks);
    for (const w of waiting) {
      const c = w.currency !== null ? w : withCurrency(w, bareContext, pick);
      if (c) done(c);
    }
  }
  const messages = [...ruleMessages, ...bareMessages];
  return from === 0 ? messages : messages.map((m) => ({ ...m, span: shift(m.span) }));
}

/** Every resolved candidate of `text` (see `resolveInto`), in text order, with the diagnostics. */
export function resolveCandidates(text: string, options?: MoneyOptions, assumeMoney = false): { candidates: Candidate[]; messages: Message[] } {
  const candidates: Candidate[] = [];
  const messages = resolveInto(text, options, assumeMoney, (c) => candidates.push(c));
  return { candidates, messages };
}

/**
 * Hands each money expression in `text` to `onAmount` as soon as it is resolved, in text order, and
 * returns the diagnostics: for a caller that sorts amounts as they come, so a page of millions of
 * figures never holds them all at once.
 */
export function eachMoney(text: string, options: MoneyOptions | undefined, onAmount: (amount: Amount) => void): Message[] {
  return resolveInto(text, options, false, (c) => onAmount(toAmount(c, text)));
}

/** Finds and resolves every money expression in `text`, with the diagnostics of what was set aside. */
export function scanMoney(text: string, options?: MoneyOptions): MoneyScan {
  const amounts: Amount[] = [];
  const messages = eachMoney(text, options, (a) => amounts.push(a));
  return { amounts, messages };
}

/** Every money expression in `text` (or in `text` between `options.from` and `options.to`), in text order. */
export function findMoney(text: string, options?: MoneyOptions): Amount[] {
  return scanMoney(text, options).amounts;
}
