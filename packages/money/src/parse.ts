/** Boundary: read one string as exactly one money expression ("Up to £1.7m", "£30,000 per annum"). */
import { fail, message, ok, type Amount, type Result } from "@fundtrace/contract";
import { toAmount } from "./build.js";
import { outerEnd, outerStart } from "./candidate.js";
import { resolveOptions, type MoneyOptions } from "./options.js";
import { resolveCandidates } from "./scan.js";

/** Options for reading one expression (the whole string is read, so no `from`/`to`). */
export type ParseOptions = Omit<MoneyOptions, "from" | "to">;

const quoted = (s: string): string => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);

/**
 * Reads `expr` as one money expression, allowing a qualifier before or after it and a period
 * after it; the result says why when it cannot. The input vouches for itself: "350k" needs no
 * money word around it, only a currency (`defaultCurrency`).
 */
export function parseMoneyResult(expr: string, options: ParseOptions = {}): Result<Amount> {
  const { source } = resolveOptions(options);
  // The caller says this string is money, so a bare "350k" needs no money word around it.
  const { candidates, messages } = resolveCandidates(expr, options, true);
  const issue = (reason: string, span: { start: number; end: number } | null = null) =>
    fail<Amount>([message("money/parse", reason, source, span, "error")]);
  const [only, ...others] = candidates;
  if (only === undefined) return issue(messages[0]?.reason ?? `Expected a money expression, received ${quoted(expr)}`);
  if (others.length > 0) {
    const texts = candidates.map((c) => quoted(expr.slice(c.start, c.end))).join(", ");
    return issue(`Expected one money expression, received ${candidates.length}: ${texts}`);
  }
  const extra = `${expr.slice(0, outerStart(only))} ${expr.slice(outerEnd(only))}`.trim();
  if (extra !== "") {
    const text = expr.slice(only.start, only.end);
    return issue(`Expected only a money expression, received extra text ${quoted(extra)} around ${quoted(text)}`, {
      start: only.start,
      end: only.end,
    });
  }
  return ok(toAmount(only, expr));
}

/** Reads `expr` as one money expression, or null when it is not exactly one. */
export function parseMoney(expr: string, options: ParseOptions = {}): Amount | null {
  const result = parseMoneyResult(expr, options);
  return result.ok ? result.value : null;
}
