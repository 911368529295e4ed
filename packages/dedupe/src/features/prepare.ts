import type { Mention, RegisterLink } from "@fundtrace/contract";
import stopwords from "../data/stopwords.json" with { type: "json" };
import { amountHigh, amountLow, amountPrecision, roomAbove, roomBelow } from "../amount.js";
import { dayNumber } from "../date.js";
import { projectNameAcronym, projectNameLongForm, projectNameTokens } from "../name/normalise.js";
import { acronymKey, initialsOf, isAcronym, splitParentheticalAcronym } from "../organisation/acronym.js";
import { coreOf, coreTokens } from "../organisation/core.js";
import { capitals } from "../canonical/members.js";
import { fingerprint, fingerprintOf, organisationTokens } from "../organisation/fingerprint.js";
import { linkedKey, resolveLink } from "../organisation/key.js";
import { FORMAL_WORDS } from "../organisation/words.js";
import { roundKey } from "../round.js";
import { stem, words } from "../text/fold.js";
import { passageHashes, wordHash } from "../text/hash.js";
import { Arena, chunkFor } from "../text/arena.js";
import { IntList, Interner } from "../text/intern.js";
import type { LinkOrganisation } from "../types.js";

const DESCRIPTION_STOP_HASHES: ReadonlySet<number> = new Set([...stopwords.english, ...stopwords.funding].map(wordHash));

/** No value. */
export const NONE = -1;

/** The hot per-mention fields, packed row by row (`hot[i * STRIDE + F_…]`) so scoring a pair touches few cache lines. */
export const STRIDE = 24;
export const F_KIND = 0;
export const F_DOC = 1;
export const F_HAS_AMOUNT = 2;
export const F_CURRENCY = 3;
export const F_PERIOD = 4;
export const F_ROUND = 5;
export const F_ROUND_NUMBERED = 6;
export const F_ROUND_LABEL = 7;
export const F_ORG_FROM = 8;
export const F_ORG_TO = 9;
export const F_NAME_KEY = 10;
export const F_NAME_FROM = 11;
export const F_NAME_TO = 12;
export const F_NAME_ACRONYM = 13;
export const F_DESC_FROM = 14;
export const F_DESC_TO = 15;
export const F_HAS_DAY = 16;
export const F_DAY = 17;
export const F_PROGRAMME = 18;
export const F_FUNDER = 19;
export const F_PROGRAMME_ACRONYM = 20;
export const F_FUNDER_ACRONYM = 21;
/** Which distinct project name the mention gives (0 to `nameForms` - 1; NONE without one). */
export const F_NAME_FORM = 22;
/** Amount fields, packed row by row (`hotAmount[i * A_STRIDE + A_…]`). */
export const A_STRIDE = 8;
export const A_VALUE = 0;
export const A_LOW = 1;
export const A_HIGH = 2;
export const A_BELOW = 3;
export const A_ABOVE = 4;
export const A_PRECISION = 5;
/** Organisation-row fields, packed row by row (`orgs.hot[o * O_STRIDE + O_…]`). */
export const O_STRIDE = 16;
export const O_KEY = 0;
export const O_LINKED = 1;
export const O_FINGERPRINT = 2;
export const O_CORE = 3;
export const O_CORE_SIZE = 4;
export const O_CORE_FROM = 5;
export const O_CORE_TO = 6;
export const O_OFFICIAL_CORE = 7;
export const O_ACRONYM_FROM = 8;
export const O_ACRONYM_TO = 9;
export const O_ALIAS_FROM = 10;
export const O_ALIAS_TO = 11;
export const O_IS_ACRONYM = 12;
export const O_BASE = 13;
/** How many funding mentions (of the run, or of the population given) name this row's organisation key. */
export const O_COUNT = 14;
/** The row's written form: an index into `variants`. */
export const O_VARIANT = 15;
const NO_LABEL: { id: number; acronym: number; long: string | null } = Object.freeze({ id: NONE, acronym: NONE, long: null });

/**
 * What prepare knows of one written form of an organisation (a name, its aliases and register
 * link): computed once however many mentions write it, shared by their rows.
 */
