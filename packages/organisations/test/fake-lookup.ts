import type { AuthorityLookup } from "@fundtrace/organisations";

/** A tiny gazetteer for tests: exact names, longest first, optional designator after. */
export function fakeLookup(names: string[], multi: string[] = []): AuthorityLookup {
  const sorted = [...names].sort((a, b) => b.length - a.length);
  const link = (n: string) => ({ orgId: `GB-LAE-${n.slice(0, 3).toUpperCase()}`, registerCode: n.slice(0, 3).toUpperCase(), gss: "E00000000", officialName: n });
  return {
    find(text, from, to) {
      const out: Array<{ start: number; end: number; link: ReturnType<typeof link>; isCouncil: boolean }> = [];
      const taken = (s: number, e: number) => out.some((h) => h.start < e && h.end > s);
      for (const n of sorted) {
        let i = text.indexOf(n, from);
        while (i >= 0 && i + n.length <= to) {
          let e = i + n.length;
          const m = /^\s+(?:County |City |Borough )?Council\b/.exec(text.slice(e, to));
          if (m) e += m[0].length;
          if (!taken(i, e)) out.push({ start: i, end: e, link: link(n), isCouncil: Boolean(m) });
          i = text.indexOf(n, i + 1);
        }
      }
      return out.sort((a, b) => a.start - b.start);
    },
    resolve(name) {
      const base = name.replace(/\s+(?:County |City |Borough )?Councils?$/i, "").replace(/^London Borough of /, "");
      return names.includes(base) ? link(base) : null;
    },
    isMultiAuthorityArea: (n) => multi.includes(n),
  };
}
