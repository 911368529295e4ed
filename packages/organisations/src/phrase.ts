import type { Organisation, Place, Quote } from "@fundtrace/contract";
import { isStrongOrganisation, kindOfName } from "./kind.js";
import { lexicon } from "./lexicon.js";
import type { AuthorityHit, AuthorityLookup } from "./lookup.js";
import { isAcronym, isCapitalised, trimSpan, wordsIn } from "./words.js";

export interface PhraseContext {
  authorities: AuthorityLookup;
  /** Names already known as organisations (e.g. from other list entries): they split like strong names. */
  knownOrganisations?: ReadonlySet<string>;
  /** The rule id recorded on each organisation. */
  rule?: string;
}

/** What a recipient phrase ("Catch 22 & Cheshire East Council", "The House Project (led by X)") says. */
export interface ParsedPhrase {
  organisations: Organisation[];
  places: Place[];
  /** A project name carried by the phrase ("NHS England’s Child House", "X (led by Y)"). */
  name: Quote | null;
}

interface Part {
  start: number;
  end: number;
  /** A name the text implies but does not spell out ("Wigan CCG" from "Wigan Council and CCG"). */
  name?: string;
  aliases: string[];
}

const separatorPattern = /\s+(?:working in partnership with|in partnership with|working with|together with|along with|alongside|with|and|&|plus)\s+|\s*,\s+|\s+&\s*|\s*\/\s*/giu;
const strongSeparator = /^(?:working in partnership with|in partnership with|working with|together with|along with|alongside|with)$/iu;

// (patterns as constants: a regex literal makes a new object every time it is evaluated)
const THE_ONLY = /^the\s+$/i;
const LEADING_THE = /^the\s+/i;
const LEADING_DIGIT = /^\d/;
const POSSESSIVE_BEFORE_NAME = /[’']s\s+(?=[\p{Lu}])/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE_RUNS = /\s+/g;

const slice = (text: string, p: { start: number; end: number }) => text.slice(p.start, p.end);
const nameOf = (text: string, p: Part) => p.name ?? slice(text, p);

/** Finds top-level "( … )" groups inside [start, end). */
function parentheticals(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let depth = 0;
  let open = -1;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === "(") { if (depth === 0) open = i; depth++; }
    else if (c === ")" && depth > 0) { depth--; if (depth === 0) out.push({ start: open, end: i + 1 }); }
  }
  return out;
}

/** Segments of [start, end) outside the given holes. */
function outside(start: number, end: number, holes: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const segs: Array<{ start: number; end: number }> = [];
  let at = start;
  for (const h of holes) { if (h.start > at) segs.push({ start: at, end: h.start }); at = Math.max(at, h.end); }
  if (at < end) segs.push({ start: at, end });
  return segs;
}

function isWholeHit(text: string, hits: AuthorityHit[], start: number, end: number): AuthorityHit | undefined {
  const [s, e] = trimSpan(text, start, end, " \t,;:");
  return hits.find((h) => h.start <= s && h.end >= e && (h.start === s || THE_ONLY.test(text.slice(s, h.start))));
}

/** Drops a leading article from a part that follows a separator ("and the LGA" → "LGA"). */
function dropArticle(text: string, p: Part): Part {
  const m = LEADING_THE.exec(slice(text, p));
  return m ? { ...p, start: p.start + m[0].length } : p;
}

/** What steps 1-3 of `parseRecipientPhrase` make: the parts to read as organisations, and aliases written after them. */
interface Split {
  merged: Part[];
  extraParts: Part[];
  aliasAfter: Array<{ at: number; alias: string }>;
}

/** A phrase with no parentheses and no separator ("Leeds City Council") is one part as it stands. */
function simpleSplit(text: string, start: number, end: number): Split | null {
  const phrase = text.slice(start, end);
  if (phrase.includes("(")) return null;
  separatorPattern.lastIndex = 0;
  if (separatorPattern.test(phrase)) return null;
  const [s, e] = trimSpan(text, start, end, PART_TRIM);
  return { merged: e > s ? [{ start: s, end: e, aliases: [] }] : [], extraParts: [], aliasAfter: [] };
}

/**
 * Steps 1-3 of `parseRecipientPhrase`: parentheticals, separators, and which separators split.
 * Null when the phrase is read whole from a "(led by …)" group (then `result` is complete).
 */
