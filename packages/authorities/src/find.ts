import {
  ALLOWED_BEFORE,
  ABBREVIATIONS,
  BODY_ONLY_TYPES,
  COMMON_WORD_NAMES,
  CONNECTORS,
  LOCATIVES,
  ORG_HEADS,
  ORG_WORDS,
  PERSON_TITLES,
} from "./context.js";
import { isoDate } from "./dates.js";
import { PLURAL_PREFIXES, PLURAL_SUFFIXES, PREFIXES, SUFFIXES, type Designator } from "./designators.js";
import { foldName } from "./fold.js";
import type { Register } from "./register.js";
import { resolveForms } from "./resolve.js";
import { gapBetween, tokenise, type Token } from "./tokens.js";
import type { AuthorityMatch, AuthorityMention, FindOptions, TextSpan } from "./types.js";

/** A designator found in the text. */
interface DesignatorHit {
  readonly designator: Designator;
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly possessive: boolean;
}

/** A run of tokens that spells a normalised name from the trie. */
interface NameHit {
  readonly first: number;
  readonly last: number;
  readonly end: number;
  readonly key: string;
  readonly possessive: boolean;
}

interface Option {
  readonly prefix: DesignatorHit | null;
  readonly name: NameHit;
  readonly suffix: DesignatorHit | null;
  readonly start: number;
  readonly end: number;
  readonly last: number;
}

/** A mention under construction; the post-passes may share designators or drop it. */
interface Draft {
  readonly option: Option;
  readonly first: number;
  match: AuthorityMatch;
  designators: TextSpan[];
  isCouncil: boolean;
  shared: DesignatorHit | null;
  readonly needsContext: boolean;
}

const MAX_RUN = 4;
// Prefixes and suffixes are tried longest first; suffixes ending in a connector ("City of") are
// only for inverted register forms ("Bristol, City of") and mean something else in prose.
const TEXT_PREFIXES: readonly Designator[] = [...PREFIXES, ...PLURAL_PREFIXES].sort((a, b) => b.words.length - a.words.length);
const TEXT_SUFFIXES: readonly Designator[] = [...SUFFIXES, ...PLURAL_SUFFIXES]
  .filter((d) => !CONNECTORS.has(d.words[d.words.length - 1]!))
  .sort((a, b) => b.words.length - a.words.length);
/** Designators by their first word, in the order above: only those can start at a token. */
function byFirstWord(list: readonly Designator[]): ReadonlyMap<string, readonly Designator[]> {
  const map = new Map<string, Designator[]>();
  for (const d of list) {
    const w = d.words[0]!;
    (map.get(w) ?? map.set(w, []).get(w)!).push(d);
  }
  return map;
}
const PREFIXES_BY_FIRST = byFirstWord(TEXT_PREFIXES);
const SUFFIXES_BY_FIRST = byFirstWord(TEXT_SUFFIXES);
const NONE: readonly Designator[] = [];
/** Each designator's place in its full list, for merging two first-word lists in that order. */
const RANK: ReadonlyMap<Designator, number> = new Map([...TEXT_PREFIXES.map((d, i) => [d, i] as const), ...TEXT_SUFFIXES.map((d, i) => [d, i] as const)]);
/** The designators that may start at a token: those whose first word is its word or its base. */
function startingAt(index: ReadonlyMap<string, readonly Designator[]>, t: Token): readonly Designator[] {
  const byKey = index.get(t.key) ?? NONE;
  if (t.base === t.key) return byKey;
  const byBase = index.get(t.base);
  if (!byBase) return byKey;
  // in the order of the full lists
  return [...byKey, ...byBase].sort((a, b) => RANK.get(a)! - RANK.get(b)!);
}
const LIST_GAP = /^\s*(?:[,;]\s*(?:(?:and|or)\s+|&\s*)?|(?:and|or)\s+|&\s*)$/i;

const NO_NAMES: readonly NameHit[] = [];
const NO_OPTIONS: readonly Option[] = [];
/** Longest first; of two as long, the one whose name covers more words. */
const byReach = (a: Option, b: Option): number => b.end - a.end || b.name.last - b.name.first - (a.name.last - a.name.first);

class Scanner {
  constructor(
    private readonly register: Register,
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly date: string | null,
  ) {}

