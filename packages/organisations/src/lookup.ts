import type { RegisterLink } from "@fundtrace/contract";

/** An authority or place name found in text by a gazetteer. */
export interface AuthorityHit {
  start: number;
  end: number;
  link: RegisterLink;
  /** The text named the body (with a council designator), not just the place. */
  isCouncil: boolean;
}

/**
 * What the recogniser needs from a register of local authorities. Passed in, so the recogniser
 * stays a pure function and tests can use a small fake.
 */
export interface AuthorityLookup {
  /** Authority and place names in `text.slice(from, to)`, longest match first, not overlapping. */
  find(text: string, from: number, to: number): AuthorityHit[];
  /** The register entry a whole name denotes ("Hackney council", "Wirral MBC"), or null. */
  resolve(name: string): RegisterLink | null;
  /** True when the name is an area that spans several authorities (a combined authority, a region). */
  isMultiAuthorityArea(name: string): boolean;
}

export const noAuthorities: AuthorityLookup = {
  find: () => [],
  resolve: () => null,
  isMultiAuthorityArea: () => false,
};

/**
 * Lookups bound to one document, one per announcement date. The text is cut into passages at
 * blank lines (a name never runs across one); a passage is scanned the first time a range in it
 * is asked for (with the first date asked for), and range queries are answered from those scans
 * (hits wholly inside the range); a short passage with the text of one scanned before takes its
 * hits, moved. Each date's lookup re-links a hit only when its register entry
 * differs by date. Scanning whole passages lets the gazetteer see the context around a range,
 * and passages nobody asks about (navigation, footers) are never scanned.
 */
export function documentLookups(lookupFor: (date: string | null) => AuthorityLookup, text: string): (date: string | null) => AuthorityLookup {
  let starts: number[] | null = null; // passage k is [starts[k], starts[k + 1] ?? text.length)
  const scanned: Array<AuthorityHit[] | undefined> = []; // by passage (an array: a page may have a million passages)
  let scanner: AuthorityLookup | null = null;
  const passageAt = (offset: number): number => {
    const s = (starts ??= passageStarts(text));
    let lo = 0, hi = s.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (s[mid]! <= offset) lo = mid; else hi = mid - 1; }
    return lo;
  };
  // a short passage written again (a repeated line, a list of the same entry) is scanned once:
  // its hits depend on its own text only, so later copies take the first's, moved
  const repeated = new Map<string, { at: number; hits: AuthorityHit[] }>();
  const scan = (from: number, to: number): AuthorityHit[] => {
    if (to - from > REPEATED_PASSAGE) return scanner!.find(text, from, to);
    const key = text.slice(from, to);
    const seen = repeated.get(key);
    if (seen === undefined) {
      const hits = scanner!.find(text, from, to);
      repeated.set(key, { at: from, hits });
      return hits;
    }
    const shift = from - seen.at;
    return seen.hits.length === 0 ? seen.hits : seen.hits.map((h) => ({ ...h, start: h.start + shift, end: h.end + shift }));
  };
  const hitsOf = (k: number): AuthorityHit[] => {
    let hits = scanned[k];
    if (hits === undefined) {
      hits = scan(starts![k]!, starts![k + 1] ?? text.length);
      scanned[k] = hits;
    }
    return hits;
  };
  const byDate = new Map<string, AuthorityLookup>();
  return (date) => {
    const key = date ?? "";
    const existing = byDate.get(key);
    if (existing) return existing;
    const lookup = lookupFor(date);
    const resolved = new Map<string, ReturnType<AuthorityLookup["resolve"]>>();
    const multi = new Map<string, boolean>();
    const resolve = (name: string) => {
      if (!resolved.has(name)) resolved.set(name, lookup.resolve(name));
      return resolved.get(name)!;
    };
    // each passage's hits as of this date, relinked once
    const relinked: Array<AuthorityHit[] | undefined> = [];
    const relink = (h: AuthorityHit): AuthorityHit => {
      const link = resolve(text.slice(h.start, h.end));
      return link && link.registerCode !== h.link.registerCode ? { ...h, link } : h;
    };
    const hitsAt = (k: number): AuthorityHit[] => {
      let hits = relinked[k];
      if (hits === undefined) {
        const found = hitsOf(k);
        hits = found.length === 0 ? found : found.map(relink);
        relinked[k] = hits;
      }
      return hits;
    };
    const bound: AuthorityLookup = {
      find(t, from, to) {
        if (t !== text) return lookup.find(t, from, to);
        scanner ??= lookup;
        const out: AuthorityHit[] = [];
        if (to <= from) return out;
        for (let k = passageAt(from), last = passageAt(to - 1); k <= last; k++) {
          // hits are in text order: skip to the first at or after `from` (a passage may be a whole list)
          const hits = hitsAt(k);
          let lo = 0, hi = hits.length;
          while (lo < hi) { const mid = (lo + hi) >> 1; if (hits[mid]!.start < from) lo = mid + 1; else hi = mid; }
          for (let i = lo; i < hits.length && hits[i]!.start < to; i++) if (hits[i]!.end <= to) out.push(hits[i]!);
        }
        return out;
      },
      resolve,
      isMultiAuthorityArea(name) {
        if (!multi.has(name)) multi.set(name, lookup.isMultiAuthorityArea(name));
        return multi.get(name)!;
      },
    };
    byDate.set(key, bound);
    return bound;
  };
}

/** Passages up to this long are remembered by their text, so a repeated one is scanned once. */
const REPEATED_PASSAGE = 400;

const BLANK_LINE = /\n[ \t\u00a0]*\r?\n/g;
/**
 * A passage longer than this (a list or table without blank lines, a page on one line) is cut
 * at line breaks, or failing those at spaces, so the gazetteer never holds the words of megabytes
 * of text at once.
 */
const MAX_PASSAGE = 1 << 16;

/** One past the last `code` in `text[floor, limit)`, or `floor` when there is none. */
function lastBreakAfter(text: string, code: number, floor: number, limit: number): number {
  for (let i = limit - 1; i >= floor; i--) if (text.charCodeAt(i) === code) return i + 1;
  return floor;
}

/** Where each passage of the text starts: at 0, after every blank line, and within very long passages. */
function passageStarts(text: string): number[] {
  const starts = [0];
  const cutLongPassage = (end: number) => {
    let from = starts[starts.length - 1]!;
    while (end - from > MAX_PASSAGE) {
      const limit = from + MAX_PASSAGE;
      // searched back only to the passage's middle: an unbounded search would walk a page on one line back to its start at every cut
      const floor = from + MAX_PASSAGE / 2;
      let cut = lastBreakAfter(text, 0x0a, floor, limit);
      if (cut <= floor) cut = lastBreakAfter(text, 0x20, floor, limit);
      if (cut <= floor) cut = limit;
      starts.push(cut);
      from = cut;
    }
  };
  BLANK_LINE.lastIndex = 0;
  for (let m = BLANK_LINE.exec(text); m; m = BLANK_LINE.exec(text)) {
    cutLongPassage(m.index);
    starts.push(m.index + m[0].length);
    BLANK_LINE.lastIndex = m.index + m[0].length - 1; // the next blank line may share this one's last break
  }
  cutLongPassage(text.length);
  return starts;
}
