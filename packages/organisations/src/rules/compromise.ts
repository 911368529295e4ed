import nlp from "compromise";

/**
 * Organisations compromise finds in `text.slice(from, to)`, with document offsets. The last
 * resort for prose sentences where neither layout nor name patterns say who was funded.
 */
export function compromiseOrganisations(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const slice = text.slice(from, to);
  const found = nlp(slice).organizations().json({ offset: true }) as Array<{ offset?: { start: number; length: number } }>;
  const out: Array<{ start: number; end: number }> = [];
  for (const f of found) {
    if (!f.offset) continue;
    let s = from + f.offset.start;
    let e = s + f.offset.length;
    while (e > s && /[\s,.;:–—-]/.test(text[e - 1]!)) e--;
    while (s < e && /\s/.test(text[s]!)) s++;
    if (e > s) out.push({ start: s, end: e });
  }
  return out;
}

const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[] | undefined> } } }).model.one.lexicon;
const adjectiveTags = new Set(["Adjective", "Comparative", "Superlative", "Determiner", "Adverb"]);
const adjectiveSuffix = /(?:ful|ive|ous|able|ible|ic|ical|al|less)$/;

/**
 * Whether a lower-case word describes rather than names ("entire", "restorative", "wider"):
 * compromise's lexicon tags it as an adjective or adverb, or it ends like one. Used to strip
 * descriptive words from lower-case project names ("the successful mockingbird family model").
 */
export function isDescriptiveWord(word: string): boolean {
  const w = word.toLowerCase();
  const tag = lexicon[w];
  const tags = Array.isArray(tag) ? tag : tag ? [tag] : [];
  if (tags.some((t) => adjectiveTags.has(t))) return true;
  return tags.length === 0 && adjectiveSuffix.test(w) && w.length > 4;
}
