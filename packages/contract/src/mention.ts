import { z } from "zod";
import { Amount } from "./amount.js";
import { Organisation } from "./organisation.js";
import { Place } from "./place.js";
import { Quote } from "./span.js";

export const AnnouncedDate = Quote.extend({
  /** ISO date, YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type AnnouncedDate = z.infer<typeof AnnouncedDate>;

/**
 * One passage about one funded project. `start`/`end` cover the passage in the document `doc`.
 * `funding` passages state who is funded or how much; `reference` passages only name a project.
 */
export const Mention = z.object({
  id: z.string().min(1),
  doc: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: z.enum(["funding", "reference"]),
  name: z.string().nullable(),
  nameSpan: Quote.nullable(),
  organisations: z.array(Organisation),
  amount: Amount.nullable(),
  places: z.array(Place),
  round: Quote.nullable(),
  theme: Quote.nullable(),
  funder: Quote.nullable(),
  programme: Quote.nullable(),
  announced: AnnouncedDate.nullable(),
  /** Rules that produced this mention, for audit. */
  rules: z.array(z.string()),
});
export type Mention = z.infer<typeof Mention>;
