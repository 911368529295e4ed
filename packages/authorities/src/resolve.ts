import { distanceFromLifetime, isoDate, pickByDate } from "./dates.js";
import { foldName } from "./fold.js";
import { linkFor } from "./link.js";
import { parseAuthorityName } from "./normalise.js";
import type { NameEntry, Register } from "./register.js";
import type { AuthorityMatch, AuthorityRecord, MatchHow, ResolveOptions } from "./types.js";

/** An authority record as a match, with how its name was reached. */
export function toMatch(record: AuthorityRecord, how: MatchHow): AuthorityMatch {
  return {
    code: record.code,
    officialName: record.officialName,
    niceName: record.niceName,
    gss: record.gss,
    link: linkFor(record),
    type: record.type,
    typeName: record.typeName,
    nation: record.nation,
    startDate: record.startDate,
    endDate: record.endDate,
    replacedBy: [...record.replacedBy],
    how,
  };
}

interface Tier {
  readonly entries: readonly NameEntry[] | undefined;
  readonly how: "exact" | "normalised";
}

/**
 * Resolves a name given in two forms: `folded` as written (designators kept) and `key` with
 * designators removed. `bare` says the text gave no designator. Tiers are tried in order,
 * exact then normalised; with a date, the first tier offering a body that existed on that day
 * wins, else the first tier with any answer.
 */
export function resolveForms(register: Register, folded: string, key: string, bare: boolean, date: string | null): AuthorityMatch | null {
  if (folded === "" || key === "") return null;
  const { exact, normalised, ambiguous } = register.index;
  const isAmbiguous = ambiguous.has(key);
  if (isAmbiguous && bare) return null;
  const tiers: Tier[] = [{ entries: exact.get(folded), how: "exact" }];
  // An ambiguous short name ("Newcastle") only resolves when written exactly as one body's name.
  if (!isAmbiguous) tiers.push({ entries: normalised.get(key), how: "normalised" });

  let fallback: AuthorityMatch | null = null;
  for (const tier of tiers) {
    if (!tier.entries || tier.entries.length === 0) continue;
    const records = tier.entries.map((e) => register.byCode(e.code)).filter((r): r is AuthorityRecord => r !== undefined);
    const chosen = pickByDate(records, date);
    if (!chosen) continue;
    const viaAlias = tier.entries.find((e) => e.code === chosen.code)?.alias === true;
    const match = toMatch(chosen, viaAlias ? "alias" : tier.how);
    if (date === null || distanceFromLifetime(chosen, date) === 0) return match;
    fallback ??= match;
  }
  return fallback;
}

/**
 * Resolves one written name of a local authority to the register, or null.
 *
 * Tolerates designators ("Wirral MBC", "LB Hackney", "London Borough of Hackney", "Hackney council",
 * even a wrong one: "Calderdale County Council"), but resolves only when, once designators are
 * removed, the WHOLE remaining name is an authority's name: "Slough Children's Services Trust"
 * and "University of Kent" resolve to null. A bare name that stands for several authorities
 * ("Richmond", "Kingston", "Newcastle"; see `src/data/aliases.json`) resolves to null.
 *
 * `date` (YYYY-MM-DD) picks between old and new bodies sharing a name ("North Yorkshire" in 2016 →
 * NYK, in 2024 → NYE); without a date the current body wins.
 */
export function resolveAuthority(register: Register, name: string, options: ResolveOptions = {}): AuthorityMatch | null {
  const parsed = parseAuthorityName(name);
  return resolveForms(register, foldName(name), parsed.key, parsed.designators.length === 0, isoDate(options.date));
}
