/**
 * Atoms: each number in the text with the currency, multiplier or minor unit written against it.
 * A number with none of these is still an atom (it may be the low end of "10-20 dollars");
 * later rules decide what is money.
 */
import type { Decimal } from "./decimal.js";
import { currencyAfter, currencyBefore, minorAfter, multiplierAfter } from "./lexicon.js";
import { findNumberWords } from "./number-words.js";

export interface Atom {
  /** Start of the currency before the number, or of the number. */
  readonly start: number;
  /** End of the last part read (number, multiplier, currency or minor unit). */
  readonly end: number;
  /** The number as written, before any multiplier. */
  readonly written: Decimal;
  /** Power of ten from a multiplier word ("m" → 6), 0 when none. */
  readonly multiplier: number;
  /** Power of ten from the currency form ("MGBP" → 6, "pence" → -2). */
  readonly unit: number;
  /** Whole factor of the unit ("nickels" → 5), 1 for nearly every form. */
  readonly factor: number;
  readonly hasMultiplier: boolean;
  /** A word that means money without naming a currency ("grand"). */
  readonly impliesMoney: boolean;
  readonly currency: string | null;
  readonly currencyAt: "prefix" | "suffix" | null;
  /** Counted in a minor unit (pence, cents). */
  readonly minor: boolean;
  /** Written in words ("ten", "five million"). */
  readonly words: boolean;
  /** Words with a scale ("five million"): as large as a multiplier. */
  readonly scaledWords: boolean;
}

/** Digits as written: "1,234,567.89", "4.85", "350". Not part of a longer number, version or code. */
const DIGITS = /(?<![\p{N}.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\p{N}]|[.,]\d)/gu;
const LETTER = /[\p{L}]/u;
const NUMBER_AHEAD = /[ \u00a0]?\d[\d,.]*/y;
const CLAUSE_END = /^[ \t\u00a0]*(?:$|[.,;:!?)\]\n])/u;
/** "1 point 1": a spoken decimal point between digits. */
const SPOKEN_POINT = /[ \t\u00a0]+point[ \t\u00a0]+(\d+)(?![\p{N}]|[.,]\d)/iuy;
/** A sign glued to a word or name ("SWT_£Ad.png") is no currency; "Â£" is "£" decoded wrongly and still counts. */
const GLUED = /[\p{L}\p{N}_]/u;
/** An article counts as "one" only before a currency word of two letters or more ("a dollar", not "a c"). */
const CURRENCY_WORD = /^[\p{Ll}][\p{Ll}\s]+$/u;

interface NumberCore {
  readonly start: number;
  readonly end: number;
  readonly decimal: Decimal;
  readonly words: boolean;
  readonly scaled: boolean;
  readonly articleOnly: boolean;
}

function numberCores(text: string): NumberCore[] {
  const cores: NumberCore[] = [];
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
    let end = m.index + m[0].length;
    // the digits as written ("1,234.5" → 12345 × 10^-1), read in place rather than through parseDigits
    let mantissa = 0;
    let places = 0;
    let fraction = false;
    for (let i = m.index; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x2e) fraction = true;
      else if (c !== 0x2c) {
        mantissa = mantissa * 10 + (c - 0x30);
        if (fraction) places++;
      }
    }
    if (!fraction) {
      SPOKEN_POINT.lastIndex = end;
      const point = SPOKEN_POINT.exec(text);
      if (point) {
        const digits = point[1]!;
        for (let i = 0; i < digits.length; i++) mantissa = mantissa * 10 + (digits.charCodeAt(i) - 0x30);
        places = digits.length;
        end += point[0].length;
        DIGITS.lastIndex = end;
      }
    }
    // Past 15 significant digits a double is no longer exact: that is no amount anyone writes.
    // (Below 10^15 every step above is exact, so the value is the one parseDigits would give.)
    if (Number.isSafeInteger(mantissa) && mantissa < 1e15) {
      cores.push({ start: m.index, end, decimal: { mantissa, exponent: places === 0 ? 0 : -places }, words: false, scaled: false, articleOnly: false });
    }
  }
  for (const w of findNumberWords(text)) {
    cores.push({ start: w.start, end: w.end, decimal: w.decimal, words: true, scaled: w.scaled, articleOnly: w.articleOnly });
  }
  return cores.sort((a, b) => a.start - b.start);
}

