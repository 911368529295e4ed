import { z } from "zod";
import { Span } from "./span.js";

/**
 * A diagnostic as a value: which rule spoke, why ("Expected X, received Y"), where, and about what.
 * Stages return these instead of printing.
 */
export const Message = z.object({
  ruleId: z.string().min(1),
  reason: z.string().min(1),
  span: Span.nullable(),
  source: z.string(),
  severity: z.enum(["error", "warning", "info"]),
});
export type Message = z.infer<typeof Message>;

/** The boundary shape: a value, or the issues that prevented one. */
export type Result<T> = { ok: true; value: T } | { ok: false; issues: Message[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(issues: Message[]): Result<T> => ({ ok: false, issues });

/** Builds a message; `reason` should read "Expected X, received Y". */
export function message(
  ruleId: string,
  reason: string,
  source: string,
  span: Span | null = null,
  severity: Message["severity"] = "warning",
): Message {
  return { ruleId, reason, span, source, severity };
}