  private gap(i: number, j: number) {
    return gapBetween(this.text, this.tokens[i]!, this.tokens[j]!);
  }

  /** Next to each other on one line, with only spaces between: context words must be this close. */
  private adjacent(i: number, j: number): boolean {
    return this.gap(i, j) === "space" && !this.text.slice(this.tokens[i]!.end, this.tokens[j]!.start).includes("\n");
  }

  /** The designator `d` starting at token `i`, if the text has it there. */
  private designatorAt(i: number, d: Designator, mustBeCapitalised: boolean): DesignatorHit | null {
    let end = 0;
    let possessive = false;
    for (let k = 0; k < d.words.length; k++) {
      const t = this.tokens[i + k];
      if (!t) return null;
      if (k > 0 && this.gap(i + k - 1, i + k) !== "space") return null;
      const word = d.words[k]!;
      const isLast = k === d.words.length - 1;
      const byKey = t.key === word;
      const byBase = isLast && !byKey && t.base !== t.key && t.base === word;
      if (!byKey && !byBase) return null;
      if (d.capitalsOnly && !t.allCaps) return null;
      if (mustBeCapitalised && !t.capitalised && !CONNECTORS.has(t.key)) return null;
      end = byBase ? t.baseEnd : t.end;
      possessive = byBase;
    }
    return { designator: d, first: i, last: i + d.words.length - 1, start: this.tokens[i]!.start, end, possessive };
  }

  /** Every name in the trie that the text spells from token `i`, shortest first. */
  private namesAt(i: number): readonly NameHit[] {
    let hits: NameHit[] | null = null;
    const first = this.tokens[i];
    if (!first || !first.capitalised) return NO_NAMES;
    let node = this.register.index.trie;
    for (let k = i; k < this.tokens.length; k++) {
      const t = this.tokens[k]!;
      if (k > i) {
        const gap = this.gap(k - 1, k);
        if (gap === "break" || (gap === "period" && !ABBREVIATIONS.has(this.tokens[k - 1]!.key))) break;
        if (!t.capitalised && !CONNECTORS.has(t.key)) break;
      }
      if (t.base !== t.key) {
        const owner = node.next.get(t.base);
        if (owner?.key) (hits ??= []).push({ first: i, last: k, end: t.baseEnd, key: owner.key, possessive: true });
      }
      const child = node.next.get(t.key);
      if (!child) break;
      node = child;
      if (node.key) (hits ??= []).push({ first: i, last: k, end: t.end, key: node.key, possessive: false });
    }
    return hits ?? NO_NAMES;
  }

  private suffixAfter(name: NameHit): DesignatorHit | null {
    const next = name.last + 1;
    if (name.possessive || !this.tokens[next] || this.gap(name.last, next) !== "space") return null;
    for (const d of startingAt(SUFFIXES_BY_FIRST, this.tokens[next]!)) {
      const hit = this.designatorAt(next, d, false);
      if (hit) return hit;
    }
    return null;
  }

  /** Candidate readings at token `i`, longest first (one shared empty list when there are none). */
  private optionsAt(i: number): readonly Option[] {
    const first = this.tokens[i];
    // Names and prefixes start with a capital (or a connector such as "the"): skip other words at once.
    if (!first || (!first.capitalised && !CONNECTORS.has(first.key))) return NO_OPTIONS;
    let options: Option[] | null = null;
    for (const d of startingAt(PREFIXES_BY_FIRST, first)) {
      const prefix = this.designatorAt(i, d, true);
      if (!prefix || prefix.possessive || !this.tokens[prefix.last + 1] || this.gap(prefix.last, prefix.last + 1) !== "space") continue;
      const names = this.namesAt(prefix.last + 1);
      for (let k = 0; k < names.length; k++) (options ??= []).push(this.option(prefix, names[k]!));
    }
    const names = this.namesAt(i);
    for (let k = 0; k < names.length; k++) (options ??= []).push(this.option(null, names[k]!));
    if (options === null) return NO_OPTIONS;
    return options.length > 1 ? options.sort(byReach) : options;
  }

  /** A reading: an optional prefix, a name, and the suffix after it if any. */
  private option(prefix: DesignatorHit | null, name: NameHit): Option {
    const suffix = this.suffixAfter(name);
    return {
      prefix,
      name,
      suffix,
      start: prefix ? prefix.start : this.tokens[name.first]!.start,
      end: suffix ? suffix.end : name.end,
      last: suffix ? suffix.last : name.last,
    };
  }

