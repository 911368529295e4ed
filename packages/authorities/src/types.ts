import type { RegisterLink } from "@fundtrace/contract";

/** Where the register data came from; travels inside `register.json`. */
export interface RegisterSource {
  readonly name: string;
  readonly publisher: string;
  readonly url: string;
  readonly commit: string;
  readonly licence: string;
  readonly attribution: string;
}

/** One authority, past or current, as `scripts/build-register.mjs` writes it. */
export interface AuthorityRecord {
  /** The register code, stable across boundary changes: "HCK". */
  readonly code: string;
  /** "London Borough of Hackney". */
  readonly officialName: string;
  /** "Hackney". */
  readonly niceName: string;
  /** Current ONS GSS code, e.g. "E09000012"; null for bodies that never had one (pre-2015 NI districts). */
  readonly gss: string | null;
  readonly formerGss: readonly string[];
  /** YYYY-MM-DD, or null when the register gives none (in existence before the register began). */
  readonly startDate: string | null;
  /** YYYY-MM-DD of the last day (null while current). Successors usually start the day after; some start the same day. */
  readonly endDate: string | null;
  /** Codes of the successor bodies. */
  readonly replacedBy: readonly string[];
  /** Short type code: UA, NMD, MD, LBO, CC, CTY, COMB, SRA, SCO, WPA, NID. */
  readonly type: string;
  readonly typeName: string;
  readonly nation: string;
  readonly region: string | null;
  /** The overlapping county council's code, for a district. */
  readonly county: string | null;
  /** org-id.guide identifier, e.g. "GB-LAE-HCK"; null when the old register has no entry. */
  readonly orgId: string | null;
  readonly altNames: readonly string[];
}

/** The shape of `data/register.json`. */
export interface RegisterData {
  readonly source: RegisterSource;
  readonly authorities: readonly AuthorityRecord[];
  /** mySociety's name → code lookup rows: `[name, code]`. */
  readonly names: readonly (readonly [string, string])[];
  /** mySociety's GSS → code lookup rows (current and former GSS codes): `[gss, code]`. */
  readonly gss: readonly (readonly [string, string])[];
}

/**
 * How a name reached the register:
 * - `exact`: the name as written (folded) is one of the register's names;
 * - `alias`: it is one of the names in `src/data/aliases.json`;
 * - `normalised`: it matched after designators were removed ("Wirral MBC" → "wirral");
 * - `plural-split`: it is one member of a list of authorities sharing one plural designator
 *   ("Barnet, Harrow and Hounslow councils").
 */
export type MatchHow = "exact" | "alias" | "normalised" | "plural-split";

/** A name resolved to one authority. */
export interface AuthorityMatch {
  readonly code: string;
  readonly officialName: string;
  readonly niceName: string;
  readonly gss: string | null;
  /** The contract's link: org id, register code, GSS, official name. */
  readonly link: RegisterLink;
  readonly type: string;
  readonly typeName: string;
  readonly nation: string;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly replacedBy: readonly string[];
  readonly how: MatchHow;
}

/** A piece of the original text. `end` is exclusive; indices are JavaScript string indices. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** An authority name found in running text. */
export interface AuthorityMention {
  /** The whole mention, designators included: "London Borough of Lewisham", "Hackney Council". */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly match: AuthorityMatch;
  /** The place name without designators: "Lewisham". */
  readonly name: TextSpan;
  /**
   * The designator as written: the suffix if there is one ("Council", "MBC"), else the prefix
   * ("London Borough of"), else a plural designator shared by a list ("councils"); null for a bare place name.
   */
  readonly designator: string | null;
  /** Every designator that applies, in text order. A shared plural one may lie outside `[start, end)`. */
  readonly designators: readonly TextSpan[];
  /** True when the text names the body (a council designator), not just the place. */
  readonly isCouncil: boolean;
}

/** Dates are ISO `YYYY-MM-DD`; null or absent means "today's register" (prefer current bodies). */
export interface ResolveOptions {
  readonly date?: string | null;
}

export interface FindOptions extends ResolveOptions {
  /** Scan only `text.slice(from, to)`; spans stay indices into the whole text. */
  readonly from?: number;
  readonly to?: number;
}
