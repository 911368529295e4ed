import type { Document, Mention, Organisation } from "@fundtrace/contract";
import { stableId } from "@fundtrace/contract";
import { isStrongOrganisation, parseRecipientPhrase, type AuthorityLookup } from "@fundtrace/organisations";
import { B_BOILERPLATE, B_HEADING, K_NUMBER, K_WORD, type Tokenised } from "@fundtrace/tokeniser";
import { words } from "./lexicon.js";
import { SpanIndex } from "./spans.js";

/** A project name known from a funding mention, in any document. */
export interface KnownProject {
  name: string;
}

const isAscii = (w: string): boolean => {
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) > 0x7e || w.charCodeAt(k) === 0x60) return false;
  return true;
};
/** Without a final "'s" or "s'". */
const dropPossessive = (w: string): string => {
  const n = w.length;
  if (n < 2) return w;
  const a = w.charCodeAt(n - 2), b = w.charCodeAt(n - 1);
  return (a === 0x27 && b === 0x73) || (a === 0x73 && b === 0x27) ? w.slice(0, n - 2) : w;
};
/** A word folded for comparison: no accents, lower case, straight apostrophes, no possessive (plain ASCII words skip the Unicode steps). */
const fold = (w: string) =>
  dropPossessive(isAscii(w) ? w.toLowerCase() : w.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[’‘`´]/g, "'"));
const nameTokens = (name: string): string[] => {
  const ts = name.split(/[^\p{L}\p{N}'’\-]+/u).filter(Boolean).map(fold);
  return ts[0] === "the" ? ts.slice(1) : ts;
};
const sameWord = (a: string, b: string) => a === b || a === `${b}s` || b === `${a}s`;
const cue = new RegExp(`^[’']?s?\\s*[’'”"]?\\s*(?:${words.projectHeadPattern})\\b`, "iu");

/** Known project names indexed by their first word, built once for a corpus. */
export interface NameIndex {
  byFirst: ReadonlyMap<string, ReadonlyArray<readonly string[]>>;
}

/** Indexes project names for `findReferences`: once per corpus, not once per document. */
export function indexNames(known: readonly KnownProject[]): NameIndex {
  const names = new Map<string, string[]>();
  for (const k of known) {
    const ts = nameTokens(k.name);
    if (ts.length === 0 || (ts.length === 1 && ts[0]!.length < 5)) continue;
    const key = ts.join(" ");
    if (!names.has(key)) names.set(key, ts);
  }
  const byFirst = new Map<string, string[][]>();
  for (const ts of names.values()) (byFirst.get(ts[0]!) ?? byFirst.set(ts[0]!, []).get(ts[0]!)!).push(ts);
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length || (a.join(" ") < b.join(" ") ? -1 : 1));
  return { byFirst };
}

/**
 * Reference mentions: passages that name a project known from a funding mention without stating
 * its funding ("the Lighthouse Parenting Programme, which uses …", "Prevent-Protect-Repair in
 * Lewisham LBC"). On a page that lists grants itself, a name counts only with a cue ("… project",
 * "X’s model", "the Round 1 X", "(led by …)"), so practice models named in passing are not taken
 * for projects. Linking each reference to its record is the deduplicator's job.
 */
export function findReferences(doc: Document, tokenised: Tokenised, index: NameIndex, ownMentions: readonly Mention[], lookup: AuthorityLookup): Mention[] {
  const text = doc.text;
  const { byFirst } = index;
  if (byFirst.size === 0) return [];
  // the words and numbers, as token numbers (a page may hold millions)
  const { starts: tokenStarts, ends: tokenEnds, kinds, length: tokenCount } = tokenised.tokenTable;
  const wordTokens = new Int32Array(tokenCount);
  let wordCount = 0;
  for (let i = 0; i < tokenCount; i++) {
    const kind = kinds[i];
    if (kind === K_WORD || kind === K_NUMBER) wordTokens[wordCount++] = i;
  }
  const wordStart = (w: number) => tokenStarts[wordTokens[w]!]!;
  const wordEnd = (w: number) => tokenEnds[wordTokens[w]!]!;
  const listPage = ownMentions.some((m) => m.kind === "funding");
  const out: Mention[] = [];
  const seen = new Set<string>();
  // what the document's own mentions already account for (their names and organisations), indexed at the first candidate
  let taken: SpanIndex<{ start: number; end: number }> | null = null;
  let hosts: SpanIndex<Mention> | null = null;
  const { sentenceTable: sentences, blockTable: blocks } = tokenised;
  let sentenceIdx = 0;
  for (let i = 0; i < wordCount; i++) {
    const cands = byFirst.get(fold(text.slice(wordStart(i), wordEnd(i))));
    if (!cands) continue;
    for (const ts of cands) {
      let ok = i + ts.length <= wordCount;
      for (let k = 0; k < ts.length && ok; k++) {
        const ws = wordStart(i + k);
        ok = sameWord(fold(text.slice(ws, wordEnd(i + k))), ts[k]!) && (k === 0 || /^[\s\u00a0\-]*$/.test(text.slice(wordEnd(i + k - 1), ws)));
      }
      if (!ok) continue;
      const start = wordStart(i);
      const end = wordEnd(i + ts.length - 1);
      if (!/^[\p{Lu}]/u.test(text[start]!)) continue;
      while (sentenceIdx < sentences.length && sentences.ends[sentenceIdx]! <= start) sentenceIdx++;
      if (sentenceIdx >= sentences.length) continue;
      const blockKind = blocks.kinds[sentences.blocks[sentenceIdx]!];
      if (blockKind === undefined || blockKind === B_BOILERPLATE || blockKind === B_HEADING) continue;
      const sentence = sentences.sentence(sentenceIdx);
      taken ??= new SpanIndex(ownMentions.flatMap((m) => [...(m.nameSpan ? [m.nameSpan] : []), ...m.organisations]));
      if (taken.overlaps(start, end)) continue;
      const before = text.slice(Math.max(sentence.start, start - 16), start);
      const after = text.slice(end, Math.min(sentence.end, end + 80));
      const roundBefore = /\bround\s+(\d+|one|two|three)\s+$/i.exec(before);
      const ledBy = /^\s*[’'”"]?\s*(?:project|programme|model)?\s*\((?:led|run|delivered) by\s+([^)]{2,60})\)/i.exec(after);
      const possessive = /[’']s$/.test(text.slice(start, end));
      const hasCue = cue.test(after) || possessive || Boolean(roundBefore) || Boolean(ledBy);
      hosts ??= new SpanIndex(ownMentions.filter((m) => m.kind === "funding"));
      const host = hosts.firstContaining(start, end);
      if (host && host.name && nameTokens(host.name).join(" ") === ts.join(" ") && !roundBefore && !ledBy) continue;
      if (listPage && !hasCue) continue;
      const key = `${sentence.start}:${ts.join(" ")}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let spanEnd = end;
      const cueMatch = cue.exec(after);
      if (cueMatch) spanEnd = end + cueMatch[0].length;
      let organisations: Organisation[] = [];
      if (ledBy) {
        const s = end + after.indexOf(ledBy[1]!);
        organisations = parseRecipientPhrase(text, s, s + ledBy[1]!.length, { authorities: lookup, rule: "extract/reference-led-by" }).organisations;
        spanEnd = end + ledBy.index + ledBy[0].length;
      } else {
        const tail = /^\s*(?:project\s+|programme\s+)?(?:in|at|run by|led by|delivered by)\s+((?:[\p{Lu}][\p{L}’'\-]*\s*){1,5})/u.exec(text.slice(spanEnd, sentence.end));
        if (tail) {
          const s = text.indexOf(tail[1]!.trim(), spanEnd);
          const e = s + tail[1]!.trim().length;
          // "… in Lewisham LBC" names a body; "… in Leeds" names a place
          organisations = parseRecipientPhrase(text, s, e, { authorities: lookup, rule: "extract/reference-context" }).organisations
            .filter((o) => isStrongOrganisation(o.name) || (o.link !== null && /\b(?:council|LBC|MBC|MDC|borough|city)\b/i.test(o.name)));
          spanEnd = e;
        }
      }
      const spanStart = roundBefore ? start - roundBefore[0].length + (roundBefore[0].length - roundBefore[0].trimStart().length) : start;
      const roundStart = roundBefore ? start - roundBefore[0].length : 0;
      const roundEnd = roundBefore ? roundStart + roundBefore[0].trimEnd().length : 0;
      const round = roundBefore ? { text: text.slice(roundStart, roundEnd), start: roundStart, end: roundEnd } : null;
      out.push({
        id: stableId("m", doc.id, spanStart, spanEnd, "reference"), doc: doc.id, start: spanStart, end: spanEnd, kind: "reference",
        name: text.slice(start, end), nameSpan: { text: text.slice(start, end), start, end },
        organisations, amount: null, places: [], round, theme: null, funder: null, programme: null, announced: null,
        rules: ["extract/reference"],
      });
      break;
    }
  }
  return out;
}
