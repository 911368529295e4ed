import aliasData from "./data/aliases.json" with { type: "json" };
import { foldName } from "./fold.js";
import { normaliseAuthorityName } from "./normalise.js";
import type { AuthorityRecord, RegisterData, RegisterSource } from "./types.js";

/** One way of writing a name, and which authority it belongs to. */
export interface NameEntry {
  readonly code: string;
  /** From `src/data/aliases.json` rather than the register. */
  readonly alias: boolean;
}

/** A node of the word trie over normalised names. */
export interface TrieNode {
  readonly next: ReadonlyMap<string, TrieNode>;
  /** The normalised key when a name ends here. */
  readonly key: string | null;
}

/** The lookups built once from the data. Internal: use the package's functions. */
export interface RegisterIndex {
  /** Folded name as written (designators kept) → authorities. */
  readonly exact: ReadonlyMap<string, readonly NameEntry[]>;
  /** Normalised key (designators removed) → authorities. */
  readonly normalised: ReadonlyMap<string, readonly NameEntry[]>;
  /** Normalised keys of bare names that stand for more than one authority ("richmond"). */
  readonly ambiguous: ReadonlySet<string>;
  /** Word trie over every normalised key, for scanning text. */
  readonly trie: TrieNode;
}

/** The register as an immutable lookup object. Build it with `createRegister(data)`. */
export interface Register {
  readonly source: RegisterSource;
  /** Every authority, past and current, sorted by code. */
  readonly authorities: readonly AuthorityRecord[];
  /** The authority with this register code ("HCK"), if any. */
  byCode(code: string): AuthorityRecord | undefined;
  /** The authority with this current or former GSS code ("E09000012"), if any. */
  byGss(gss: string): AuthorityRecord | undefined;
  readonly index: RegisterIndex;
}

interface MutableTrieNode {
  next: Map<string, MutableTrieNode>;
  key: string | null;
}

function addEntry(map: Map<string, NameEntry[]>, key: string, entry: NameEntry): void {
  if (key === "") return;
  const list = map.get(key);
  if (!list) {
    map.set(key, [entry]);
    return;
  }
  const existing = list.findIndex((e) => e.code === entry.code);
  if (existing === -1) list.push(entry);
  else if (list[existing]!.alias && !entry.alias) list[existing] = entry; // the register outranks an alias
}

function addToTrie(root: MutableTrieNode, key: string): void {
  let node = root;
  for (const word of key.split(" ")) {
    let child = node.next.get(word);
    if (!child) {
      child = { next: new Map(), key: null };
      node.next.set(word, child);
    }
    node = child;
  }
  node.key = key;
}

function freezeTrie(node: MutableTrieNode): TrieNode {
  for (const child of node.next.values()) freezeTrie(child);
  return Object.freeze(node);
}

function freezeEntries(map: Map<string, NameEntry[]>): ReadonlyMap<string, readonly NameEntry[]> {
  for (const [k, list] of map) map.set(k, Object.freeze(list.map((e) => Object.freeze(e))) as NameEntry[]);
  return map;
}

function assertData(data: RegisterData): void {
  if (!data || !Array.isArray(data.authorities) || !Array.isArray(data.names)) {
    throw new TypeError("Expected register data with `authorities` and `names` arrays (data/register.json), received something else");
  }
}

/**
 * Builds the register's lookups from its data (read `data/register.json`, e.g. via
 * `registerDataUrl`, and pass the parsed JSON). The data is not modified; the result is frozen.
 */
export function createRegister(data: RegisterData): Register {
  assertData(data);
  const authorities = Object.freeze([...data.authorities].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)));
  const byCode = new Map(authorities.map((a) => [a.code, a] as const));
  const byGss = new Map<string, AuthorityRecord>();
  for (const a of authorities) {
    for (const g of a.formerGss) byGss.set(g, a);
  }
  for (const [gss, code] of data.gss ?? []) {
    const a = byCode.get(code);
    if (a) byGss.set(gss, a);
  }
  for (const a of authorities) if (a.gss) byGss.set(a.gss, a); // a current code outranks a reused former one

  const exact = new Map<string, NameEntry[]>();
  const normalised = new Map<string, NameEntry[]>();
  const trie: MutableTrieNode = { next: new Map(), key: null };
  const add = (name: string, code: string, alias: boolean): void => {
    if (!byCode.has(code)) return;
    const entry = { code, alias };
    addEntry(exact, foldName(name), entry);
    const key = normaliseAuthorityName(name);
    addEntry(normalised, key, entry);
    if (key !== "") addToTrie(trie, key);
  };
  for (const a of authorities) {
    for (const name of [a.officialName, a.niceName, ...a.altNames]) add(name, a.code, false);
  }
  for (const [name, code] of data.names) add(name, code, false);
  for (const alias of aliasData.names) add(alias.name, alias.code, true);

  const ambiguous = new Set(aliasData.ambiguous.map((a) => normaliseAuthorityName(a.name)));

  const index: RegisterIndex = Object.freeze({
    exact: freezeEntries(exact),
    normalised: freezeEntries(normalised),
    ambiguous,
    trie: freezeTrie(trie),
  });
  return Object.freeze({
    source: data.source,
    authorities,
    byCode: (code: string) => byCode.get(code),
    byGss: (gss: string) => byGss.get(gss),
    index,
  });
}
