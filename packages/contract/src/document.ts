import { z } from "zod";

/** One input text. `id` is the file name without its extension; `text` is never modified. */
export const Document = z.object({
  id: z.string().min(1),
  text: z.string(),
  /** Where it came from (a path, or "-" for standard input). */
  source: z.string().optional(),
  /** The publication date when known from outside the text (YYYY-MM-DD). */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(),
});
export type Document = z.infer<typeof Document>;
