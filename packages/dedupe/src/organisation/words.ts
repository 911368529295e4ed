import organisationWords from "../data/organisation-words.json" with { type: "json" };
import stopwords from "../data/stopwords.json" with { type: "json" };

/** Words naming the kind of local body ("council", "borough"), dropped to compare distinctive parts. */
export const GENERIC_ORGANISATION_WORDS: ReadonlySet<string> = new Set(organisationWords.generic);
/** Legal-form words dropped from the end of a fingerprint. */
export const LEGAL_SUFFIXES: ReadonlySet<string> = new Set(organisationWords.legalSuffixes);
/** Multi-word legal forms ("community interest company"). */
export const LEGAL_PHRASES: readonly (readonly string[])[] = organisationWords.legalPhrases;
/** Words that make a written organisation name more formal. */
export const FORMAL_WORDS: ReadonlySet<string> = new Set(organisationWords.formal);
/** English function words. */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(stopwords.english);
