import type { AuthorityRecord, RegisterData } from "@fundtrace/authorities";
import { POOLS } from "./pools.js";
import { createRng, mixSeed, type Rng } from "./prng.js";

export type OrgKind = "local-authority" | "charity" | "company" | "university" | "nhs";

/** A recipient: its fullest name and the ways texts write it. */
export interface Org {
  id: number;
  kind: OrgKind;
  /** The fullest name: a council's official name, a charity's full name ("The Brightwater Foundation"). */
  full: string;
  /** Forms a list entry or a sentence start uses, repeated by weight. */
  forms: string[];
  /** Lower-case council forms prose uses ("Hackney council"); empty for other kinds. */
  proseForms: string[];
  /** An acronym a list page may add in brackets: "(OYT)". */
  acronym: string | null;
  /** For councils: the place name ("Hackney"), so two councils can share a plural ("Wigan and Rochdale councils"). */
  place: string | null;
}

/** The organisations a stream draws recipients from, and the place names where work happens. */
export interface OrgPool {
  authorities: Org[];
  invented: Org[];
  /** Register area names that read unambiguously as places. */
  places: string[];
  /** Invented town names (none of them an authority). */
  towns: string[];
}

const USED_TYPES = new Set(["UA", "LBO", "MD", "NMD", "CTY", "SCO", "WPA", "NID"]);
const simplePlace = /^[A-Z][a-z]+(?:[ -](?:upon|on|under|le|in|[A-Z][a-z]+))*$/;

function authorityOrg(a: AuthorityRecord, id: number): Org {
  const nice = a.niceName;
  const council = `${nice} Council`;
  const forms = [a.officialName, a.officialName, a.officialName];
  if (council !== a.officialName) forms.push(council, council, council);
  if (/Metropolitan Borough Council$/.test(a.officialName)) forms.push(`${nice} MBC`);
  if (a.type === "LBO") forms.push(`${nice} LBC`);
  if (simplePlace.test(nice) && !nice.includes(" and ")) forms.push(nice);
  return { id, kind: "local-authority", full: a.officialName, forms, proseForms: [`${nice} council`], acronym: null, place: nice };
}

/** Every word of a name folded, for comparison with register names. */
const fold = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[’']/g, "").toLowerCase();

const initials = (name: string): string | null => {
  const words = name.replace(/^The /, "").split(/\s+/).filter((w) => /^[A-Z]/.test(w));
  return words.length >= 3 ? words.map((w) => w[0]).join("") : null;
};

function inventedName(rng: Rng, places: readonly string[], towns: readonly string[]): { name: string; kind: OrgKind } {
  const o = POOLS.organisations;
  const r = rng.next();
  if (r < 0.22) return { name: `${rng.chance(0.3) ? "The " : ""}${rng.pick(o.placeWords)} ${rng.pick(o.themes)} ${rng.pick(o.charityTypes)}`, kind: "charity" };
  if (r < 0.34) return { name: `The ${rng.pick(o.placeWords)} ${rng.pick(o.charityTypes)}`, kind: "charity" };
  if (r < 0.44) {
    const brand = rng.pick(o.brands);
    return { name: rng.chance(0.5) ? brand : `${brand} ${rng.pick(o.charityTypes)}`, kind: "charity" };
  }
  if (r < 0.52) return { name: `${rng.pick(POOLS.phrases.charityLeads)} ${rng.pick(POOLS.phrases.charityMiddles)} ${rng.pick(o.placeWords)}`, kind: "charity" };
  if (r < 0.6) return { name: `${rng.pick(places)} ${rng.pick(o.themes)} ${rng.pick(o.charityTypes)}`, kind: "charity" };
  if (r < 0.7) return { name: `${rng.pick([...o.placeWords, ...o.brands])} ${rng.pick(o.companyTypes)}`, kind: "company" };
  if (r < 0.74) {
    const [a, b, c] = rng.sample(o.surnames, 3);
    return { name: rng.chance(0.5) ? `${a}, ${b} and ${c}` : `${a} & ${b} Associates`, kind: "company" };
  }
  if (r < 0.86) return { name: rng.pick(o.universityPatterns).replace("{town}", rng.pick(towns)), kind: "university" };
  const [t1, t2] = rng.sample(towns, 2);
  return { name: rng.pick(o.nhsPatterns).replace("{town2}", t2!).replace("{town}", t1!), kind: "nhs" };
}

/**
 * Builds the recipients of a stream: the register's current councils (each with the forms texts
 * use: official name, "X Council", "X MBC", …) and `count` invented charities, companies,
 * universities and NHS trusts built from the name pools, none of which is a council's name.
 */
export function buildOrgPool(seed: number, register: RegisterData, count = 15000): OrgPool {
  const rng = createRng(mixSeed(seed, 0x0e6));
  const registerNames = new Set<string>();
  for (const a of register.authorities) {
    registerNames.add(fold(a.niceName));
    for (const n of a.altNames) registerNames.add(fold(n));
  }
  for (const [n] of register.names) registerNames.add(fold(n));
  const current = register.authorities.filter(
    (a) => a.endDate === null && (a.startDate === null || a.startDate < "2012-01-01") && USED_TYPES.has(a.type) && !a.niceName.includes(","),
  );
  const authorities = current.map((a, i) => authorityOrg(a, i));
  const avoid = new Set(POOLS.places.avoid);
  const places = current.map((a) => a.niceName).filter((n) => simplePlace.test(n) && !avoid.has(n) && !n.includes(" and "));

  const towns: string[] = [];
  for (const p of POOLS.organisations.townPrefixes) {
    for (const s of POOLS.organisations.townSuffixes) {
      const t = p + s;
      if (!registerNames.has(fold(t))) towns.push(t);
    }
  }
  const seen = new Set<string>(authorities.map((a) => fold(a.full)));
  const invented: Org[] = [];
  for (let tries = 0; invented.length < count && tries < count * 20; tries++) {
    const { name, kind } = inventedName(rng, places, towns);
    const key = fold(name.replace(/^The /, ""));
    if (seen.has(key) || registerNames.has(key)) continue;
    seen.add(key);
    const forms = [name];
    if (name.startsWith("The ")) forms.push(name.slice(4));
    invented.push({ id: authorities.length + invented.length, kind, full: name, forms, proseForms: [], acronym: rng.chance(0.3) ? initials(name) : null, place: null });
  }
  return { authorities, invented, places, towns };
}
