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

const isDigitCommaOrPoint = (c: number): boolean => (c >= 0x30 && c <= 0x39) || c === 0x2c || c === 0x2e;

/** A number as written: where it is, its digits as mantissa × 10^exponent, and WORDS | SCALED | ARTICLE_ONLY. */
interface Core {
  start: number;
  end: number;
  mantissa: number;
  exponent: number;
  flags: number;
}
const WORDS = 1;
const SCALED = 2;
const ARTICLE_ONLY = 4;

/**
 * The numbers of a text, in text order (digits before words at the same start), read one at a time
 * into the same `Core`: the digits by a regex of their own (so two readers never share its position),
 * merged with the number words. Nothing is kept per number, so a page of millions of figures holds none.
 */
class CoreReader {
  private readonly digits = new RegExp(DIGITS);
  private readonly words: ReturnType<typeof findNumberWords>;
  private word = 0;
  /** The next digits, read ahead (`pending` false once they run out). */
  private readonly ahead: Core = { start: 0, end: 0, mantissa: 0, exponent: 0, flags: 0 };
  private pending = false;

  constructor(private readonly text: string) {
    this.words = findNumberWords(text);
    this.digits.lastIndex = 0;
    this.pending = this.readDigits();
  }

  /** Fills `out` with the next number and returns true, or returns false at the end. */
  next(out: Core): boolean {
    const w = this.words[this.word];
    if (this.pending && (w === undefined || this.ahead.start <= w.start)) {
      out.start = this.ahead.start;
      out.end = this.ahead.end;
      out.mantissa = this.ahead.mantissa;
      out.exponent = this.ahead.exponent;
      out.flags = 0;
      this.pending = this.readDigits();
      return true;
    }
    if (w === undefined) return false;
    this.word++;
    out.start = w.start;
    out.end = w.end;
    out.mantissa = w.decimal.mantissa;
    out.exponent = w.decimal.exponent;
    out.flags = WORDS | (w.scaled ? SCALED : 0) | (w.articleOnly ? ARTICLE_ONLY : 0);
    return true;
  }

  /** Reads the next digits into `ahead`; false when there are none. */
  private readDigits(): boolean {
    const { text, digits, ahead } = this;
    // `test` moves the regex past the match without building a match array; the match is the run
    // of digits, commas and points that ends there (the character before it is none of those)
    while (digits.test(text)) {
      let end = digits.lastIndex;
      let start = end;
      while (start > 0 && isDigitCommaOrPoint(text.charCodeAt(start - 1))) start--;
      // the digits as written ("1,234.5" → 12345 × 10^-1), read in place rather than through parseDigits
      let mantissa = 0;
      let places = 0;
      let fraction = false;
      for (let i = start; i < end; i++) {
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
          const spoken = point[1]!;
          for (let i = 0; i < spoken.length; i++) mantissa = mantissa * 10 + (spoken.charCodeAt(i) - 0x30);
          places = spoken.length;
          end += point[0].length;
          digits.lastIndex = end;
        }
      }
      // Past 15 significant digits a double is no longer exact: that is no amount anyone writes.
      // (Below 10^15 every step above is exact, so the value is the one parseDigits would give.)
      if (Number.isSafeInteger(mantissa) && mantissa < 1e15) {
        ahead.start = start;
        ahead.end = end;
        ahead.mantissa = mantissa;
        ahead.exponent = places === 0 ? 0 : -places;
        return true;
      }
    }
    return false;
  }
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

/**
 * Reads the atoms of `text` one at a time, left to right, never overlapping: the numbers are read
 * as they are reached, and each atom is built only when asked for, so a caller working through a
 * long text in batches holds one batch of atoms at a time.
 */
export class AtomScanner {
  private readonly cores: CoreReader;
  private readonly core: Core = { start: 0, end: 0, mantissa: 0, exponent: 0, flags: 0 };
  private floor = 0;
  private peeked: Atom | null = null;

