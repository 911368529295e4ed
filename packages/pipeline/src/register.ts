import { readFile } from "node:fs/promises";
import { createRegister, findAuthorities, registerDataUrl, resolveAuthority, type Register } from "@fundtrace/authorities";
import type { AuthorityLookup } from "@fundtrace/organisations";

/** Reads the local authority register shipped with @fundtrace/authorities. */
export async function loadRegister(url: URL = registerDataUrl): Promise<Register> {
  return createRegister(JSON.parse(await readFile(url, "utf8")));
}

const multiTypes = new Set(["COMB", "SRA"]);

/** Names remembered per lookup; past this the memo starts again, so memory stays bounded. */
const MEMO_LIMIT = 50_000;

/**
 * Adapts the register to what the recogniser asks of a gazetteer, as of an announcement date.
 * Whole-name resolutions are remembered (the same names recur across documents).
 */
export function authorityLookup(register: Register, date: string | null): AuthorityLookup {
  const memo = new Map<string, ReturnType<typeof resolveAuthority>>();
  const match = (name: string) => {
    let m = memo.get(name);
    if (m === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      m = resolveAuthority(register, name, { date });
      memo.set(name, m);
    }
    return m;
  };
  return {
    find: (text, from, to) =>
      findAuthorities(register, text, { date, from, to })
        .filter((m) => !multiTypes.has(m.match.type))
        .map((m) => ({ start: m.start, end: m.end, link: m.match.link, isCouncil: m.isCouncil })),
    resolve: (name) => {
      const m = match(name);
      return m && !multiTypes.has(m.type) ? m.link : null;
    },
    isMultiAuthorityArea: (name) => {
      const m = match(name);
      return !m || multiTypes.has(m.type);
    },
  };
}

/** One lookup per date, built once: the stages ask for the same few dates many times. */
export function lookupCache(register: Register | null): (date: string | null) => AuthorityLookup {
  const cache = new Map<string, AuthorityLookup>();
  const none: AuthorityLookup = { find: () => [], resolve: () => null, isMultiAuthorityArea: () => false };
  return (date) => {
    if (!register) return none;
    const key = date ?? "";
    let l = cache.get(key);
    if (!l) { l = authorityLookup(register, date); cache.set(key, l); }
    return l;
  };
}