  /** True when the capitalised words around the name make it part of another name. */
  private insideAnotherName(option: Option): boolean {
    const first = option.name.first;
    const before = this.tokens[first - 1];
    if (before && !option.prefix) {
      const gap = this.gap(first - 1, first);
      if ((gap === "space" || gap === "period") && PERSON_TITLES.has(before.key)) return true;
      if (this.adjacent(first - 1, first) && before.capitalised && !ALLOWED_BEFORE.has(before.key) && !CONNECTORS.has(before.key)) return true;
      if (this.adjacent(first - 1, first) && (before.key === "of" || before.key === "for")) {
        // "University of Kent", "Diocese of Leeds"
        for (let k = first - 2, n = 0; k >= 0 && n < MAX_RUN && this.adjacent(k, k + 1); k--) {
          const t = this.tokens[k]!;
          if (!t.capitalised && !CONNECTORS.has(t.key)) break;
          if (ORG_WORDS.has(t.key) || ORG_WORDS.has(t.base)) return true;
          if (t.capitalised) n++;
        }
      }
    }
    if (!option.name.possessive && !option.suffix?.possessive) {
      // "Essex Police", "Sheffield Hallam University", "Slough children's services trust", "Durham County Cricket Club"
      for (let k = option.last + 1, n = 0; k < this.tokens.length && n < MAX_RUN && this.adjacent(k - 1, k); k++) {
        const t = this.tokens[k]!;
        if (t.key === "for" || t.key === "of") break;
        const orgWord = ORG_WORDS.has(t.key) || ORG_WORDS.has(t.base);
        if (orgWord && (t.capitalised || ORG_HEADS.has(t.key) || ORG_HEADS.has(t.base))) return true;
        if (t.capitalised || orgWord) n++;
        else if (!CONNECTORS.has(t.key) || !this.tokens[k + 1]?.capitalised) break; // "Luton and Dunstable University Hospital"
      }
    }
    return false;
  }

  /** "Wigan Council for Voluntary Service" is a charity, not the council. */
  private designatorStartsAnotherName(option: Option): boolean {
    const k = option.last + 1;
    const next = this.tokens[k];
    const after = this.tokens[k + 1];
    return (
      !!next && !!after && (next.text === "for" || next.text === "of") &&
      this.gap(k - 1, k) === "space" && this.gap(k, k + 1) === "space" && after.capitalised
    );
  }

  private accept(option: Option): Draft | null {
    const { prefix, suffix } = option;
    const council = (prefix?.designator.council ?? false) || (suffix?.designator.council ?? false);
    const written = foldName(this.text.slice(option.start, option.end));
    const match = resolveForms(this.register, written, option.name.key, !prefix && !suffix, this.date);
    if (!match) return null;
    // A plural designator ("York and North Yorkshire councils") names a list, never one body.
    const namesBody = [prefix, suffix].some((d) => d !== null && d.designator.council && !d.designator.plural);
    if (BODY_ONLY_TYPES.has(match.type) && !namesBody && match.how !== "alias" && written !== foldName(match.officialName)) return null;
    // A council designator vouches for the name, unless it starts another body's ("Council for …").
    if (council) {
      if (suffix?.designator.council && this.designatorStartsAnotherName(option)) return null;
    } else if (this.insideAnotherName(option)) return null;
    const designators: TextSpan[] = [];
    for (const d of [prefix, suffix]) if (d) designators.push(this.span(d.start, d.end));
    return {
      option,
      first: prefix ? prefix.first : option.name.first,
      match,
      designators,
      isCouncil: council,
      shared: null,
      needsContext: !prefix && !suffix && COMMON_WORD_NAMES.has(option.name.key),
    };
  }

  span(start: number, end: number): TextSpan {
    return { start, end, text: this.text.slice(start, end) };
  }

  scan(): Draft[] {
    const drafts: Draft[] = [];
    for (let i = 0; i < this.tokens.length; ) {
      let taken: Draft | null = null;
      const options = this.optionsAt(i);
      for (let k = 0; k < options.length && !taken; k++) taken = this.accept(options[k]!);
      if (taken) {
        drafts.push(taken);
        i = taken.option.last + 1;
      } else i++;
    }
    this.sharePluralDesignators(drafts);
    return this.keepCommonWordsInContext(drafts);
  }