function splitPhrase(text: string, start: number, end: number, ctx: PhraseContext, result: ParsedPhrase): Split | null {
  // 1. Parentheticals: "(led by X)", "(MTM)", "(Durham County Council)", "(London)".
  const groups = parentheticals(text, start, end);
  const extraParts: Part[] = [];
  const aliasAfter: Array<{ at: number; alias: string }> = [];
  let ledBy: ParsedPhrase | null = null;
  for (const g of groups) {
    const [is, ie] = trimSpan(text, g.start + 1, g.end - 1);
    const inner = text.slice(is, ie);
    const led = /^(?:led by|run by|delivered by|with)\s+/i.exec(inner);
    if (led) {
      ledBy = parseRecipientPhrase(text, is + led[0].length, ie, ctx);
      continue;
    }
    const innerWords = wordsIn(text, is, ie);
    if (innerWords.length === 1 && isAcronym(innerWords[0]!.text)) { aliasAfter.push({ at: g.start, alias: innerWords[0]!.text }); continue; }
    if (innerWords.length === 0 || !isCapitalised(innerWords[0]!.text)) continue;
    const hits = ctx.authorities.find(text, is, ie);
    const whole = isWholeHit(text, hits, is, ie);
    if (isStrongOrganisation(inner) || whole?.isCouncil) extraParts.push({ start: is, end: ie, aliases: [] });
    else if (innerWords.length <= 4) result.places.push({ name: inner, start: is, end: ie, link: whole?.link ?? null });
  }
  const segments = outside(start, end, groups);
  if (ledBy && ledBy.organisations.length > 0) {
    const first = segments[0];
    if (first) {
      const [ns, ne] = trimSpan(text, first.start, first.end);
      if (ne > ns) result.name = { text: text.slice(ns, ne), start: ns, end: ne };
    }
    result.organisations.push(...ledBy.organisations);
    result.places.push(...ledBy.places);
    return null;
  }

  // 2. Split the main text (outside parentheses) at separators, protecting authority names
  //    and "of/for X and Y" inside names ("Office for Policing and Crime").
  const parts: Array<Part & { sep: string }> = [];
  let segmentHits: AuthorityHit[] | null = null;
  for (const seg of segments) {
    // the segment's authorities, looked up at its first separator (most phrases have none)
    let hits: AuthorityHit[] | null = null;
    const inHit = (i: number) => (hits ??= segmentHits = ctx.authorities.find(text, seg.start, seg.end)).some((h) => h.start < i && h.end > i);
    let at = seg.start;
    let sep = "";
    const segText = text.slice(seg.start, seg.end);
    // an exec loop, not matchAll: matchAll copies the pattern on every call (separators are never empty)
    separatorPattern.lastIndex = 0;
    for (let m = separatorPattern.exec(segText); m; m = separatorPattern.exec(segText)) {
      const s = seg.start + m.index;
      const e = s + m[0].length;
      if (inHit(s)) continue;
      const word = m[0].trim().toLowerCase();
      if (word === "and") {
        const before = wordsIn(text, Math.max(seg.start, s - 40), s);
        const prev2 = before[before.length - 2]?.text.toLowerCase();
        // "Office for Policing and Crime" is one name; "University of Kent and Medway Council" two
        const councilAfter = hits!.some((h) => h.isCouncil && h.start >= e && spanOf(text, e, h.end).start === h.start);
        if ((prev2 === "of" || prev2 === "for") && !councilAfter) continue;
      }
      parts.push(partOf(text, at, s, sep));
      at = e;
      sep = word || ",";
    }
    parts.push(partOf(text, at, seg.end, sep));
  }
  // the whole phrase's authorities, looked up only when a separator needs deciding (the one
  // segment's, when the phrase has no parentheses)
  let phraseHits: AuthorityHit[] | null = null;
  const hitsAll = (): AuthorityHit[] =>
    (phraseHits ??= segments.length === 1 && segments[0]!.start === start && segments[0]!.end === end && segmentHits ? segmentHits : ctx.authorities.find(text, start, end));

  // 3. Decide each separator: split or keep as one name.
  const merged: Part[] = [];
  let current: Part | null = null;
  for (const part of parts) {
    if (part.end <= part.start) continue;
    if (!current) { current = { start: part.start, end: part.end, aliases: [] }; continue; }
    const sepWord = part.sep || "and";
    const right = dropArticle(text, { start: part.start, end: part.end, aliases: [] });
    const rightText = slice(text, right);
    const rightWords = wordsIn(text, right.start, right.end);
    const first = rightWords[0]?.text ?? "";
    if (!isCapitalised(first) || LEADING_DIGIT.test(first)) {
      // "The Fostering Network and 12 delivery partners": the rest is description, not a name.
      if (sepWord !== ",") break;
      current = { ...current, end: right.end, name: undefined };
      continue;
    }
    const cur: Part = current;
    const placeHit = sepWord === "," ? isWholeHit(text, hitsAll(), right.start, right.end) : undefined;
    if (placeHit && !placeHit.isCouncil) {
      // "Riverside Youth Trust, Leicester": a bare place after a comma says where, not who.
      result.places.push({ name: rightText, start: right.start, end: right.end, link: placeHit.link });
      continue;
    }
    if (lexicon.isEllipsisHead(rightText) && !cur.name) {
      const leftWords = wordsIn(text, cur.start, cur.end).map((w) => w.text);
      const stem = leftWords.filter((w) => !lexicon.headKind(w)).join(" ");
      merged.push(cur);
      current = { ...right, name: `${stem} ${rightText}`, aliases: [] };
      continue;
    }
    const lastRight = rightWords[rightWords.length - 1]?.text ?? "";
    const singular = lexicon.singularOf(lastRight);
    const curIsPlain = !isStrongOrganisation(nameOf(text, cur));
    if (singular && curIsPlain && sepWord !== ",") {
      const rightStem = rightWords.slice(0, -1).map((w) => w.text).join(" ");
      merged.push({ ...cur, name: `${nameOf(text, cur)} ${singular}` });
      current = ctx.authorities.isMultiAuthorityArea(rightStem) ? right : { ...right, name: `${rightStem} ${singular}` };
      continue;
    }
    const split = strongSeparator.test(sepWord) || shouldSplit(text, cur, right, ctx, hitsAll());
    if (split) { merged.push(cur); current = right; }
    else current = { ...cur, end: part.end, name: undefined };
  }
  if (current) merged.push(current);

  return { merged, extraParts, aliasAfter };
}

