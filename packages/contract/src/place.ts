import { z } from "zod";
import { RegisterLink } from "./organisation.js";

/** A place where the work happens, linked to the register where it is a local authority area. */
export const Place = z.object({
  name: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  link: RegisterLink.nullable(),
});
export type Place = z.infer<typeof Place>;
