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
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
/** Any character `\s` matches (the gaps between a phrase and its amount are made of these). */
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
const phrasePattern = (phrase: string): string => phrase.trim().split(/\s+/).map(escape).join("\\s+");
const byLengthDesc = <T>(a: PhraseEntry<T>, b: PhraseEntry<T>): number => b.phrase.length - a.phrase.length;

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
  const patterns = [compile(false, false), compile(true, false), compile(false, true), compile(true, true)].filter(
    (p): p is RegExp => p !== null,
  );
  const lookup = new Map<string, T>();
  for (const e of sorted) lookup.set(key(e.phrase, !!e.caseSensitive), e.value);

  // A phrase can only end where the text's last word (after the gap) ends with one of these:
  // checked first, it spares the patterns on the many amounts without a phrase before them.
  const tails = [...new Set(sorted.map((e) => e.phrase.trim().split(/\s+/).pop()!.toLowerCase()))];

  return function before(text: string, end: number, floor = 0): PhraseHit<T> | null {
    const from = Math.max(floor, end - window);
    let e = end;
    while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
    let s = e;
    while (s > from && !isSpace(text.charCodeAt(s - 1))) s--;
    if (s === e) return null;
    const last = text.slice(s, e).toLowerCase();
    if (!tails.some((t) => last.endsWith(t))) return null;
    const slice = text.slice(from, end);
    let best: PhraseHit<T> | null = null;
    for (const re of patterns) {
      const m = re.exec(slice);
      if (!m) continue;
      const raw = m[0].trimEnd();
      const start = from + m.index;
      if (isWordChar(raw[0]) && isWordChar(text[start - 1])) continue;
      const value = lookup.get(key(raw, re.flags.includes("i") === false)) ?? lookup.get(key(raw, false));
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
  const patterns = [compile(false, false), compile(true, false), compile(false, true), compile(true, true)].filter(
    (p): p is RegExp => p !== null,
  );
  const lookup = new Map<string, T>();
  for (const e of sorted) lookup.set(key(e.phrase, !!e.caseSensitive), e.value);

  return function after(text: string, start: number): PhraseHit<T> | null {
    let best: PhraseHit<T> | null = null;
    for (const re of patterns) {
      re.lastIndex = start;
      const m = re.exec(text);
      if (!m || m[1] === undefined) continue;
      const raw = m[1];
      const hitStart = start + m[0].length - raw.length;
      const hitEnd = hitStart + raw.length;
      if (isWordChar(raw[raw.length - 1]) && isWordChar(text[hitEnd])) continue;
      const value = lookup.get(key(raw, !re.flags.includes("i"))) ?? lookup.get(key(raw, false));
      if (value === undefined) continue;
      if (!best || hitEnd > best.end) best = { start: hitStart, end: hitEnd, value, text: raw };
    }
    return best;
  };
}

/** Lookup key: whitespace runs folded to one space; case folded unless case-sensitive. */
function key(phrase: string, caseSensitive: boolean): string {
  const folded = phrase.trim().replace(/\s+/g, " ");
  return caseSensitive ? `=${folded}` : `~${folded.toLowerCase()}`;
}