/**
 * Splits a recipient phrase into organisations without breaking names that contain "and" or commas.
 * Joint recipients split where each side stands as an organisation on its own; a shared plural
 * designator is distributed ("Wigan and Rochdale Councils"); an elided name is completed
 * ("Wigan Council and CCG" → Wigan CCG); acronyms in parentheses become aliases.
 */
export function parseRecipientPhrase(text: string, start: number, end: number, ctx: PhraseContext): ParsedPhrase {
  const rule = ctx.rule ?? "organisations/phrase";
  [start, end] = trimSpan(text, start, end);
  const result: ParsedPhrase = { organisations: [], places: [], name: null };
  if (end <= start) return result;

  const split = simpleSplit(text, start, end) ?? splitPhrase(text, start, end, ctx, result);
  if (split === null) return result;
  const { merged, extraParts, aliasAfter } = split;

  // 4. Per part: trailing acronym alias, possessive project names, then the organisation.
  for (const p0 of [...merged, ...extraParts]) {
    let p = p0;
    const words = wordsIn(text, p.start, p.end);
    const last = words[words.length - 1];
    if (!p.name && last && words.length >= 3 && isAcronym(last.text) && !lexicon.isConnector(words[words.length - 2]!.text) && !lexicon.headKind(last.text)) {
      p = { ...p, end: words[words.length - 2]!.end, aliases: [...p.aliases, last.text] };
    }
    const poss = POSSESSIVE_BEFORE_NAME.exec(slice(text, p));
    if (!p.name && poss) {
      const ownerEnd = p.start + poss.index;
      const ownedStart = p.start + poss.index + poss[0].length;
      const owner = text.slice(p.start, ownerEnd);
      const owned = wordsIn(text, ownedStart, p.end);
      const ownedLast = owned[owned.length - 1]?.text ?? "";
      // "NHS England’s Child House", "Dartford Borough Council’s Home Tides Service": a body's own project
      if (isStrongOrganisation(owner) && owned.length > 0 && (owned.length >= 2 || !lexicon.isStrongHead(ownedLast))) {
        result.name ??= { text: text.slice(ownedStart, p.end), start: ownedStart, end: p.end };
        p = { ...p, end: ownerEnd };
      }
    }
    for (const a of aliasAfter) if (a.at >= p.end && a.at - p.end <= 2) p.aliases.push(a.alias);
    const name = nameOf(text, p).replace(SPACE_RUNS, " ").trim();
    if (!name || !LETTER_OR_DIGIT.test(name)) continue;
    const link = ctx.authorities.resolve(name);
    result.organisations.push({
      name, start: p.start, end: p.end, role: "recipient", kind: kindOfName(name, Boolean(link)),
      aliases: p.aliases.length === 0 ? [] : [...new Set(p.aliases)], rule, link,
    });
  }
  // Acronyms in parentheses right after the whole phrase belong to its last organisation.
  const lastOrg = result.organisations[result.organisations.length - 1];
  for (const a of aliasAfter) if (lastOrg && !result.organisations.some((o) => o.aliases.includes(a.alias)) && a.at >= lastOrg.end) lastOrg.aliases.push(a.alias);
  return result;
}

