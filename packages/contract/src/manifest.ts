import { z } from "zod";
import { Message } from "./message.js";

export const InputRecord = z.object({
  path: z.string(),
  id: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string(),
  status: z.enum(["processed", "skipped"]),
  /** Why it was skipped, or null. */
  reason: z.string().nullable(),
  encoding: z.string().nullable(),
  mentions: z.number().int().nonnegative(),
});
export type InputRecord = z.infer<typeof InputRecord>;

export const OutputRecord = z.object({
  file: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string(),
});
export type OutputRecord = z.infer<typeof OutputRecord>;

/** An amount that was found in a processed document and attached to no mention. */
export const UnattachedAmount = z.object({
  doc: z.string(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  value: z.number().nonnegative(),
  reason: z.string(),
});
export type UnattachedAmount = z.infer<typeof UnattachedAmount>;

/** `run.json`: everything a reviewer needs to audit one run. Only `timings` varies between identical runs. */
export const RunManifest = z.object({
  tool: z.object({ name: z.string(), version: z.string() }),
  inputs: z.array(InputRecord),
  outputs: z.array(OutputRecord),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  unattached: z.array(UnattachedAmount),
  messages: z.array(Message),
  timings: z.record(z.string(), z.number().nonnegative()),
});
export type RunManifest = z.infer<typeof RunManifest>;
