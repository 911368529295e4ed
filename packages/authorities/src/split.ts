import { findAuthorities } from "./find.js";
import type { Register } from "./register.js";
import type { AuthorityMatch, ResolveOptions } from "./types.js";

const LEFTOVER = /^(?:[\s,;&]|\band\b|\bor\b|\bthe\b)*$/i;

/**
 * Resolves a name that lists several authorities ("Barnet, Harrow and Hounslow councils",
 * "the London Boroughs of Camden and Islington", "Wigan and Rochdale") to one match each, in
 * order. Returns [] unless the WHOLE name is such a list: any word that is neither an authority,
 * a designator nor "and"/"or" makes it something else ("Wigan and Rochdale Youth Trust").
 * A single authority gives a one-element list, as `resolveAuthority` would.
 */
export function resolveAuthorityList(register: Register, name: string, options: ResolveOptions = {}): AuthorityMatch[] {
  const mentions = findAuthorities(register, name, { date: options.date ?? null });
  if (mentions.length === 0) return [];
  let rest = "";
  let at = 0;
  const covered = mentions
    .flatMap((m) => [{ start: m.start, end: m.end }, ...m.designators])
    .sort((a, b) => a.start - b.start);
  for (const span of covered) {
    if (span.start > at) rest += ` ${name.slice(at, span.start)}`;
    at = Math.max(at, span.end);
  }
  rest += ` ${name.slice(at)}`;
  if (!LEFTOVER.test(rest)) return [];
  return mentions.map((m) => m.match);
}
