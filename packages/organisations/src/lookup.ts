import type { RegisterLink } from "@fundtrace/contract";

/** An authority or place name found in text by a gazetteer. */
export interface AuthorityHit {
  start: number;
  end: number;
  link: RegisterLink;
  /** The text named the body (with a council designator), not just the place. */
  isCouncil: boolean;
}

/**
 * What the recogniser needs from a register of local authorities. Passed in, so the recogniser
 * stays a pure function and tests can use a small fake.
 */
export interface AuthorityLookup {
  /** Authority and place names in `text.slice(from, to)`, longest match first, not overlapping. */
  find(text: string, from: number, to: number): AuthorityHit[];
  /** The register entry a whole name denotes ("Hackney council", "Wirral MBC"), or null. */
  resolve(name: string): RegisterLink | null;
  /** True when the name is an area that spans several authorities (a combined authority, a region). */
  isMultiAuthorityArea(name: string): boolean;
}

export const noAuthorities: AuthorityLookup = {
  find: () => [],
  resolve: () => null,
  isMultiAuthorityArea: () => false,
};
