/**
 * Phrase matchers built once from word lists: find the longest listed phrase that ends right
 * before a position, or starts right after one. Words in a phrase match across any run of
 * whitespace; a phrase never starts or ends inside a word.
 */

export interface PhraseEntry<T> {
  readonly phrase: string;
  readonly value: T;
  /** Matches only as written (default: any case). */
  readonly caseSensitive?: boolean;
  /** Written against the amount with no space ("+", "/year"). */
  readonly attached?: boolean;
}

export interface MatcherOptions {
  /** Regex source for the space allowed between the phrase and the position (default any whitespace). */
  readonly gap?: string;
  /** How far back `before` looks (characters). */
  readonly window?: number;
}

export interface PhraseHit<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
  readonly text: string;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD_CHAR.test(ch);
/** Any character `\s` matches (the gaps between a phrase and its amount are made of these). */
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
const phrasePattern = (phrase: string): string => phrase.trim().split(/\s+/).map(escape).join("\\s+");
const byLengthDesc = <T>(a: PhraseEntry<T>, b: PhraseEntry<T>): number => b.phrase.length - a.phrase.length;

/**
 * The lower case of a character code where it is one code unit and known without a lookup: ASCII,
 * the Latin-1 signs (U+0080–U+00BF: "£", "¥", "¢"…) and the currency signs block ("€", "₹"), all
 * caseless or lower case already. -1 for any other character.
 */
const lowerAscii = (c: number): number =>
  c >= 0x41 && c <= 0x5a ? c + 0x20 : c < 0xc0 || (c >= 0x20a0 && c <= 0x20cf) ? c : -1;

/**
 * Does `text[s, e)` end with `tail` (lower case) once lower-cased? Compared a character at a time
 * where `lowerAscii` knows the character; any other falls back to `toLowerCase`, which may change lengths.
 */
function endsWithAscii(text: string, s: number, e: number, tail: string): boolean {
  if (e - s < tail.length) return text.slice(s, e).toLowerCase().endsWith(tail);
  for (let k = 1; k <= tail.length; k++) {
    const c = lowerAscii(text.charCodeAt(e - k));
    if (c < 0) return text.slice(s, e).toLowerCase().endsWith(tail);
    if (c !== tail.charCodeAt(tail.length - k)) return false;
  }
  return true;
}

/** Longest phrase ending at `end` (whitespace allowed between it and `end` unless attached). */
export function phrasesBefore<T>(entries: readonly PhraseEntry<T>[], options: MatcherOptions = {}) {
  const window = options.window ?? 64;
  const gap = options.gap ?? "\\s*";
  const sorted = [...entries].sort(byLengthDesc);
  const compile = (caseSensitive: boolean, attached: boolean): RegExp | null => {
    const group = sorted.filter((e) => !!e.caseSensitive === caseSensitive && !!e.attached === attached);
    if (group.length === 0) return null;
    const alts = group.map((e) => phrasePattern(e.phrase)).join("|");
    return new RegExp(`(?:${alts})${attached ? "" : gap}$`, caseSensitive ? "u" : "iu");
  };
  const patterns = compiled([compile(false, false), compile(true, false), compile(false, true), compile(true, true)]);
  const valueOf = phraseLookup(sorted);

  // A phrase can only end where the text's last word (after the gap) ends with one of these:
  // checked first, it spares the patterns on the many amounts without a phrase before them.
  const tails = [...new Set(sorted.map((e) => e.phrase.trim().split(/\s+/).pop()!.toLowerCase()))];
  // the tails by their last character
  const tailsByLast = new Map<number, string[]>();
  for (const t of tails) {
    const c = t.charCodeAt(t.length - 1);
    tailsByLast.set(c, [...(tailsByLast.get(c) ?? []), t]);
  }
  const mayEndWithTail = (text: string, s: number, e: number): boolean => {
    const last = lowerAscii(text.charCodeAt(e - 1));
    if (last < 0) {
      // lower-cased once (it may change lengths), then only the tails that end with its last character
      const lowered = text.slice(s, e).toLowerCase();
      return tailsByLast.get(lowered.charCodeAt(lowered.length - 1))?.some((t) => lowered.endsWith(t)) ?? false;
    }
    const candidates = tailsByLast.get(last);
    if (candidates === undefined) return false;
    for (const t of candidates) if (endsWithAscii(text, s, e, t)) return true;
    return false;
  };

  // A phrase of one caseless symbol ("£", "€") that no other phrase shares or ends with: when it
  // stands right before `end` (no gap), it is the only phrase that can end there, found without a pattern.
  const lastChars = new Set<number>();
  for (const e of sorted) {
    const p = e.phrase.trim();
    if (p.length > 1) for (const v of [p, p.toLowerCase(), p.toUpperCase()]) lastChars.add(v.charCodeAt(v.length - 1));
  }
  // (Only for gaps of whitespace, which a symbol at `end` leaves no room for.)
  const whitespaceGap = gap === "\\s*" || gap === "[ \\u00a0]?";
  const loneSymbols = new Map<number, PhraseHit<T>>();
  for (const e of sorted) {
    const p = e.phrase.trim();
    const c = p.charCodeAt(0);
    const entries = sorted.filter((x) => x.phrase.trim().toLowerCase() === p.toLowerCase()).length;
    if (!whitespaceGap || p.length !== 1 || entries !== 1 || lastChars.has(c) || isWordChar(p) || p.toLowerCase() !== p || p.toUpperCase() !== p) continue;
    const value = valueOf(p, e.caseSensitive === true);
    if (value !== undefined && !loneSymbols.has(c)) loneSymbols.set(c, { start: 0, end: 0, value, text: p });
  }

  return function before(text: string, end: number, floor = 0): PhraseHit<T> | null {
    const from = Math.max(floor, end - window);
    if (end - 1 >= from) {
      const lone = loneSymbols.get(text.charCodeAt(end - 1));
      if (lone !== undefined) return { start: end - 1, end, value: lone.value, text: lone.text };
    }
    let e = end;
    while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
    let s = e;
    while (s > from && !isSpace(text.charCodeAt(s - 1))) s--;
    if (s === e) return null;
    if (!mayEndWithTail(text, s, e)) return null;
    const slice = text.slice(from, end);
    let best: PhraseHit<T> | null = null;
    for (const { re, caseSensitive } of patterns) {
      const m = re.exec(slice);
      if (!m) continue;
      const raw = m[0].trimEnd();
      const start = from + m.index;
      if (isWordChar(raw[0]) && isWordChar(text[start - 1])) continue;
      const value = valueOf(raw, caseSensitive);
      if (value === undefined) continue;
      if (!best || start < best.start) best = { start, end: start + raw.length, value, text: raw };
    }
    return best;
  };
}

