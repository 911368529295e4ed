/** English number words ("twenty-five", "two hundred and fifty thousand", "a million") as decimals. */
import words from "./data/number-words.json" with { type: "json" };
import currencies from "./data/currencies.json" with { type: "json" };
import multipliers from "./data/multipliers.json" with { type: "json" };
import { fromInteger, scale, type Decimal } from "./decimal.js";

export interface NumberWords {
  readonly start: number;
  readonly end: number;
  readonly decimal: Decimal;
  /** A scale word (thousand, million, …) was read. */
  readonly scaled: boolean;
  /** Only an article ("a", "an"): one, if a currency or "grand" follows ("a dollar"). */
  readonly articleOnly: boolean;
}

const units = new Map<string, number>(Object.entries(words.units));
const tens = new Map<string, number>(Object.entries(words.tens));
const scales = new Map<string, number>(Object.entries(words.scales));
const hundreds = new Set<string>(words.hundred);
const articles = new Set<string>(words.article);
const points = new Set<string>(words.point);

const alternation = (list: Iterable<string>): string =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|");
const numerals = alternation([...units.keys(), ...tens.keys(), ...scales.keys(), ...hundreds, ...points]);
/** Lower-case money nouns an article can stand for one of: "a dollar", "a penny", "a grand". */
const articleNouns = alternation(
  [
    ...currencies.suffix.map((c) => c.form),
    ...currencies.minor.map((c) => c.form),
    ...multipliers.multipliers.filter((m) => m.impliesMoney === true).map((m) => m.form),
  ].filter((form) => /^[a-z][a-z ]+$/.test(form)),
);
/**
 * A run of number words joined by spaces, hyphens or "and". An article starts a run only before a
 * numeral or a money noun, so the scan does not stop at every "a" in the text. (It must start at a
 * word boundary: see `findNumberWords`.)
 */
const RUN = new RegExp(
  `(?:(?:${alternation(articles)})(?=\\s+(?:${numerals}|${articleNouns})\\b)|${numerals})` +
    `(?:(?:\\s+and\\s+|[\\s-]+)(?:${numerals}))*\\b`,
  "gi",
);
const WORD_CHAR = /\w/;
const vocabulary = alternation([...units.keys(), ...tens.keys(), ...scales.keys(), ...hundreds, ...articles, ...points]);
const TOKEN = new RegExp(`${vocabulary}`, "gi");

type Kind = "start" | "article" | "unit" | "tens" | "hundred" | "scale";

/** Every run of number words in `text` that reads as one number (a bare article is reported as `articleOnly`). */
export function findNumberWords(text: string): NumberWords[] {
  const found: NumberWords[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    // a run starts at a word boundary; checked here, as a pattern opening with \b cannot skip ahead
    if (m.index > 0 && WORD_CHAR.test(text[m.index - 1]!)) { RUN.lastIndex = m.index + 1; continue; }
    // A run can be as long as the text ("one-one-one-…"): append one by one, never spread.
    for (const w of readRun(m[0], m.index)) found.push(w);
  }
  return found;
}

/** Reads one run greedily; a token that cannot continue the number starts a new one. */
function readRun(run: string, offset: number): NumberWords[] {
  const tokens: Array<{ word: string; start: number; end: number }> = [];
  TOKEN.lastIndex = 0;
  for (let t = TOKEN.exec(run); t; t = TOKEN.exec(run)) {
    const before = run[t.index - 1];
    const after = run[t.index + t[0].length];
    if ((before && /[\p{L}]/u.test(before)) || (after && /[\p{L}]/u.test(after))) continue;
    tokens.push({ word: t[0].toLowerCase(), start: offset + t.index, end: offset + t.index + t[0].length });
  }
  const out: NumberWords[] = [];
  let i = 0;
  while (i < tokens.length) {
    const read = readNumber(tokens, i);
    if (read) {
      out.push(read.number);
      i = read.next;
    } else i += 1;
  }
  return out;
}

function readNumber(
  tokens: ReadonlyArray<{ word: string; start: number; end: number }>,
  from: number,
): { number: NumberWords; next: number } | null {
  let total = 0;
  let group = 0;
  let kind: Kind = "start";
  let lastScale = Infinity;
  let scaled = false;
  let i = from;
  let end = -1;
  for (; i < tokens.length; i++) {
    const { word } = tokens[i]!;
    const unit = units.get(word);
    const ten = tens.get(word);
    const sc = scales.get(word);
    if (articles.has(word)) {
      if (kind !== "start") break;
      group = 1;
      kind = "article";
      continue;
    }
    if (points.has(word)) {
      // "one point three (million)": digits after the point, then at most one scale.
      const digits = fractionDigits(tokens, i + 1);
      if (kind === "start" || kind === "article" || kind === "scale" || total > 0 || digits.length === 0) break;
      i += digits.length;
      const fraction = { mantissa: group * 10 ** digits.length + Number(digits.join("")), exponent: -digits.length };
      end = tokens[i]!.end;
      const next = tokens[i + 1];
      const sc = next ? scales.get(next.word) : undefined;
      if (next && sc !== undefined) {
        i += 1;
        end = next.end;
        return { number: { start: tokens[from]!.start, end, decimal: scale(fraction, sc), scaled: true, articleOnly: false }, next: i + 1 };
      }
      return { number: { start: tokens[from]!.start, end, decimal: fraction, scaled: false, articleOnly: false }, next: i + 1 };
    }
    if (unit !== undefined) {
      const fits = kind === "start" || kind === "hundred" || kind === "scale" || (kind === "tens" && unit < 10);
      if (!fits) break;
      group += unit;
      kind = "unit";
    } else if (ten !== undefined) {
      if (!(kind === "start" || kind === "hundred" || kind === "scale")) break;
      group += ten;
      kind = "tens";
    } else if (hundreds.has(word)) {
      if (!(kind === "unit" || kind === "article") || group >= 100 || group === 0) break;
      group *= 100;
      kind = "hundred";
    } else if (sc !== undefined) {
      if (kind === "start" || kind === "scale" || sc >= lastScale || group === 0) break;
      total += group * 10 ** sc;
      group = 0;
      lastScale = sc;
      scaled = true;
      kind = "scale";
    } else break;
    end = tokens[i]!.end;
  }
  const first = tokens[from]!;
  if (end < 0 && kind === "article") {
    return { number: { start: first.start, end: first.end, decimal: fromInteger(1), scaled: false, articleOnly: true }, next: from + 1 };
  }
  if (end < 0) return null;
  return { number: { start: first.start, end, decimal: fromInteger(total + group), scaled, articleOnly: false }, next: i };
}

/** The single-digit words after a "point" ("three", "two five"). */
function fractionDigits(tokens: ReadonlyArray<{ word: string }>, from: number): number[] {
  const digits: number[] = [];
  for (let i = from; i < tokens.length; i++) {
    const d = units.get(tokens[i]!.word);
    if (d === undefined || d > 9) break;
    digits.push(d);
  }
  return digits;
}
