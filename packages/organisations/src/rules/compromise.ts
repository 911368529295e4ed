import { createRequire } from "node:module";
import type nlpType from "compromise";
import words from "../data/descriptive-words.json" with { type: "json" };

let nlp: typeof nlpType | null = null;
/**
 * compromise, loaded on first use: most documents never need it, and loading it costs more than
 * extracting a page. Its bundled CommonJS build loads in one file, so the load can be synchronous.
 */
function compromise(): typeof nlpType {
  return (nlp ??= createRequire(import.meta.url)("compromise") as typeof nlpType);
}

/**
 * Organisations compromise finds in `text.slice(from, to)`, with document offsets. The last
 * resort for prose sentences where neither layout nor name patterns say who was funded.
 */
export function compromiseOrganisations(text: string, from: number, to: number): Array<{ start: number; end: number }> {
  const slice = text.slice(from, to);
  const found = compromise()(slice).organizations().json({ offset: true }) as Array<{ offset?: { start: number; length: number } }>;
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

const descriptive: ReadonlySet<string> = new Set(words.descriptive);
const notDescriptive: ReadonlySet<string> = new Set(words.notDescriptive);
const adjectiveSuffix = /(?:ful|ive|ous|able|ible|ic|ical|al|less)$/;

/**
 * Whether a lower-case word describes rather than names ("entire", "restorative", "wider"):
 * compromise's lexicon tags it as an adjective or adverb (read from `src/data/descriptive-words.json`,
 * built from that lexicon), or it is not in the lexicon and ends like one. Used to strip
 * descriptive words from lower-case project names ("the successful mockingbird family model").
 */
export function isDescriptiveWord(word: string): boolean {
  const w = word.toLowerCase();
  if (descriptive.has(w)) return true;
  return !notDescriptive.has(w) && adjectiveSuffix.test(w) && w.length > 4;
}