const standaloneStop = new Set(["partners", "others", "friends", "colleagues", "associates", "volunteers", "families"]);

/** Capitalised words of a part, not counting a leading "The". */
function nameWords(text: string, p: Part): string[] {
  const ws = wordsIn(text, p.start, p.end).map((w) => w.text);
  return ws[0] === "The" ? ws.slice(1) : ws;
}

/**
 * Whether "A and B" (or "A & B", "A, B") names two organisations:
 * - B is a council named with its designator ("… & Cheshire East Council") or an acronym: two;
 * - A is one bare word and B ends with a designator ("Tavistock and Portman NHS Foundation",
 *   "The Adolescent and Children’s Trust"): one name sharing the designator;
 * - one side stands as an organisation (a designator, an authority, a known name) and the other
 *   is a name of its own ("Ipswich Borough Council and Birchfield Sports Action",
 *   "Refugee First Larkhill & Midley College", "Bolsover and Birchfield Parenting Project"): two;
 * - otherwise one ("Munro, Turnell and Murphy").
 */
function shouldSplit(text: string, cur: Part, right: Part, ctx: PhraseContext, hits: AuthorityHit[]): boolean {
  const rightText = slice(text, right);
  const rightHit = isWholeHit(text, hits, right.start, right.end);
  if (rightHit?.isCouncil || isAcronym(rightText) || ctx.knownOrganisations?.has(rightText)) return true;
  const leftWords = nameWords(text, cur);
  const rightWords = nameWords(text, right);
  const rightLast = rightWords[rightWords.length - 1] ?? "";
  if (leftWords.length === 1 && !cur.name && lexicon.isStrongHead(rightLast) && !lexicon.singularOf(rightLast)) return false;
  // "Department for Digital, Culture, Media and Sport": single words continuing a "for/of" list,
  // unless a council is followed by an authority ("City of Lincoln Council & Gedling")
  const councilThenAuthority = Boolean(rightHit) && Boolean(isWholeHit(text, hits, cur.start, cur.end)?.isCouncil);
  if (rightWords.length === 1 && leftWords.slice(1).some((w) => w === "for" || w === "of") && !councilThenAuthority) return false;
  const leftStands = isStrongOrganisation(nameOf(text, cur)) || Boolean(isWholeHit(text, hits, cur.start, cur.end)) || Boolean(ctx.authorities.resolve(nameOf(text, cur))) || Boolean(ctx.knownOrganisations?.has(nameOf(text, cur)));
  const rightStands = isStrongOrganisation(rightText) || Boolean(rightHit);
  const rightIsName = rightWords.length >= 2 && rightWords.every((w) => isCapitalised(w) || lexicon.isConnector(w))
    || (rightWords.length === 1 && isCapitalised(rightWords[0]!) && !standaloneStop.has(rightWords[0]!.toLowerCase()));
  const leftIsName = leftWords.length >= 2 && isCapitalised(leftWords[0]!);
  return (leftStands && (rightStands || rightIsName)) || (rightStands && leftIsName);
}

/** A part between separators, trimmed like `spanOf`, with the separator before it. */
function partOf(text: string, start: number, end: number, sep: string): Part & { sep: string } {
  const [s, e] = trimSpan(text, start, end, PART_TRIM);
  return { start: s, end: e, aliases: [], sep };
}

const PART_TRIM = " \t\r\n\u00a0,;:–—-";

function spanOf(text: string, start: number, end: number): { start: number; end: number } {
  const [s, e] = trimSpan(text, start, end, PART_TRIM);
  return { start: s, end: e };
}
