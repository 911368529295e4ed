import { isLower } from "../chars.js";
import type { BlockViews } from "../boilerplate/view.js";
import type { Boilerplate } from "../types.js";
import { K_PUNCT, K_SYMBOL, K_WORD, type TokenTable } from "../tokens.js";
import data from "../data/heading.json" with { type: "json" };
import { isNameLed } from "./name-led.js";

const LEAD_IN = new Set<string>(data.leadInWords);
const DATE_LINE = new RegExp(data.notHeadingPatterns.map((p) => `(?:${p})`).join("|"), "u");
const NOT_HEADING = new RegExp(`^(?:${data.notHeadingPrefixes.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}\\p{N}])`, "u");

export const DEFAULT_MAX_HEADING_WORDS = 12;
/** A heading that ends with a full stop (a standalone lead before a list) may be this long. */
const MAX_PERIOD_HEADING_WORDS = 25;
/** A heading that ends with a colon ("Notes to editors:") is at most this long; longer ones are lead-in sentences. */
const MAX_COLON_HEADING_WORDS = 4;
const MAX_HEADING_CHARS = 200;
const MAX_COMMAS = 2;

const OPENERS = new Set<string>(['"', "'", "“", "‘", "(", "[", "«"]);
const CURRENCY = /^\p{Sc}/u;
const CLOSERS = new Set<number>([0x22, 0x27, 0x29, 0x5d, 0xbb, 0x2019, 0x201d, 0x203a]);

export interface HeadingInput {
  text: string;
  tokens: TokenTable;
  views: BlockViews;
  boilerplate: ReadonlyArray<Boilerplate | null>;
  /** Sentences per block. */
  sentenceCounts: readonly number[];
  maxWords: number;
}

function lastChar(text: string, views: BlockViews, b: number): number {
  const start = views.start[b]!;
  let i = views.end[b]! - 1;
  while (i > start && CLOSERS.has(text.charCodeAt(i))) i--;
  return text.charCodeAt(i);
}

function hasLeadInWord(input: HeadingInput, b: number): boolean {
  for (let k = input.views.tokenFrom[b]!; k < input.views.tokenTo[b]!; k++) {
    const { starts, ends, kinds } = input.tokens;
    if (kinds[k] === K_WORD && LEAD_IN.has(input.text.slice(starts[k]!, ends[k]!).toLowerCase())) return true;
  }
  return false;
}

/** A list item, or a paragraph that opens with a name followed by "(", ":", a dash or an amount. */
function listLike(input: HeadingInput, b: number): boolean {
  const { views } = input;
  return views.layout(b) === "list-item" || isNameLed(input.text, input.tokens, views.tokenFrom[b]!, views.tokenTo[b]!);
}

/** The first block after block `i` that is not boilerplate, or -1. */
function nextContent(input: HeadingInput, i: number): number {
  for (let j = i + 1; j < input.views.length; j++) if (input.boilerplate[j] === null) return j;
  return -1;
}

/**
 * Is block `i` a heading? A one-line paragraph, not boilerplate, followed by a block that is not
 * boilerplate, that does not start in lower case, has a word of two letters or more, no " | " (bylines,
 * breadcrumbs), does not start like a byline or date line ("By …", "Posted …", "Published …", "12 March 2024"), at most two
 * commas, and either
 * - ends without ". , ;" and has at most `maxWords` words — unless it is a list-page entry with an amount
 *   ("Barnardo’s: Up to £1.7m"), or it ends with ":" and has more than four words or a lead-in word
 *   ("The awards are:"); or
 * - ends with "." but is a single sentence of at most 25 words with no amount, does not itself open with a name, and the
 *   next two blocks are list-like ("Other priorities in children’s social care." above entries).
 */
export function isHeading(input: HeadingInput, i: number): boolean {
  const { text, tokens, views } = input;
  if (views.layout(i) !== "paragraph" || views.lineCount[i] !== 1 || input.boilerplate[i] !== null) return false;
  const start = views.start[i]!;
  const end = views.end[i]!;
  const words = views.words[i]!;
  const tokenFrom = views.tokenFrom[i]!;
  const tokenTo = views.tokenTo[i]!;
  if (end - start > MAX_HEADING_CHARS || words === 0 || words > Math.max(MAX_PERIOD_HEADING_WORDS, input.maxWords)) return false;
  const next = nextContent(input, i);
  if (next < 0) return false;
  const { starts, ends, kinds } = tokens;
  const firstText = text.slice(starts[tokenFrom]!, ends[tokenFrom]!);
  if (isLower(text.charCodeAt(start))) return false;
  if (NOT_HEADING.test(text.slice(start, Math.min(end, start + 40)))) return false;
  if (words <= 6 && DATE_LINE.test(views.head(i))) return false;
  if (kinds[tokenFrom] === K_PUNCT && !OPENERS.has(firstText)) return false;
  let longWord = false;
  let commas = 0;
  let currency = false;
  for (let k = tokenFrom; k < tokenTo; k++) {
    const kind = kinds[k]!;
    const c = text.charCodeAt(starts[k]!);
    if (kind === K_WORD) {
      if (ends[k]! - starts[k]! >= 2) longWord = true;
    } else if (c === 0x2c) commas++;
    else if (c === 0x7c) return false;
    else if (kind === K_SYMBOL && CURRENCY.test(text.slice(starts[k]!, ends[k]!))) currency = true;
  }
  if (!longWord || commas > MAX_COMMAS) return false;
  const last = lastChar(text, views, i);
  if (last === 0x2c || last === 0x3b) return false;
  if (last === 0x2e) {
    if (input.sentenceCounts[i] !== 1 || currency || isNameLed(text, tokens, tokenFrom, tokenTo)) return false;
    const second = nextContent(input, next);
    return second >= 0 && listLike(input, next) && listLike(input, second);
  }
  if (words > input.maxWords) return false;
  if (last === 0x3a && (words > MAX_COLON_HEADING_WORDS || hasLeadInWord(input, i))) return false;
  if (currency && isNameLed(text, tokens, tokenFrom, tokenTo)) return false;
  return true;
}
