import type { Project } from "@fundtrace/contract";
import { grantDescription, grantTitle } from "./description.js";
import { beneficiaryLocations } from "./locations.js";
import { nameKey, organisation360 } from "./organisations.js";
import type { Grant360, Organisation360 } from "./types.js";

/** What `projectToGrant` needs besides the record. */
export interface GrantContext {
  /** The prefix, without a trailing "-". */
  prefix: string;
  funder: { id: string; name: string } | undefined;
  /** `nameKey(name)` → org id. */
  organisationIds: ReadonlyMap<string, string>;
  defaultAwardDate: string | undefined;
  geoCodeTypes: ReadonlyMap<string, string>;
}

/** A grant id part: characters other than letters, digits, ".", "_" and "-" become "_" (360Giving's advice). */
export const grantIdPart = (id: string): string => id.replace(/[^A-Za-z0-9._-]/gu, "_");

function fundingOrganisation(project: Project, ctx: GrantContext): Organisation360 | null {
  const named = project.funder?.trim();
  if (!named) return ctx.funder ? { ...ctx.funder } : null;
  if (ctx.funder && nameKey(ctx.funder.name) === nameKey(named)) return { id: ctx.funder.id, name: named };
  return organisation360(named, named, null, ctx.prefix, ctx.organisationIds);
}

/**
 * One record as a 360Giving grant, or the required fields it lacks. Never invents a value: no amount, no award
 * date (and no `defaultAwardDate`), no recipient or no funder (and no default `funder`) means no grant.
 */
export function projectToGrant(project: Project, ctx: GrantContext): { grant: Grant360 } | { missing: string[] } {
  const title = grantTitle(project);
  const description = grantDescription(project);
  const amount = project.amount;
  const awardDate = project.firstAnnounced ?? ctx.defaultAwardDate ?? null;
  const recipients = project.organisations.map((o) => organisation360(o.name, o.key, o.link?.orgId, ctx.prefix, ctx.organisationIds));
  const funder = fundingOrganisation(project, ctx);

  const missing = [
    title === null ? "title" : null,
    description === null ? "description" : null,
    amount === null ? "currency" : null,
    amount === null ? "amountAwarded" : null,
    awardDate === null ? "awardDate" : null,
    recipients.length === 0 ? "recipientOrganization" : null,
    funder === null ? "fundingOrganization" : null,
  ].filter((m): m is string => m !== null);
  if (missing.length > 0 || title === null || description === null || amount === null || awardDate === null || funder === null) {
    return { missing };
  }

  const locations = beneficiaryLocations(project.places, ctx.geoCodeTypes);
  const programme = [project.programme, project.round].filter((p): p is string => !!p);
  const programmeTitle = programme.length === 2 ? `${programme[0]} (${programme[1]})` : programme[0];
  return {
    grant: {
      id: `${ctx.prefix}-${grantIdPart(project.id)}`,
      title,
      description,
      currency: amount.currency,
      amountAwarded: amount.value,
      awardDate,
      recipientOrganization: recipients,
      fundingOrganization: [funder],
      ...(locations.length > 0 ? { beneficiaryLocation: locations } : {}),
      ...(programmeTitle ? { grantProgramme: [{ title: programmeTitle }] } : {}),
      ...(project.theme ? { classifications: [{ vocabulary: "fundtrace-theme", title: project.theme }] } : {}),
    },
  };
}
