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
  const first = tierMatch(register, exact.get(folded), "exact", date);
  if (first !== null && (date === null || distanceFromLifetime(first.record, date) === 0)) return first.match;
  // An ambiguous short name ("Newcastle") only resolves when written exactly as one body's name.
  if (!isAmbiguous) {
    const second = tierMatch(register, normalised.get(key), "normalised", date);
    if (second !== null && (first === null || date === null || distanceFromLifetime(second.record, date) === 0)) return second.match;
  }
  return first?.match ?? null;
}

/** The body a tier's entries offer on `date`, as a match, or null when they offer none. */
function tierMatch(register: Register, entries: readonly NameEntry[] | undefined, how: "exact" | "normalised", date: string | null): { record: AuthorityRecord; match: AuthorityMatch } | null {
  if (!entries || entries.length === 0) return null;
  const records: AuthorityRecord[] = [];
  for (const e of entries) {
    const r = register.byCode(e.code);
    if (r !== undefined) records.push(r);
  }
  const chosen = pickByDate(records, date);
  if (!chosen) return null;
  const viaAlias = entries.find((e) => e.code === chosen.code)?.alias === true;
  return { record: chosen, match: toMatch(chosen, viaAlias ? "alias" : how) };
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
