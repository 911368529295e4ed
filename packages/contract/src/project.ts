import { z } from "zod";
import { Amount } from "./amount.js";
import { RegisterLink } from "./organisation.js";

export const ProjectOrganisation = z.object({
  name: z.string().min(1),
  /** A canonical key: the register code for linked authorities, a fingerprint otherwise. */
  key: z.string().min(1),
  link: RegisterLink.nullable(),
  aliases: z.array(z.string()),
});
export type ProjectOrganisation = z.infer<typeof ProjectOrganisation>;

export const ProjectSource = z.object({
  doc: z.string(),
  mention: z.string(),
  kind: z.enum(["funding", "reference"]),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type ProjectSource = z.infer<typeof ProjectSource>;

/** A field on which sources disagree, with every value and where it came from. */
export const Conflict = z.object({
  field: z.string(),
  values: z.array(z.object({ value: z.unknown(), mentions: z.array(z.string()) })),
});
export type Conflict = z.infer<typeof Conflict>;

export const ProjectPlace = z.object({ name: z.string(), gss: z.string().nullable() });

/** One reconciled record per grant. */
export const Project = z.object({
  id: z.string().min(1),
  /** Ids of records merged into this one; they resolve here. */
  aliases: z.array(z.string()),
  name: z.string().nullable(),
  organisations: z.array(ProjectOrganisation),
  amount: Amount.nullable(),
  conflicts: z.array(Conflict),
  mentions: z.array(z.string()),
  sources: z.array(ProjectSource),
  round: z.string().nullable(),
  theme: z.string().nullable(),
  funder: z.string().nullable(),
  programme: z.string().nullable(),
  places: z.array(ProjectPlace),
  firstAnnounced: z.string().nullable(),
  lastAnnounced: z.string().nullable(),
  /** For each field, the mention it was taken from. */
  provenance: z.record(z.string(), z.string()),
});
export type Project = z.infer<typeof Project>;

export const ProjectsFile = z.object({ projects: z.array(Project) });
export type ProjectsFile = z.infer<typeof ProjectsFile>;
