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
 * Lookups bound to one document, one per announcement date: the whole text is scanned once
 * (with the first date asked for), range queries are answered from that scan (hits wholly inside
 * the range), and each date's lookup re-links a hit only when its register entry differs by date.
 * Scanning the whole text also lets the gazetteer see the context around a range.
 */
export function documentLookups(lookupFor: (date: string | null) => AuthorityLookup, text: string): (date: string | null) => AuthorityLookup {
  let hits: AuthorityHit[] | null = null;
  const byDate = new Map<string, AuthorityLookup>();
  const scan = (lookup: AuthorityLookup) => (hits ??= lookup.find(text, 0, text.length));
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
    const relinked = new Map<AuthorityHit, AuthorityHit>();
    const relink = (h: AuthorityHit): AuthorityHit => {
      let r = relinked.get(h);
      if (!r) {
        const link = resolve(text.slice(h.start, h.end));
        r = link && link.registerCode !== h.link.registerCode ? { ...h, link } : h;
        relinked.set(h, r);
      }
      return r;
    };
    const bound: AuthorityLookup = {
      find(t, from, to) {
        if (t !== text) return lookup.find(t, from, to);
        const all = scan(lookup);
        let lo = 0, hi = all.length;
        while (lo < hi) { const mid = (lo + hi) >> 1; if (all[mid]!.start < from) lo = mid + 1; else hi = mid; }
        const out: AuthorityHit[] = [];
        for (let i = lo; i < all.length && all[i]!.start < to; i++) if (all[i]!.end <= to) out.push(relink(all[i]!));
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
