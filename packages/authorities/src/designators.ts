import data from "./data/designators.json" with { type: "json" };
import { foldWords, isAllCaps } from "./fold.js";

/** A designator ("Borough Council", "London Borough of", "MBC") as folded words. */
export interface Designator {
  /** As written in the data file. */
  readonly text: string;
  readonly words: readonly string[];
  /** Names the body (the council) rather than the place. */
  readonly council: boolean;
  /** An abbreviation: in running text it counts only when written in capitals. */
  readonly capitalsOnly: boolean;
  /** Shared by a list of names ("Wigan and Rochdale councils"). */
  readonly plural: boolean;
}

interface DesignatorEntry {
  readonly text: string;
  readonly council: boolean;
}

function build(entries: readonly DesignatorEntry[], plural: boolean): readonly Designator[] {
  const list = entries.map((e) =>
    Object.freeze({ text: e.text, words: Object.freeze(foldWords(e.text)), council: e.council, capitalsOnly: isAllCaps(e.text), plural }),
  );
  // Longest first, so "Borough Council" is tried before "Council".
  return Object.freeze([...list].sort((a, b) => b.words.length - a.words.length));
}

export const PREFIXES = build(data.prefixes, false);
export const SUFFIXES = build(data.suffixes, false);
export const PLURAL_PREFIXES = build(data.pluralPrefixes, true);
export const PLURAL_SUFFIXES = build(data.pluralSuffixes, true);

/** Words dropped from the start of a name ("the"). */
export const LEADING_ARTICLES: ReadonlySet<string> = new Set(data.leadingArticles.map((w) => w.toLowerCase()));

/** Folded names whose designator-like words are part of the name ("city of london"). */
export const KEEP_WHOLE: ReadonlySet<string> = new Set(data.keepWhole.map((k) => foldWords(k.name).join(" ")));
