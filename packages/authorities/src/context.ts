import data from "./data/context.json" with { type: "json" };
import { foldName } from "./fold.js";

const set = (words: readonly string[]): ReadonlySet<string> => new Set(words.map((w) => foldName(w)));

/** Lower-case words allowed inside a name ("upon", "on", "and"). */
export const CONNECTORS = set(data.connectors.words);
/** Names that are also common words or first names: need a designator or a place context. */
export const COMMON_WORD_NAMES = set(data.commonWordNames.names);
/** Place prepositions that make a following name a place ("in Reading"). */
export const LOCATIVES = set(data.locatives.words);
/** Capitalised words that may precede a name without making it part of a longer name. */
export const ALLOWED_BEFORE = set(data.allowedBefore.words);
/** Words introducing a person's name. */
export const PERSON_TITLES = set(data.personTitles.words);
/** Words that make a run of capitalised words another organisation's name. */
export const ORG_WORDS = set(data.orgWords.words);
/** Org words that end an organisation's name and count even in lower case. */
export const ORG_HEADS = set(data.orgHeads.words);
/** Register types reported by findAuthorities only when the text names the body itself. */
export const BODY_ONLY_TYPES: ReadonlySet<string> = new Set(data.bodyOnlyTypes.types);
/** Words that may carry a full stop inside a name ("St."). */
export const ABBREVIATIONS = set(data.abbreviations.words);
