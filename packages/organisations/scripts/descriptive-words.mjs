// What src/data/descriptive-words.json holds, read off a compromise instance's lexicon.
export const ADJECTIVE_TAGS = ["Adjective", "Comparative", "Superlative", "Determiner", "Adverb"];
export const ADJECTIVE_SUFFIX = /(?:ful|ive|ous|able|ible|ic|ical|al|less)$/;

/**
 * `descriptive`: words the lexicon tags as adjectives, adverbs or determiners. `notDescriptive`:
 * words it tags otherwise although they end like an adjective ("hospital", "festival"), which
 * the suffix rule must not take.
 */
export function descriptiveWordsFrom(nlp) {
  const lexicon = nlp.world().model.one.lexicon;
  const descriptive = [], notDescriptive = [];
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : tag ? [tag] : [];
    if (tags.length === 0) continue;
    if (tags.some((t) => ADJECTIVE_TAGS.includes(t))) descriptive.push(word);
    else if (ADJECTIVE_SUFFIX.test(word) && word.length > 4) notDescriptive.push(word);
  }
  return { descriptive: descriptive.sort(), notDescriptive: notDescriptive.sort() };
}