/**
 * A currency written after a number that really leads the next one ("2019 GBP 350", "a US$4.7bn"),
 * unless that next number is a minor part: "20 dollars 43 cents", or one or two digits that end
 * the clause ("20 ringgit 43").
 */
function currencyLeadsNextNumber(text: string, at: number): boolean {
  NUMBER_AHEAD.lastIndex = at;
  const m = NUMBER_AHEAD.exec(text);
  if (!m) return false;
  const end = at + m[0].length;
  if (/^[ \u00a0]?\d{1,2}$/.test(m[0]) && CLAUSE_END.test(text.slice(end, end + 3))) return false;
  return minorAfter(text, end) === null;
}

/** Every number in `text` with what is written against it, left to right, never overlapping. */
export function scanAtoms(text: string): Atom[] {
  const atoms: Atom[] = [];
  let floor = 0;
  for (const core of numberCores(text)) {
    if (core.start < floor) continue;
    let prefix = core.words ? null : currencyBefore(text, core.start, floor);
    if (prefix && !LETTER.test(prefix.text[0]!) && GLUED.test(text[prefix.start - 1] ?? "") && text[prefix.start - 1] !== "Â") prefix = null;
    const attachedToLetter = LETTER.test(text[core.start - 1] ?? "");
    // "COVID19", "Y2K": digits glued to letters are money only behind a currency ("USD3", "Rs20").
    if (attachedToLetter && (prefix === null || prefix.end !== core.start)) continue;

    let end = core.end;
    const mult = multiplierAfter(text, end);
    const multiplier = mult && (!core.words || mult.value.impliesMoney) ? mult : null;
    if (multiplier) {
      // "a grand total": "grand" only means money when no word follows it.
      const articleGrand = core.articleOnly && /^\s*[\p{L}]/u.test(text.slice(multiplier.end, multiplier.end + 3));
      if (core.articleOnly && (!multiplier.value.impliesMoney || articleGrand)) continue;
      end = multiplier.end;
    }

    let suffix = prefix ? null : currencyAfter(text, end);
    if (suffix && currencyLeadsNextNumber(text, suffix.end)) suffix = null;
    // "a dollar", "a pound": an article counts as one only before a currency word, never a code or sign.
    if (suffix && core.articleOnly && !CURRENCY_WORD.test(suffix.text)) suffix = null;
    let minor = prefix || suffix || multiplier ? null : minorAfter(text, end);
    if (minor && core.articleOnly && !CURRENCY_WORD.test(minor.text)) minor = null;
    const currencyHit = prefix ?? suffix ?? minor;
    if (currencyHit && currencyHit !== prefix) end = currencyHit.end;

    if (core.articleOnly && !currencyHit && !multiplier) continue;
    // Number words are money only with a currency, a money word, or a scale ("five million").
    if (core.words && !currencyHit && !multiplier && !core.scaled) continue;

    atoms.push({
      start: prefix?.start ?? core.start,
      end,
      written: core.decimal,
      multiplier: multiplier?.value.exponent ?? 0,
      unit: currencyHit?.value.exponent ?? 0,
      factor: currencyHit?.value.factor ?? 1,
      hasMultiplier: multiplier !== null,
      impliesMoney: multiplier?.value.impliesMoney ?? false,
      currency: currencyHit?.value.code ?? null,
      currencyAt: prefix ? "prefix" : currencyHit ? "suffix" : null,
      minor: currencyHit?.value.minor ?? false,
      words: core.words,
      scaledWords: core.scaled,
    });
    floor = end;
  }
  return atoms;
}