  constructor(private readonly text: string) {
    this.cores = new CoreReader(text);
  }

  /** The next atom without taking it, or null at the end. */
  peek(): Atom | null {
    this.peeked ??= this.read();
    return this.peeked;
  }

  /** Takes the next atom, or null at the end. */
  take(): Atom | null {
    const atom = this.peek();
    this.peeked = null;
    return atom;
  }

  private read(): Atom | null {
    const { text, core } = this;
    while (this.cores.next(core)) {
      if (core.start < this.floor) continue;
      const flags = core.flags;
      const atom = atomAt(text, core.start, core.end, core.mantissa, core.exponent, (flags & WORDS) !== 0, (flags & SCALED) !== 0, (flags & ARTICLE_ONLY) !== 0, this.floor);
      if (atom === null) continue;
      this.floor = atom.end;
      return atom;
    }
    return null;
  }
}

/** Every number in `text` with what is written against it, left to right, never overlapping. */
export function scanAtoms(text: string): Atom[] {
  const scanner = new AtomScanner(text);
  const atoms: Atom[] = [];
  for (let a = scanner.take(); a !== null; a = scanner.take()) atoms.push(a);
  return atoms;
}

/** The atom a number core makes (with the currency, multiplier or minor unit around it), or null. */
function atomAt(text: string, coreStart: number, coreEnd: number, mantissa: number, exponent: number, words: boolean, scaled: boolean, articleOnly: boolean, floor: number): Atom | null {
  let prefix = words ? null : currencyBefore(text, coreStart, floor);
  if (prefix && !LETTER.test(prefix.text[0]!) && GLUED.test(text[prefix.start - 1] ?? "") && text[prefix.start - 1] !== "Â") prefix = null;
  const attachedToLetter = LETTER.test(text[coreStart - 1] ?? "");
  // "COVID19", "Y2K": digits glued to letters are money only behind a currency ("USD3", "Rs20").
  if (attachedToLetter && (prefix === null || prefix.end !== coreStart)) return null;

  let end = coreEnd;
  const mult = multiplierAfter(text, end);
  const multiplier = mult && (!words || mult.value.impliesMoney) ? mult : null;
  if (multiplier) {
    // "a grand total": "grand" only means money when no word follows it.
    const articleGrand = articleOnly && /^\s*[\p{L}]/u.test(text.slice(multiplier.end, multiplier.end + 3));
    if (articleOnly && (!multiplier.value.impliesMoney || articleGrand)) return null;
    end = multiplier.end;
  }

  let suffix = prefix ? null : currencyAfter(text, end);
  if (suffix && currencyLeadsNextNumber(text, suffix.end)) suffix = null;
  // "a dollar", "a pound": an article counts as one only before a currency word, never a code or sign.
  if (suffix && articleOnly && !CURRENCY_WORD.test(suffix.text)) suffix = null;
  let minor = prefix || suffix || multiplier ? null : minorAfter(text, end);
  if (minor && articleOnly && !CURRENCY_WORD.test(minor.text)) minor = null;
  const currencyHit = prefix ?? suffix ?? minor;
  if (currencyHit && currencyHit !== prefix) end = currencyHit.end;

  if (articleOnly && !currencyHit && !multiplier) return null;
  // Number words are money only with a currency, a money word, or a scale ("five million").
  if (words && !currencyHit && !multiplier && !scaled) return null;

  return {
    start: prefix?.start ?? coreStart,
    end,
    written: { mantissa, exponent },
    multiplier: multiplier?.value.exponent ?? 0,
    unit: currencyHit?.value.exponent ?? 0,
    factor: currencyHit?.value.factor ?? 1,
    hasMultiplier: multiplier !== null,
    impliesMoney: multiplier?.value.impliesMoney ?? false,
    currency: currencyHit?.value.code ?? null,
    currencyAt: prefix ? "prefix" : currencyHit ? "suffix" : null,
    minor: currencyHit?.value.minor ?? false,
    words,
    scaledWords: scaled,
  };
}
