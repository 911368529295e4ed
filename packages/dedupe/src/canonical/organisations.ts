import type { Mention, ProjectOrganisation, RegisterLink } from "@fundtrace/contract";
import { organisationMatch } from "../features/organisation.js";
import { F_ORG_FROM, F_ORG_TO, STRIDE, type OrganisationVariant, type Prepared } from "../features/prepare.js";
import { exact } from "./members.js";

/**
 * Whether organisation row `a` is written more fully than row `b`: not an acronym, a formal word
 * ("Council", "Trust"), more words, formal casing, longer.
 */
function fuller(p: Prepared, a: number, b: number): boolean {
  const x = p.orgs.variant(a);
  const y = p.orgs.variant(b);
  if (x.isAcronym !== y.isAcronym) return x.isAcronym === 0;
  if (x.formal !== y.formal) return x.formal > y.formal;
  if (x.wordCount !== y.wordCount) return x.wordCount > y.wordCount;
  if (x.capitals !== y.capitals) return x.capitals > y.capitals;
  return x.written.length > y.written.length;
}

/**
 * The record's organisations: the organisation rows of its funding mentions grouped into one
 * organisation each (rows that match — same register entry, fingerprint, acronym or distinctive
 * words — but never two rows of one mention), each shown by its fullest written form, keyed by
 * its register code when linked, with its other written forms and acronyms as aliases.
 * `from[k]` is the mention organisation k is shown as written by (provenance names each
 * organisation by its position: `organisations.0`, `organisations.1`, …).
 */
export function canonicalOrganisations(p: Prepared, funding: readonly number[]): { organisations: ProjectOrganisation[]; from: number[] } {
  if (funding.length === 1) return single(p, funding[0]!);
  const rows: { row: number; mention: number }[] = [];
  let oneEach = true;
  for (const i of funding) {
    const from = p.hot[i * STRIDE + F_ORG_FROM] as number;
    const to = p.hot[i * STRIDE + F_ORG_TO] as number;
    if (to - from !== 1) oneEach = false;
    for (let o = from; o < to; o++) rows.push({ row: o, mention: i });
  }
  const group = rows.map((_, k) => k);
  const find = (k: number): number => {
    while (group[k] !== k) k = group[k] as number;
    return k;
  };
  if (oneEach) {
    // one row per mention: no two rows of a group can share a mention, so the groups are the
    // components of the match graph, each under its first row, whatever order links are taken in
    for (let a = 0; a < rows.length; a++) {
      for (let b = a + 1; b < rows.length; b++) {
        const ra = find(a);
        const rb = find(b);
        if (ra === rb || organisationMatch(p, rows[a]!.row, rows[b]!.row) === 0) continue;
        if (ra < rb) group[rb] = ra;
        else group[ra] = rb;
      }
    }
  } else if (rows.length > 1) {
    const mentionsOf = rows.map((r) => new Set([r.mention]));
    const links: { a: number; b: number; level: number }[] = [];
    for (let a = 0; a < rows.length; a++) {
      for (let b = a + 1; b < rows.length; b++) {
        if (rows[a]!.mention === rows[b]!.mention) continue;
        const level = organisationMatch(p, rows[a]!.row, rows[b]!.row);
        if (level > 0) links.push({ a, b, level });
      }
    }
    links.sort((x, y) => y.level - x.level || x.a - y.a || x.b - y.b);
    for (const { a, b } of links) {
      const ra = find(a);
      const rb = find(b);
      if (ra === rb) continue;
      const ma = mentionsOf[ra]!;
      const mb = mentionsOf[rb]!;
      let overlap = false;
      for (const m of mb) if (ma.has(m)) overlap = true;
      if (overlap) continue;
      const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
      group[drop] = keep;
      for (const m of mentionsOf[drop]!) mentionsOf[keep]!.add(m);
    }
  }
  // each group under its first row (the smallest index), groups in the order of their first rows
  const root: number[] = [];
  for (let k = 0; k < rows.length; k++) root.push(find(k));
  const t = p.orgs;
  const organisations: ProjectOrganisation[] = [];
  const from: number[] = [];
  for (let g = 0; g < rows.length; g++) {
    if (root[g] !== g) continue;
    let chosen = g;
    let link: RegisterLink | null = null;
    for (let k = g; k < rows.length; k++) {
      if (root[k] !== g) continue;
      if (fuller(p, rows[k]!.row, rows[chosen]!.row)) chosen = k;
      if (!link) link = t.variant(rows[k]!.row).link;
    }
    const chosenRow = rows[chosen]!.row;
    const name = t.variant(chosenRow).written;
    const key = link ? `la:${link.registerCode}` : t.variant(chosenRow).keyText;
    const aliases: string[] = [];
    for (let k = g; k < rows.length; k++) {
      if (root[k] !== g) continue;
      const written = t.variant(rows[k]!.row).written;
      addAlias(aliases, name, written);
      for (const org of p.mentions[rows[k]!.mention]!.organisations) {
        if (org.name !== written) continue;
        for (const alias of org.aliases) addAlias(aliases, name, alias);
        break;
      }
    }
    let same: ProjectOrganisation | undefined;
    for (const o of organisations) {
      if (o.key !== key) continue;
      same = o;
      break;
    }
    if (same) {
      if (name !== same.name && !same.aliases.includes(name)) same.aliases.push(name);
      for (const a of aliases) if (a !== same.name && !same.aliases.includes(a)) same.aliases.push(a);
      continue;
    }
    organisations.push({ name, key, link, aliases });
    from.push(rows[chosen]!.mention);
  }
  for (const o of organisations) if (o.aliases.length > 0) o.aliases = exact(o.aliases);
  return { organisations: exact(organisations), from };
}

/** Adds `written`, trimmed, to `aliases` unless it is empty, the shown `name`, or there already. */
function addAlias(aliases: string[], name: string, written: string): void {
  const v = written.trim();
  if (v.length > 0 && v !== name && !aliases.includes(v)) aliases.push(v);
}

/** A record of one funding mention: its organisations as written. */
function single(p: Prepared, i: number): { organisations: ProjectOrganisation[]; from: number[] } {
  const t = p.orgs;
  const m = p.mentions[i]!;
  const first = p.hot[i * STRIDE + F_ORG_FROM] as number;
  const last = p.hot[i * STRIDE + F_ORG_TO] as number;
  // most records name one organisation: its list is made at its length (no slack, no copy)
  if (last - first === 1) return { organisations: [shown(t.variant(first), m)], from: [i] };
  const organisations: ProjectOrganisation[] = [];
  const from: number[] = [];
  for (let o = first; o < last; o++) {
    organisations.push(shown(t.variant(o), m));
    from.push(i);
  }
  return { organisations: exact(organisations), from };
}

/** An organisation as mention `m` writes it: its written form, key, link and the aliases it gives there. */
function shown(variant: OrganisationVariant, m: Mention): ProjectOrganisation {
  const name = variant.written;
  const link = variant.link;
  let given: readonly string[] = [];
  for (const x of m.organisations) {
    if (x.name !== name) continue;
    given = x.aliases;
    break;
  }
  const aliases: string[] = [];
  for (const a of given) addAlias(aliases, name, a);
  return { name, key: link ? `la:${link.registerCode}` : variant.keyText, link, aliases: aliases.length === 0 ? aliases : exact(aliases) };
}
