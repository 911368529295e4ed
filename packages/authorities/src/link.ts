import type { RegisterLink } from "@fundtrace/contract";
import type { AuthorityRecord } from "./types.js";

/** The contract's register link for an authority. */
export function linkFor(record: Pick<AuthorityRecord, "code" | "gss" | "officialName" | "orgId">): RegisterLink {
  return { orgId: record.orgId, registerCode: record.code, gss: record.gss, officialName: record.officialName };
}

/** The org-id.guide identifier ("GB-LAE-HCK") of a match or record; null when the register has none. */
export function orgIdFor(match: { readonly link: RegisterLink } | Pick<AuthorityRecord, "orgId">): string | null {
  return "link" in match ? match.link.orgId : match.orgId;
}
