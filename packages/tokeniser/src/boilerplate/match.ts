import type { BlockViews } from "./view.js";

/** A set of normalised phrases (lower case, straight quotes, single spaces). */
export function phraseSet(phrases: readonly string[]): ReadonlySet<string> {
  return new Set(phrases.map((p) => p.toLowerCase()));
}

/** Is the block's `norm` (null when it has none) one of the phrases? */
export const isPhrase = (phrases: ReadonlySet<string>, norm: string | null): boolean => norm !== null && phrases.has(norm);

/** Tests a string against a list of patterns. */
export interface Matcher {
  test(s: string): boolean;
}

/**
 * A matcher that matches when any of `sources` matches. Sources come from data files; they are written
 * without nested quantifiers and only ever run on a block's head (≤ 200 characters). Sources that start
 * with "^" are joined into one regex anchored at the start, so they look at the first characters only;
 * the others are joined into a second regex.
 */
export function anyPattern(sources: readonly string[]): Matcher {
  const anchored = sources.filter((s) => s.startsWith("^")).map((s) => `(?:${s.slice(1)})`);
  const floating = sources.filter((s) => !s.startsWith("^")).map((s) => `(?:${s})`);
  const a = anchored.length > 0 ? new RegExp(`^(?:${anchored.join("|")})`, "u") : null;
  const f = floating.length > 0 ? new RegExp(floating.join("|"), "u") : null;
  return { test: (s: string): boolean => (a !== null && a.test(s)) || (f !== null && f.test(s)) };
}

/** The block's opening text as written, for reasons: at most 60 characters, then "…". */
export function snippet(text: string, views: BlockViews, i: number): string {
  const blockEnd = views.end[i]!;
  const end = Math.min(blockEnd, views.contentStart[i]! + 60);
  let s = text.slice(views.contentStart[i]!, end).replace(/\s+/gu, " ").trimStart();
  // never cut a surrogate pair
  const last = s.charCodeAt(s.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) s = s.slice(0, -1);
  return end < blockEnd ? `${s}…` : s;
}
