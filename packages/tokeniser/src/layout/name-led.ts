import { isLower } from "../chars.js";
import data from "../data/name-connectors.json" with { type: "json" };
import { K_NUMBER, K_PUNCT, K_WORD, type TokenTable } from "../tokens.js";

const CONNECTORS = new Set<string>(data.connectors);
const CURRENCY = /^\p{Sc}$/u;
/** Tokens looked at before giving up. */
const LOOKAHEAD = 16;

/** Punctuation allowed inside a name: "Barnardo’s", "Munro, Turnell and Murphy", "St. Christopher’s", "A/B". */
const INSIDE = new Set<string>([",", "'", "’", ".", "&", "/", "-"]);
/** Punctuation that ends a name and opens what the entry says about it. */
const AFTER = new Set<string>(["(", ":", "–", "—"]);

/**
 * Does the text from token `from` open with a name followed by "(", ":", a dash or a currency amount?
 * That is the shape of a list-page entry: "Durham County Council (£3.26m) to …", "Break Charity: Up to £1.3m …",
 * "Pause – (£4.2m) …". A name is capitalised words, numbers after a word, and connectors ("and", "of", "the").
 */
export function isNameLed(text: string, tokens: TokenTable, from: number, to: number): boolean {
  const { starts, ends, kinds } = tokens;
  let words = 0;
  const end = Math.min(to, from + LOOKAHEAD);
  for (let k = from; k < end; k++) {
    const kind = kinds[k]!;
    const s = text.slice(starts[k]!, ends[k]!);
    if (kind === K_WORD) {
      if (!isLower(s.charCodeAt(0))) words++;
      else if (words === 0 || !CONNECTORS.has(s)) return false;
    } else if (kind === K_NUMBER) {
      if (words === 0) return false;
    } else if (kind === K_PUNCT) {
      if (AFTER.has(s)) return words > 0;
      // a hyphen with a space before it is a dash: "Consultant - Children's Services"
      if (s === "-" && k > from && ends[k - 1]! < starts[k]!) return words > 0;
      if (!INSIDE.has(s)) return false;
    } else {
      if (CURRENCY.test(s)) return words > 0;
      if (s !== "&") return false;
    }
  }
  return false;
}
