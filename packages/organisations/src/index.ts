export { parseRecipientPhrase, type ParsedPhrase, type PhraseContext } from "./phrase.js";
export { type AuthorityLookup, type AuthorityHit, noAuthorities, documentLookups } from "./lookup.js";
export { kindOfName, isStrongOrganisation } from "./kind.js";
export { lexicon, foldWord } from "./lexicon.js";
export { wordsIn, isCapitalised, isAcronym, trimSpan, type Word } from "./words.js";
export { compromiseOrganisations, isDescriptiveWord } from "./rules/compromise.js";
