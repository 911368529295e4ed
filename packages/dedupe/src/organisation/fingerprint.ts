import { fold, splitDigits } from "../text/fold.js";
import { LEGAL_PHRASES, LEGAL_SUFFIXES } from "./words.js";

/**
 * The ordered tokens of an organisation name, OpenRefine-style: NFKD, lower case, `&` → "and",
 * apostrophes, full stops and hyphens removed inside words ("Barnardo's" → "barnardos",
 * "Tri-Borough" → "triborough"), digits glued to letters split ("Catch22" → "catch 22"),
 * other punctuation separating words, a leading "the" and trailing legal forms (Ltd, CIC, plc) dropped.
 */
export function organisationTokens(name: string): string[] {
  const s = splitDigits(fold(name).replace(/&/g, " and ").replace(/['.\-]/g, ""));
  const tokens = s.split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
  if (tokens.length > 1 && tokens[0] === "the") tokens.shift();
  let changed = true;
  while (changed && tokens.length > 1) {
    changed = false;
    const last = tokens[tokens.length - 1];
    if (last !== undefined && LEGAL_SUFFIXES.has(last)) {
      tokens.pop();
      changed = true;
      continue;
    }
    for (const phrase of LEGAL_PHRASES) {
      if (tokens.length > phrase.length && phrase.every((w, k) => tokens[tokens.length - phrase.length + k] === w)) {
        tokens.length -= phrase.length;
        changed = true;
        break;
      }
    }
  }
  return tokens;
}

/**
 * The fingerprint of an organisation name: its tokens, unique and sorted, joined by spaces.
 * "The Mighty Creatives" and "Mighty Creatives" share one, as do "Catch22" and "Catch 22 Ltd".
 */
export function fingerprint(name: string): string {
  return fingerprintOf(organisationTokens(name));
}

/** The fingerprint of a name's tokens (see `fingerprint`), for callers that have them already. */
export function fingerprintOf(tokens: readonly string[]): string {
  return [...new Set(tokens)].sort().join(" ");
}
