import type { Organisation, RegisterLink } from "@fundtrace/contract";
import type { LinkOrganisation } from "../types.js";
import { splitParentheticalAcronym } from "./acronym.js";
import { fingerprint } from "./fingerprint.js";

/** An organisation's register link: the one the recogniser attached, else the injected linker's. */
export function resolveLink(
  organisation: Pick<Organisation, "name" | "link">,
  date: string | null,
  linkOrganisation: LinkOrganisation | undefined,
): RegisterLink | null {
  if (organisation.link) return organisation.link;
  if (!linkOrganisation) return null;
  const own = linkOrganisation(organisation.name, date);
  if (own) return own;
  const stripped = splitParentheticalAcronym(organisation.name);
  return stripped.acronym ? linkOrganisation(stripped.name, date) : null;
}

/** The key of a linked authority: `la:` and its register code. */
export function linkedKey(link: RegisterLink): string {
  return `la:${link.registerCode}`;
}

/**
 * The canonical key of an organisation: `la:CODE` for a linked authority, else `fp:` and the
 * fingerprint of its name (without a trailing parenthesised acronym).
 */
export function organisationKey(name: string, link: RegisterLink | null): string {
  if (link) return linkedKey(link);
  const fp = fingerprint(splitParentheticalAcronym(name).name);
  return `fp:${fp.length > 0 ? fp : name.trim().toLowerCase()}`;
}