export interface OrganisationVariant {
  /** The name as written. */
  written: string;
  aliases: readonly string[];
  link: RegisterLink | null;
  /** Interned canonical key ("la:HCK", "fp:…"), and its text. */
  key: number;
  keyText: string;
  linked: number;
  fingerprint: number;
  core: number;
  coreSize: number;
  coreFrom: number;
  coreTo: number;
  officialCore: number;
  /** Interned core without words naming the kind of organisation ("trust", "network"), or NONE: for blocking. */
  base: number;
  /** Range of acronym ids in the pool (aliases that are acronyms, a parenthesised acronym, the name itself if one). */
  acronymFrom: number;
  acronymTo: number;
  aliasFrom: number;
  aliasTo: number;
  /** Range of interned initials the long form may be abbreviated to (for blocking). */
  initialsFrom: number;
  initialsTo: number;
  /** 1 when the written name is itself an acronym. */
  isAcronym: number;
  /** How formal the written form is, to choose the one to show: has a formal word, words, capitals. */
  formal: number;
  wordCount: number;
  capitals: number;
  /** The written name without a trailing parenthesised acronym (acronym matching, display). */
  longForm: string;
  /** Hashes of the name's stemmed words (left out of the words a mention's passage is compared by). */
  wordHashes: readonly number[];
}

/**
 * Organisation entries of all mentions, one row per organisation a mention names: the fields
 * scoring reads packed per row in `hot` (see O_STRIDE), the rest in the row's variant (rows
 * writing one organisation alike share one).
 */
export interface OrganisationTable {
  count: number;
  hot: Int32Array;
  variants: readonly OrganisationVariant[];
  /** The variant of row `row`. */
  variant(row: number): OrganisationVariant;
  /**
   * Each variant's initials range in the pool, `[2v]` to `[2v + 1]`: blocking reads it for every
   * row, and a megabyte of ranges stays in cache where a hundred thousand variant objects do not.
   */
  initials: Int32Array;
}

/**
 * Comparison features of a list of mentions, as flat typed arrays indexed by mention position,
 * so scoring a pair allocates nothing. Built once per run; `explain` builds one for two mentions.
 */
export interface Prepared {
  n: number;
  /** Hot fields packed per mention (see STRIDE) and amounts (see A_STRIDE). */
  hot: Int32Array;
  hotAmount: Float64Array;
  /** Where this run's typed arrays live (later phases allocate from it too). */
  arena: Arena;
  mentions: readonly Mention[];
  strings: Interner;
  pool: Int32Array;
  /** 0 funding, 1 reference (also in the hot rows: this column is for scans over every mention). */
  kind: Uint8Array;
  /** Mentions that stand for several documents (an existing record without its mentions). */
  extraDocs: Map<number, Int32Array>;
  /** 1 when the mention states an amount (a column for scans, like `kind`). */
  hasAmount: Uint8Array;
  nameLongForm: (string | null)[];
  /** Distinct project names (the values of F_NAME_FORM), so later phases can keep one slot per name. */
  nameForms: number;
  orgs: OrganisationTable;
  programmeLongForm: (string | null)[];
  funderLongForm: (string | null)[];
}

export interface PrepareOptions {
  linkOrganisation?: LinkOrganisation | undefined;
  passageText?: ((mention: Mention) => string) | undefined;
  /** Mentions whose organisations are counted for the term-frequency adjustment (default: `mentions`). */
  population?: readonly Mention[] | undefined;
  /** Documents a mention stands for when it is not just its own `doc`. */
  docsOf?: ((mention: Mention, index: number) => readonly string[] | null) | undefined;
}


