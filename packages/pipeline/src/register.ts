import { readFile } from "node:fs/promises";
import { createRegister, findAuthorities, registerDataUrl, resolveAuthority, type Register } from "@fundtrace/authorities";
import type { AuthorityLookup } from "@fundtrace/organisations";

/** Reads the local authority register shipped with @fundtrace/authorities. */
export async function loadRegister(url: URL = registerDataUrl): Promise<Register> {
  return createRegister(JSON.parse(await readFile(url, "utf8")));
}

const multiTypes = new Set(["COMB", "SRA"]);

/** Resolutions remembered across all dates; past this the memo starts again, so memory stays bounded. */
const MEMO_LIMIT = 20_000;

type Resolution = ReturnType<typeof resolveAuthority>;

/** A bounded memo of whole-name resolutions, by date, then name. */
function resolutionMemo(register: Register): (name: string, date: string | null) => Resolution {
  const byDate = new Map<string, Map<string, Resolution>>();
  let size = 0;
  return (name, date) => {
    const key = date ?? "";
    let memo = byDate.get(key);
    if (!memo) byDate.set(key, (memo = new Map()));
    let m = memo.get(name);
    if (m === undefined) {
      if (size >= MEMO_LIMIT) { byDate.clear(); byDate.set(key, (memo = new Map())); size = 0; }
      m = resolveAuthority(register, name, { date });
      // a name sliced from a document would keep the whole document alive: keep a copy instead
      memo.set(Buffer.from(name, "utf8").toString("utf8"), m);
      size++;
    }
    return m;
  };
}

/**
 * Adapts the register to what the recogniser asks of a gazetteer, as of an announcement date.
 * `resolve` may be a shared memo of whole-name resolutions (the same names recur across documents).
 */
export function authorityLookup(
  register: Register,
  date: string | null,
  resolve: (name: string, date: string | null) => Resolution = (name, d) => resolveAuthority(register, name, { date: d }),
): AuthorityLookup {
  return {
    find: (text, from, to) =>
      findAuthorities(register, text, { date, from, to })
        .filter((m) => !multiTypes.has(m.match.type))
        .map((m) => ({ start: m.start, end: m.end, link: m.match.link, isCouncil: m.isCouncil })),
    resolve: (name) => {
      const m = resolve(name, date);
      return m && !multiTypes.has(m.type) ? m.link : null;
    },
    isMultiAuthorityArea: (name) => {
      const m = resolve(name, date);
      return !m || multiTypes.has(m.type);
    },
  };
}

/** One lookup per date, built once: the stages ask for the same few dates many times. */
export function lookupCache(register: Register | null): (date: string | null) => AuthorityLookup {
  const cache = new Map<string, AuthorityLookup>();
  const resolve = register ? resolutionMemo(register) : null;
  const none: AuthorityLookup = { find: () => [], resolve: () => null, isMultiAuthorityArea: () => false };
  return (date) => {
    if (!register) return none;
    const key = date ?? "";
    let l = cache.get(key);
    if (!l) { l = authorityLookup(register, date, resolve!); cache.set(key, l); }
    return l;
  };
}
