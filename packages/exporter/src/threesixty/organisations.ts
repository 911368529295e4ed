import type { Organisation360 } from "./types.js";

/** A name or key as an identifier part: ASCII letters and digits, lower case, apostrophes dropped, other runs become "-". */
export function hyphenate(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/gu, "")
    .replace(/['\u2019]/gu, "")
    .replace(/&/gu, " and ")
    .replace(/[^A-Za-z0-9]+/gu, "-")
    .replace(/^-+|-+$/gu, "")
    .toLowerCase();
}

/** Name → org id lookups match names case-insensitively, ignoring runs of whitespace. */
export const nameKey = (name: string): string => name.replace(/\s+/gu, " ").trim().toLowerCase();

/** The registration numbers 360Giving also carries without a prefix (GB-CHC-/GB-SC-/GB-NIC- charities, GB-COH- companies). */
export function registrationNumbers(orgId: string): Pick<Organisation360, "charityNumber" | "companyNumber"> {
  const m = /^GB-(CHC|SC|NIC|COH)-(.+)$/u.exec(orgId);
  if (!m || !m[2]) return {};
  return m[1] === "COH" ? { companyNumber: m[2] } : { charityNumber: m[2] };
}

/**
 * An organisation as 360Giving wants it. The id is the org id when one is known (from the register link or the
 * caller's lookup), else `${prefix}-org-<fingerprint>` (360Giving's advice for organisations without a registration
 * number), where the fingerprint is the hyphenated record key (or name).
 */
export function organisation360(
  name: string,
  fingerprint: string,
  orgId: string | null | undefined,
  prefix: string,
  lookup: ReadonlyMap<string, string>,
): Organisation360 {
  const known = orgId ?? lookup.get(nameKey(name));
  if (known) return { id: known, name, ...registrationNumbers(known) };
  const part = hyphenate(fingerprint) || hyphenate(name) || "unnamed";
  return { id: `${prefix}-org-${part}`, name };
}