  private listed(a: Draft, b: Draft): boolean {
    return LIST_GAP.test(this.text.slice(a.option.end, b.option.start));
  }

  /** "Barnet, Harrow and Hounslow councils": every member of the list names a council. */
  private sharePluralDesignators(drafts: Draft[]): void {
    const share = (member: Draft, hit: DesignatorHit) => {
      member.shared = hit;
      member.isCouncil ||= hit.designator.council;
      member.designators = [...member.designators, this.span(hit.start, hit.end)].sort((x, y) => x.start - y.start);
      member.match = { ...member.match, how: "plural-split" };
    };
    const hasOwn = (d: Draft) => d.option.prefix !== null || d.option.suffix !== null;
    for (let i = 0; i < drafts.length; i++) {
      const carrier = drafts[i]!;
      const suffix = carrier.option.suffix;
      if (suffix?.designator.plural) {
        let joined = false;
        for (let j = i - 1; j >= 0 && !hasOwn(drafts[j]!) && this.listed(drafts[j]!, drafts[j + 1]!); j--) {
          share(drafts[j]!, suffix);
          joined = true;
        }
        if (joined) carrier.match = { ...carrier.match, how: "plural-split" };
      }
      const prefix = carrier.option.prefix;
      if (prefix?.designator.plural) {
        let joined = false;
        for (let j = i + 1; j < drafts.length && !hasOwn(drafts[j]!) && this.listed(drafts[j - 1]!, drafts[j]!); j++) {
          share(drafts[j]!, prefix);
          joined = true;
        }
        if (joined) carrier.match = { ...carrier.match, how: "plural-split" };
      }
    }
  }

  /** Names that are also common words ("Reading") count only as places in context. */
  private keepCommonWordsInContext(drafts: Draft[]): Draft[] {
    const firm = drafts.map((d) => !d.needsContext || d.shared !== null || this.afterLocative(d));
    for (let changed = true; changed; ) {
      changed = false;
      drafts.forEach((d, i) => {
        if (firm[i]) return;
        const prev = drafts[i - 1];
        const next = drafts[i + 1];
        if ((prev && firm[i - 1] && this.listed(prev, d)) || (next && firm[i + 1] && this.listed(d, next))) {
          firm[i] = true;
          changed = true;
        }
      });
    }
    return drafts.filter((_, i) => firm[i]);
  }

  private afterLocative(d: Draft): boolean {
    const before = this.tokens[d.first - 1];
    return !!before && LOCATIVES.has(before.key) && this.gap(d.first - 1, d.first) === "space";
  }

  toMention(d: Draft): AuthorityMention {
    const { option } = d;
    const designator = option.suffix ?? option.prefix ?? d.shared;
    return {
      start: option.start,
      end: option.end,
      text: this.text.slice(option.start, option.end),
      match: d.match,
      name: this.span(this.tokens[option.name.first]!.start, option.name.end),
      designator: designator ? this.text.slice(designator.start, designator.end) : null,
      designators: d.designators,
      isCouncil: d.isCouncil,
    };
  }
}

/**
 * Finds local-authority names in running text: council names with their designators
 * ("Hackney Council", "London Borough of Lewisham", "Wirral MBC") and bare place names
 * ("Luton, Peterborough, Bracknell Forest and West Berkshire").
 *
 * - Longest match wins ("West Berkshire", not "Berkshire"); designators are inside the span.
 * - Names must be capitalised as names are ("reading" is a word, "Reading" may be the town);
 *   names that are also common words need a designator, a list or a place preposition.
 * - A name inside another organisation's name ("Essex Police", "University of Kent",
 *   "Slough Children's Services Trust") is not a mention.
 * - A plural designator after a list ("Wigan and Rochdale councils") makes every member a council.
 *
 * Time is linear in the text: one pass over its words, walking a trie built by `createRegister`.
 */
export function findAuthorities(register: Register, text: string, options: FindOptions = {}): AuthorityMention[] {
  const from = Math.max(0, Math.min(options.from ?? 0, text.length));
  const to = Math.max(from, Math.min(options.to ?? text.length, text.length));
  const scanner = new Scanner(register, text, tokenise(text, from, to), isoDate(options.date));
  return scanner.scan().map((d) => scanner.toMention(d));
}
