import nameWords from "../data/name-words.json" with { type: "json" };
import { isAcronym, splitParentheticalAcronym } from "../organisation/acronym.js";
import { ENGLISH_STOPWORDS } from "../organisation/words.js";
import { stem, words } from "../text/fold.js";

const GENERIC_NAME_WORDS: ReadonlySet<string> = new Set(nameWords.generic);

/**
 * The tokens that identify a project name, unique and sorted: words, plural-stemmed, without
 * function words and words naming the kind of thing ("project", "programme", "model"), and
 * without a trailing parenthesised acronym. "The Creative Mentoring project" → ["creative", "mentoring"].
 */
export function projectNameTokens(name: string): string[] {
  const plain = splitParentheticalAcronym(name).name;
  const out = new Set<string>();
  for (const w of words(plain)) {
    if (GENERIC_NAME_WORDS.has(w) || ENGLISH_STOPWORDS.has(w)) continue;
    out.add(stem(w));
  }
  return [...out].sort();
}

/** The acronym a project name is or carries: "FLIP", or NOREAM in "No Recourse Early Action Model (NOREAM)". */
export function projectNameAcronym(name: string): string | null {
  const split = splitParentheticalAcronym(name);
  if (split.acronym) return split.acronym;
  const trimmed = name.trim();
  return isAcronym(trimmed) ? trimmed : null;
}

/** The name with a trailing parenthesised acronym removed, for acronym matching. */
export function projectNameLongForm(name: string): string {
  return splitParentheticalAcronym(name).name;
}