/** Builds the features of `mentions`, in the order given. */
export function prepare(mentions: readonly Mention[], options: PrepareOptions = {}): Prepared {
  const n = mentions.length;
  const arena = new Arena(chunkFor(n));
  const strings = new Interner();
  const pool = new IntList(n * 16, arena);
  // the distinct ids of `values`, ascending, appended to the pool: their [from, to) there
  const idScratch = new IntList(64);
  const pushRange = (values: Iterable<string>): [number, number] => {
    idScratch.clear();
    for (const v of values) idScratch.push(strings.id(v));
    idScratch.sort();
    const from = pool.length;
    pool.pushDistinctOf(idScratch);
    return [from, pool.length];
  };

  const kind = arena.uint8(n);
  const extraDocs = new Map<number, Int32Array>();
  const hasAmount = arena.uint8(n);
  const nameLongForm: (string | null)[] = new Array<string | null>(n).fill(null);
  const programmeLongForm: (string | null)[] = new Array<string | null>(n).fill(null);
  const funderLongForm: (string | null)[] = new Array<string | null>(n).fill(null);
  // the hot rows are written as each mention is read, and are the only copy of their fields but
  // kind and amount (a column, then a copy into the rows, touched every page twice at a million mentions)
  const hot = arena.int32(n * STRIDE);
  const hotAmount = arena.float64(n * A_STRIDE);

  // organisation rows, written as each row is made: room for two per mention up front, so the
  // rows never outgrow their first array (a grown array leaves its first copy behind in the
  // arena, touched and unused); room never written costs no memory. Whatever is the same for
  // every row writing one organisation alike lives once, in the row's variant.
  const rowCapacity = 2 * n;
  let orgHot = arena.int32(rowCapacity * O_STRIDE);
  let rows = 0;
  const variants: OrganisationVariant[] = [];

  // funders and programmes repeat across mentions (a page's every mention names the same one):
  // each written form is read once
  const labels = new Map<string, { id: number; acronym: number; long: string | null }>();
  const labelled = (text: string | null | undefined): { id: number; acronym: number; long: string | null } => {
    if (!text || text.trim().length === 0) return NO_LABEL;
    let label = labels.get(text);
    if (label === undefined) {
      const split = splitParentheticalAcronym(text);
      const fp = fingerprint(split.name);
      const acronym = split.acronym ?? (isAcronym(text.trim()) ? text.trim() : null);
      label = {
        id: strings.id(fp.length > 0 ? fp : text.trim().toLowerCase()),
        acronym: acronym ? strings.id(acronymKey(acronym)) : NONE,
        long: split.name,
      };
      labels.set(text, label);
    }
    return label;
  };

  // Organisation names repeat across mentions: their features are computed once per written form.
  const orgCache = new Map<string, number[]>();
  /** The index in `variants` of the written form (made when new). */
  const variantOf = (name: string, aliases: readonly string[], link: RegisterLink | null): number => {
    const known = orgCache.get(name);
    if (known) {
      for (const index of known) {
        const v = variants[index] as OrganisationVariant;
        if (!sameLink(v.link, link) || v.aliases.length !== aliases.length) continue;
        let same = true;
        for (let k = 0; k < aliases.length; k++) if (v.aliases[k] !== aliases[k]) same = false;
        if (same) return index;
      }
    }
    // the name is tokenised once for its key, fingerprint and core (each would tokenise it again)
    const split = splitParentheticalAcronym(name);
    const tokens = organisationTokens(split.name);
    const fp = fingerprintOf(tokens);
    const written = split.acronym === null ? tokens : organisationTokens(name);
    const keyText = link ? linkedKey(link) : `fp:${fp.length > 0 ? fp : name.trim().toLowerCase()}`;
    const core = coreOf(tokens);
    const [coreFrom, coreTo] = pushRange(core);
    const official = link ? coreTokens(link.officialName) : [];
    const base = core.filter((w) => !FORMAL_WORDS.has(w));
    const acronyms = new Set<string>();
    const aliasFps = new Set<string>();
    if (split.acronym) acronyms.add(acronymKey(split.acronym));
    const selfAcronym = isAcronym(name.trim());
    if (selfAcronym) acronyms.add(acronymKey(name));
    for (const alias of aliases) {
      if (isAcronym(alias.trim())) acronyms.add(acronymKey(alias));
      else {
        const fp = fingerprint(alias);
        if (fp.length > 0) aliasFps.add(fp);
      }
    }
    const [acronymFrom, acronymTo] = pushRange(acronyms);
    const [aliasFrom, aliasTo] = pushRange(aliasFps);
    const [initialsFrom, initialsTo] = pushRange(selfAcronym ? [] : initialsOf(split.name));
    const info: OrganisationVariant = {
      written: name,
      aliases: [...aliases],
      link,
      key: strings.id(keyText),
      keyText,
      linked: link ? strings.id(link.registerCode) : NONE,
      fingerprint: strings.id(fp),
      core: core.length > 0 ? strings.id(core.join(" ")) : NONE,
      coreSize: core.length,
      coreFrom, coreTo,
      officialCore: official.length > 0 ? strings.id(official.join(" ")) : NONE,
      base: base.length > 0 ? strings.id(base.join(" ")) : NONE,
      acronymFrom, acronymTo, aliasFrom, aliasTo, initialsFrom, initialsTo,
      isAcronym: selfAcronym ? 1 : 0,
      formal: written.some((w) => FORMAL_WORDS.has(w)) ? 1 : 0,
      wordCount: written.length,
      capitals: capitals(name),
      longForm: split.name,
      wordHashes: words(name).map((w) => wordHash(stem(w))),
    };
    if (known) known.push(variants.length);
    else orgCache.set(name, [variants.length]);
    variants.push(info);
    return variants.length - 1;
  };
  const linkCache = new Map<string, RegisterLink | null>();
  const linkFor = (org: Mention["organisations"][number], date: string | null): RegisterLink | null => {
    if (org.link || !options.linkOrganisation) return org.link;
    const cacheKey = `${org.name}\u0000${date ?? ""}`;
    let link = linkCache.get(cacheKey);
    if (link === undefined) {
      link = resolveLink(org, date, options.linkOrganisation);
      linkCache.set(cacheKey, link);
    }
    return link;
  };
  // words of a mention's organisation names, left out of its passage words (each name's are in its variant)
  const NO_WORDS: readonly number[] = [];
  const own: number[] = [];
  let ownWords: readonly number[] = NO_WORDS;
  // a passage's word hashes, reused from mention to mention
  const hashes = new IntList(256);
  const dayCache = new Map<string, number | null>();
  // a round's key and label, interned, per written round
  const roundCache = new Map<string, { key: number; numbered: number; label: number } | null>();
  // mentions come in document order: most have the document of the one before
  let lastDoc: string | null = null;
  let lastDocId = NONE;
  const nameCache = new Map<string, { from: number; to: number; key: number; acronym: number; long: string; form: number } | null>();
  let nameForms = 0;

  for (let i = 0; i < n; i++) {
    const m = mentions[i] as Mention;
    const row = i * STRIDE;
    const amountRow = i * A_STRIDE;
    hot[row + F_CURRENCY] = NONE;
    hot[row + F_PERIOD] = NONE;
    hot[row + F_NAME_KEY] = NONE;
    hot[row + F_ROUND] = NONE;
    hot[row + F_NAME_ACRONYM] = NONE;
    hot[row + F_NAME_FORM] = NONE;
    hot[row + F_ROUND_LABEL] = NONE;
    kind[i] = m.kind === "reference" ? 1 : 0;
    if (m.doc !== lastDoc) {
      lastDoc = m.doc;
      lastDocId = strings.id(m.doc);
    }
    hot[row + F_DOC] = lastDocId;
    const more = options.docsOf?.(m, i);
    if (more && more.length > 0) extraDocs.set(i, Int32Array.from(new Set(more.map((d) => strings.id(d)))));

    const date = m.announced?.date ?? null;
    let d: number | null = null;
    if (date !== null) {
      const cached = dayCache.get(date);
      d = cached !== undefined ? cached : dayNumber(date);
      if (cached === undefined) dayCache.set(date, d);
    }
    if (d !== null) {
      hot[row + F_DAY] = d;
      hot[row + F_HAS_DAY] = 1;
    }

    if (m.amount) {
      hasAmount[i] = 1;
      hotAmount[amountRow + A_VALUE] = m.amount.value;
      hotAmount[amountRow + A_LOW] = amountLow(m.amount);
      hotAmount[amountRow + A_HIGH] = amountHigh(m.amount);
      hotAmount[amountRow + A_BELOW] = roomBelow(m.amount);
      hotAmount[amountRow + A_ABOVE] = roomAbove(m.amount);
      hotAmount[amountRow + A_PRECISION] = amountPrecision(m.amount);
      hot[row + F_CURRENCY] = strings.id(m.amount.currency);
      hot[row + F_PERIOD] = m.amount.period ? strings.id(m.amount.period) : NONE;
    }

    if (m.name && m.name.trim().length > 0) {
      let entry = nameCache.get(m.name);
      if (entry === undefined) {
        const tokens = projectNameTokens(m.name);
        const acronym = projectNameAcronym(m.name);
        if (tokens.length > 0 || acronym) {
          const [from, to] = pushRange(tokens);
          entry = {
            from, to, key: strings.id(tokens.join(" ")),
            acronym: acronym ? strings.id(acronymKey(acronym)) : NONE,
            long: projectNameLongForm(m.name),
            form: nameForms++,
          };
        } else entry = null;
        nameCache.set(m.name, entry);
      }
      if (entry) {
        hot[row + F_NAME_FROM] = entry.from;
        hot[row + F_NAME_TO] = entry.to;
        hot[row + F_NAME_KEY] = entry.key;
        hot[row + F_NAME_ACRONYM] = entry.acronym;
        hot[row + F_NAME_FORM] = entry.form;
        nameLongForm[i] = entry.long;
      }
    }

    const firstRow = rows;
    hot[row + F_ORG_FROM] = firstRow;
    ownWords = NO_WORDS;
    if (m.organisations.length > 1) own.length = 0;
    for (const org of m.organisations) {
      const link = linkFor(org, date);
      const variant = variantOf(org.name, org.aliases, link);
      const info = variants[variant] as OrganisationVariant;
      if (m.organisations.length === 1) ownWords = info.wordHashes;
      else {
        for (const h of info.wordHashes) own.push(h);
        ownWords = own;
      }
      let repeated = false;
      for (let r = firstRow; r < rows; r++) if (orgHot[r * O_STRIDE + O_KEY] === info.key) repeated = true;
      if (repeated) continue;
      const orgRow = rows++;
      if ((orgRow + 1) * O_STRIDE > orgHot.length) {
        const grown = arena.int32(orgHot.length * 2);
        grown.set(orgHot);
        orgHot = grown;
      }
      const ob = orgRow * O_STRIDE;
      orgHot[ob + O_KEY] = info.key;
      orgHot[ob + O_LINKED] = info.linked;
      orgHot[ob + O_FINGERPRINT] = info.fingerprint;
      orgHot[ob + O_CORE] = info.core;
      orgHot[ob + O_CORE_SIZE] = info.coreSize;
      orgHot[ob + O_CORE_FROM] = info.coreFrom;
      orgHot[ob + O_CORE_TO] = info.coreTo;
      orgHot[ob + O_OFFICIAL_CORE] = info.officialCore;
      orgHot[ob + O_ACRONYM_FROM] = info.acronymFrom;
      orgHot[ob + O_ACRONYM_TO] = info.acronymTo;
      orgHot[ob + O_ALIAS_FROM] = info.aliasFrom;
      orgHot[ob + O_ALIAS_TO] = info.aliasTo;
      orgHot[ob + O_IS_ACRONYM] = info.isAcronym;
      orgHot[ob + O_BASE] = info.base;
      orgHot[ob + O_VARIANT] = variant;
    }
    hot[row + F_ORG_TO] = rows;

    if (m.round) {
      let r = roundCache.get(m.round.text);
      if (r === undefined) {
        const k = roundKey(m.round.text);
        r = k ? { key: strings.id(k.key), numbered: k.numbered ? 1 : 0, label: k.label ? strings.id(k.label) : NONE } : null;
        roundCache.set(m.round.text, r);
      }
      if (r) {
        hot[row + F_ROUND] = r.key;
        hot[row + F_ROUND_NUMBERED] = r.numbered;
        hot[row + F_ROUND_LABEL] = r.label;
      }
    }
    const p = labelled(m.programme?.text);
    hot[row + F_PROGRAMME] = p.id;
    hot[row + F_PROGRAMME_ACRONYM] = p.acronym;
    programmeLongForm[i] = p.long;
    const f = labelled(m.funder?.text);
    hot[row + F_FUNDER] = f.id;
    hot[row + F_FUNDER_ACRONYM] = f.acronym;
    funderLongForm[i] = f.long;

    const passage = options.passageText ? options.passageText(m) : "";
    if (passage.length > 0) {
      hashes.clear();
      passageHashes(passage, DESCRIPTION_STOP_HASHES, ownWords, hashes);
      // sorted in place in a typed array (an array's sort allocates a workspace on every call)
      hashes.sort();
      hot[row + F_DESC_FROM] = pool.length;
      pool.pushDistinctOf(hashes);
      hot[row + F_DESC_TO] = pool.length;
    }
    hot[row + F_KIND] = kind[i] as number;
    hot[row + F_HAS_AMOUNT] = hasAmount[i] as number;
  }


  // term frequencies: funding mentions naming each organisation key
  // by interned key id, in a typed array (a Map of a million keys is a cache miss per lookup); 0 = none
  let keyCounts = new Int32Array(strings.size + 1024);
  const bumpKey = (key: number): void => {
    if (key >= keyCounts.length) {
      const grown = new Int32Array(Math.max(key + 1, keyCounts.length * 2));
      grown.set(keyCounts);
      keyCounts = grown;
    }
    keyCounts[key]!++;
  };
  const countKey = (m: Mention, link: (org: Mention["organisations"][number]) => RegisterLink | null): void => {
    if (m.kind !== "funding") return;
    const seen: number[] = [];
    for (const org of m.organisations) {
      const key = (variants[variantOf(org.name, org.aliases, link(org))] as OrganisationVariant).key;
      if (seen.includes(key)) continue;
      seen.push(key);
      bumpKey(key);
    }
  };
  if (options.population) {
    const ids = new Set<string>();
    for (const m of options.population) {
      ids.add(m.id);
      countKey(m, (org) => linkFor(org, m.announced?.date ?? null));
    }
    for (const m of mentions) if (!ids.has(m.id)) countKey(m, (org) => linkFor(org, m.announced?.date ?? null));
  } else {
    // rows are unique per mention; count funding mentions per key
    for (let i = 0; i < n; i++) {
      if (kind[i] !== 0) continue;
      for (let r = hot[i * STRIDE + F_ORG_FROM] as number; r < (hot[i * STRIDE + F_ORG_TO] as number); r++) bumpKey(orgHot[r * O_STRIDE + O_KEY] as number);
    }
  }
  for (let r = 0; r < rows; r++) {
    const key = orgHot[r * O_STRIDE + O_KEY] as number;
    orgHot[r * O_STRIDE + O_COUNT] = (key < keyCounts.length ? keyCounts[key]! : 0) || 1;
  }
  const table = orgHot.subarray(0, rows * O_STRIDE);
  const initials = arena.int32(2 * variants.length);
  variants.forEach((v, k) => {
    initials[2 * k] = v.initialsFrom;
    initials[2 * k + 1] = v.initialsTo;
  });

  return {
    n, arena, hot, hotAmount, mentions, strings, pool: pool.toArray(), kind, extraDocs, hasAmount, nameLongForm, nameForms,
    orgs: { count: rows, hot: table, variants, variant: (row) => variants[table[row * O_STRIDE + O_VARIANT] as number] as OrganisationVariant, initials },
    programmeLongForm, funderLongForm,
  };
}

/** Whether two register links say the same (links equal in every field stand for one another). */
function sameLink(a: RegisterLink | null, b: RegisterLink | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  return a.registerCode === b.registerCode && a.orgId === b.orgId && a.gss === b.gss && a.officialName === b.officialName;
}
