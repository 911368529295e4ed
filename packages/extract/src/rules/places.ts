import type { Place } from "@fundtrace/contract";
import type { AuthorityLookup } from "@fundtrace/organisations";
import { words } from "../lexicon.js";

// No letter may come before a region's name; that is checked on each match, since a pattern
// opening with a lookbehind cannot skip ahead to the names' first letters.
const regionPattern = new RegExp(`(?:${[...words.regions].sort((a, b) => b.length - a.length).map((r) => r.replace(/ /g, "\\s+")).join("|")})(?![\\p{L}])`, "gu");
const LETTER = /\p{L}/u;
const placeName = "(?:[\\p{Lu}][\\p{L}’'\\-]+)(?:\\s+(?:upon\\s+|on\\s+)?[\\p{Lu}][\\p{L}’'\\-]+){0,2}";
const placeItem = new RegExp(placeName, "gu");
// (patterns as constants: a regex literal makes a new object every time it is evaluated)
const POSSESSIVE = /[’']s$/;
const BODY_WORD = /\b(?:Council|Trust|University|Foundation|Programme|Project|Centre|NHS|Fund|Network)\b/;
const prepositionPlace = new RegExp(`\\b(?:${words.placePrepositions})\\s+(?:the\\s+)?(${placeName}(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)${placeName})*)(?=\\s*(?:[,.;:)]|$|\\s+(?:and|area|areas|region|borough|boroughs|who|which|to|in|with|for|from|–|-)\\b))`, "gu");

/**
 * Places where the work happens in a passage: local authority areas from the register, regions
 * from a word list, and capitalised names after "in", "across", "to" ("in Crewe"). Spans inside
 * `exclude` (the recipients) are not places.
 */
export function findPlaces(text: string, from: number, to: number, authorities: AuthorityLookup, exclude: ReadonlyArray<{ start: number; end: number }>): Place[] {
  const out: Place[] = [];
  const taken = (s: number, e: number) => out.some((p) => p.start < e && p.end > s) || exclude.some((x) => x.start < e && x.end > s);
  for (const h of authorities.find(text, from, to)) {
    if (taken(h.start, h.end)) continue;
    out.push({ name: text.slice(h.start, h.end).replace(/\s+/g, " "), start: h.start, end: h.end, link: h.link });
  }
  const slice = text.slice(from, to);
  regionPattern.lastIndex = 0;
  for (let m = regionPattern.exec(slice); m; m = regionPattern.exec(slice)) {
    if (m.index > 0 && LETTER.test(slice[m.index - 1]!)) { regionPattern.lastIndex = m.index + 1; continue; }
    const s = from + m.index;
    const e = s + m[0].length;
    if (!taken(s, e)) out.push({ name: m[0].replace(/\s+/g, " "), start: s, end: e, link: null });
  }
  // an exec loop, not matchAll: matchAll copies the pattern on every call
  prepositionPlace.lastIndex = 0;
  for (let m = prepositionPlace.exec(slice); m; m = prepositionPlace.exec(slice)) {
    const list = m[1]!;
    const listStart = from + m.index + m[0].lastIndexOf(list);
    for (const item of list.matchAll(placeItem)) {
      const name = item[0];
      const s = listStart + item.index!;
      const e = s + name.length;
      const first = name.split(/\s+/)[0]!;
      if (words.nonPlaces.has(first) || taken(s, e) || POSSESSIVE.test(name)) continue;
      if (BODY_WORD.test(name)) continue;
      out.push({ name, start: s, end: e, link: authorities.resolve(name) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