/** Longest phrase starting at `start` (whitespace allowed before it unless attached). */
export function phrasesAfter<T>(entries: readonly PhraseEntry<T>[], options: MatcherOptions = {}) {
  const gap = options.gap ?? "\\s*";
  const sorted = [...entries].sort(byLengthDesc);
  const compile = (caseSensitive: boolean, attached: boolean): RegExp | null => {
    const group = sorted.filter((e) => !!e.caseSensitive === caseSensitive && !!e.attached === attached);
    if (group.length === 0) return null;
    const alts = group.map((e) => phrasePattern(e.phrase)).join("|");
    return new RegExp(`${attached ? "" : gap}(${alts})`, caseSensitive ? "uy" : "iuy");
  };
  const patterns = compiled([compile(false, false), compile(true, false), compile(false, true), compile(true, true)]);
  const valueOf = phraseLookup(sorted);
  // A phrase starts at `start` or after the whitespace there, with one of these (either case):
  // checked first, it spares the patterns wherever no phrase can start.
  const firsts = new Set<number>();
  for (const e of sorted) {
    const first = e.phrase.trim()[0] ?? "";
    for (const v of [first, first.toLowerCase(), first.toUpperCase()]) firsts.add(v.charCodeAt(0));
  }
  // A character outside ASCII may still match a first letter in another case ("K", the Kelvin
  // sign, matches "k"; "ſ" matches "s"): it may start a phrase when it, its lower or its upper case
  // is a first letter. Surrogates (astral characters) always may.
  const inAnyCase = (c: number): boolean => {
    if (firsts.has(c)) return true;
    const ch = String.fromCharCode(c);
    return firsts.has(ch.toLowerCase().charCodeAt(0)) || firsts.has(ch.toUpperCase().charCodeAt(0));
  };
  // worked out once for Latin-1 (where "£" and the accented letters are), remembered for the rest
  const latin1 = new Uint8Array(0x100);
  for (let c = 0; c < 0x100; c++) latin1[c] = (c < 0x80 ? firsts.has(c) : inAnyCase(c)) ? 1 : 0;
  const otherCases = new Map<number, boolean>();
  const mayStartWith = (c: number): boolean => {
    if (c < 0x100) return latin1[c] === 1;
    if (c >= 0xd800 && c <= 0xdfff) return true;
    let may = otherCases.get(c);
    if (may === undefined) otherCases.set(c, (may = inAnyCase(c)));
    return may;
  };
  const mayStart = (text: string, start: number): boolean => {
    if (mayStartWith(text.charCodeAt(start))) return true;
    let j = start;
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    if (j === start || j >= text.length) return false;
    return mayStartWith(text.charCodeAt(j));
  };

  return function after(text: string, start: number): PhraseHit<T> | null {
    if (start >= text.length || !mayStart(text, start)) return null;
    let best: PhraseHit<T> | null = null;
    for (const { re, caseSensitive } of patterns) {
      re.lastIndex = start;
      const m = re.exec(text);
      if (!m || m[1] === undefined) continue;
      const raw = m[1];
      const hitStart = start + m[0].length - raw.length;
      const hitEnd = hitStart + raw.length;
      if (isWordChar(raw[raw.length - 1]) && isWordChar(text[hitEnd])) continue;
      const value = valueOf(raw, caseSensitive);
      if (value === undefined) continue;
      if (!best || hitEnd > best.end) best = { start: hitStart, end: hitEnd, value, text: raw };
    }
    return best;
  };
}

/** The patterns compiled, each with whether it matches case. */
const compiled = (patterns: ReadonlyArray<RegExp | null>): Array<{ re: RegExp; caseSensitive: boolean }> =>
  patterns.filter((p): p is RegExp => p !== null).map((re) => ({ re, caseSensitive: !re.flags.includes("i") }));

/** Whitespace runs folded to one space (a phrase without whitespace is returned as it is). */
function foldSpaces(phrase: string): string {
  for (let i = 0; i < phrase.length; i++) if (isSpace(phrase.charCodeAt(i))) return phrase.trim().replace(/\s+/g, " ");
  return phrase;
}

/** The value of a matched phrase: as written among the case-sensitive entries, else in any case. */
function phraseLookup<T>(sorted: readonly PhraseEntry<T>[]): (raw: string, caseSensitive: boolean) => T | undefined {
  const exact = new Map<string, T>();
  const loose = new Map<string, T>();
  for (const e of sorted) {
    if (e.caseSensitive) exact.set(foldSpaces(e.phrase), e.value);
    else loose.set(foldSpaces(e.phrase).toLowerCase(), e.value);
  }
  return (raw, caseSensitive) => {
    const folded = foldSpaces(raw);
    return (caseSensitive ? exact.get(folded) : undefined) ?? loose.get(folded.toLowerCase());
  };
}
