import { KEEP_WHOLE, LEADING_ARTICLES, PLURAL_PREFIXES, PLURAL_SUFFIXES, PREFIXES, SUFFIXES, type Designator } from "./designators.js";
import { foldWords } from "./fold.js";

/** A name split into its core words and the designators around them. */
export interface ParsedAuthorityName {
  /** The normalised key: core words joined by single spaces. */
  readonly key: string;
  /** The designators removed, outermost first, as in the data file ("London Borough of", "Council"). */
  readonly designators: readonly string[];
  /** True when a removed designator names the body ("Council", "MBC", "London Borough of"). */
  readonly isCouncil: boolean;
}

const ALL_PREFIXES: readonly Designator[] = [...PREFIXES, ...PLURAL_PREFIXES].sort((a, b) => b.words.length - a.words.length);
const ALL_SUFFIXES: readonly Designator[] = [...SUFFIXES, ...PLURAL_SUFFIXES].sort((a, b) => b.words.length - a.words.length);

function startsWith(words: readonly string[], d: Designator): boolean {
  return d.words.length < words.length && d.words.every((w, i) => words[i] === w);
}

function endsWith(words: readonly string[], d: Designator): boolean {
  const offset = words.length - d.words.length;
  return offset > 0 && d.words.every((w, i) => words[offset + i] === w);
}

function startsWithKeptName(words: readonly string[]): boolean {
  const joined = words.join(" ");
  for (const kept of KEEP_WHOLE) if (joined === kept || joined.startsWith(`${kept} `)) return true;
  return false;
}

/**
 * Splits a name into its core and designators. Strips a leading "the", then designator suffixes
 * and prefixes (longest first) until none is left, never emptying the name and never cutting into
 * a name kept whole ("City of London").
 */
export function parseAuthorityName(name: string): ParsedAuthorityName {
  let words = foldWords(name);
  const designators: string[] = [];
  let isCouncil = false;
  for (let changed = true; changed; ) {
    changed = false;
    while (words.length > 1 && LEADING_ARTICLES.has(words[0]!)) {
      words = words.slice(1);
      changed = true;
    }
    const suffix = ALL_SUFFIXES.find((d) => endsWith(words, d));
    if (suffix) {
      words = words.slice(0, words.length - suffix.words.length);
      designators.push(suffix.text);
      isCouncil ||= suffix.council;
      changed = true;
      continue;
    }
    if (startsWithKeptName(words)) break;
    const prefix = ALL_PREFIXES.find((d) => startsWith(words, d));
    if (prefix) {
      words = words.slice(prefix.words.length);
      designators.push(prefix.text);
      isCouncil ||= prefix.council;
      changed = true;
    }
  }
  return { key: words.join(" "), designators, isCouncil };
}

/**
 * The key two spellings of one authority share: NFKD without accents, straight apostrophes
 * dropped, "&" → "and", lower case, no punctuation, and no designators (Council, County Council,
 * Borough Council, MBC, LBC, LB, "London Borough of", "City of", leading "The", …; the list is
 * `src/data/designators.json`). "City" stays when it is part of the name ("Aberdeen City").
 *
 * normaliseAuthorityName("The London Borough of Hackney") === "hackney"
 * normaliseAuthorityName("Wirral MBC") === "wirral"
 */
export function normaliseAuthorityName(name: string): string {
  return parseAuthorityName(name).key;
}
