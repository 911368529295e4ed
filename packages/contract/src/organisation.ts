import { z } from "zod";

/** A link to an official register entry (UK local authorities). */
export const RegisterLink = z.object({
  /** Organisation identifier in org-id.guide form, e.g. GB-LAE-HCK; null where the register has none. */
  orgId: z.string().nullable(),
  /** The register's own code, e.g. HCK. */
  registerCode: z.string(),
  /** ONS GSS code, e.g. E09000012. */
  gss: z.string().nullable(),
  officialName: z.string(),
});
export type RegisterLink = z.infer<typeof RegisterLink>;

export const OrganisationRole = z.enum(["recipient", "partner", "funder"]);
export type OrganisationRole = z.infer<typeof OrganisationRole>;

export const OrganisationKind = z.enum([
  "local-authority",
  "nhs",
  "university",
  "charity",
  "company",
  "public-body",
  "partnership",
  "other",
]);
export type OrganisationKind = z.infer<typeof OrganisationKind>;

/** An organisation as a passage names it. */
export const Organisation = z.object({
  name: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  role: OrganisationRole,
  kind: OrganisationKind,
  /** Other names the text binds to it, e.g. an acronym in parentheses. */
  aliases: z.array(z.string()),
  /** The rule that found it. */
  rule: z.string(),
  link: RegisterLink.nullable(),
});
export type Organisation = z.infer<typeof Organisation>;
