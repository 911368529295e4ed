import { z } from "zod";

/** A half-open range `[start, end)` of JavaScript string indices into a document's original text. */
export const Span = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: "Expected end >= start" });
export type Span = z.infer<typeof Span>;

/** A piece of source text with its span: what was read, exactly where it was read. */
export const Quote = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Quote = z.infer<typeof Quote>;
