import { fold } from "../text/fold.js";
import { ENGLISH_STOPWORDS } from "./words.js";

/** Longest prefix of a word that may stand in an acronym ("No" → "NO" in NOREAM). */
const MAX_PREFIX = 3;

/**
 * True for a written form that looks like an acronym: one word, 2–10 characters, at least two
 * capitals and no lower-case run longer than two letters ("NSPCC", "MTM", "DfE", "Coram-I" is not).
 */
export function isAcronym(text: string): boolean {
  const t = text.trim().replace(/\./g, "");
  if (t.length < 2 || t.length > 10 || /\s/.test(t)) return false;
  if (!/^[A-Z][A-Za-z0-9&]*$/.test(t)) return false;
  const capitals = t.replace(/[^A-Z]/g, "").length;
  return capitals >= 2 && !/[a-z]{3,}/.test(t);
}

/** The acronym as compared: lower-case letters and digits only. */
export function acronymKey(text: string): string {
  return fold(text).replace(/[^a-z0-9]/g, "");
}

function longFormWords(longForm: string): string[] {
  return fold(longForm)
    .replace(/&/g, " and ")
    .replace(/'/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/**
 * Initials a long form may be abbreviated to: of its content words; with a leading "the";
 * of every word. "Munro, Turnell and Murphy" → ["mtm", "mtam"]. Only for names of 2+ words.
 */
export function initialsOf(longForm: string): string[] {
  const ws = longFormWords(longForm);
  if (ws.length < 2) return [];
  const content = ws.filter((w) => !ENGLISH_STOPWORDS.has(w)).map((w) => w[0]).join("");
  const withThe = (ws[0] === "the" ? "t" : "") + content;
  const all = ws.map((w) => w[0]).join("");
  return [...new Set([content, withThe, all])].filter((s) => s.length >= 2);
}

/**
 * Whether an acronym abbreviates a long form: its letters are taken in order from the starts of
 * the long form's words, each content word giving 1–3 leading letters and function words giving
 * none or some ("NSPCC" ← "National Society for the Prevention of Cruelty to Children",
 * "NOREAM" ← "No Recourse Early Action Model", "TACT" ← "The Adolescent and Children's Trust").
 */
export function acronymMatches(acronym: string, longForm: string): boolean {
  const letters = acronymKey(acronym);
  const ws = longFormWords(longForm);
  if (letters.length < 2 || ws.length < 2) return false;
  const go = (a: number, w: number): boolean => {
    if (a === letters.length) {
      for (let k = w; k < ws.length; k++) if (!ENGLISH_STOPWORDS.has(ws[k] ?? "")) return false;
      return true;
    }
    if (w === ws.length) return false;
    const word = ws[w] ?? "";
    const optional = ENGLISH_STOPWORDS.has(word);
    if (optional && go(a, w + 1)) return true;
    const max = Math.min(MAX_PREFIX, word.length, letters.length - a);
    for (let k = 1; k <= max; k++) {
      if (word.charCodeAt(k - 1) !== letters.charCodeAt(a + k - 1)) break;
      if (go(a + k, w + 1)) return true;
    }
    return false;
  };
  return go(0, 0);
}

/** A trailing parenthesised acronym in a written name: "Morning Lane Associates (MLA)" → MLA. */
export function splitParentheticalAcronym(name: string): { name: string; acronym: string | null } {
  const m = /^(.*\S)\s*\(([^()]+)\)\s*$/.exec(name);
  if (m && m[1] !== undefined && m[2] !== undefined && isAcronym(m[2])) return { name: m[1], acronym: m[2] };
  return { name, acronym: null };
}
