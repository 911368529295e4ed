import { isCapitalised, lexicon, wordsIn, type Word } from "@fundtrace/organisations";
import { words } from "../lexicon.js";

const lowercaseAllowed = (w: string) => /^[\p{Ll}][\p{L}’'\-]*$/u.test(w) && !words.finiteVerbs.has(w);
/** Words that join names inside one noun phrase, alone or as a group ("in partnership with"). */
const joiners = new Set(["in partnership with", "working with", "together with", "along with", "alongside", "with"]);
const isJoinerWord = (w: string) => /^(?:in|partnership|working|together|along|alongside|with)$/i.test(w);

type Gap = "space" | "comma" | "other";
const gapBetween = (text: string, a: Word, b: Word): Gap => {
  const g = text.slice(a.end, b.start);
  if (/^[\s\u00a0]*$/.test(g)) return "space";
  if (/^\s*,\s+$/.test(g)) return "comma";
  return "other";
};

/** A word that can carry a name: capitalised, or a lower-case designator right after a capitalised word ("Hackney council"). */
function carries(ws: Word[], i: number): boolean {
  const w = ws[i];
  if (!w) return false;
  if (isCapitalised(w.text)) return true;
  return lexicon.isStrongHead(w.text) && i > 0 && isCapitalised(ws[i - 1]!.text);
}

function trim(taken: Word[]): { start: number; end: number } | null {
  while (taken.length && (lexicon.isConnector(taken[0]!.text) || isJoinerWord(taken[0]!.text)) && taken[0]!.text !== "The") taken.shift();
  while (taken.length && (lexicon.isConnector(taken[taken.length - 1]!.text) || isJoinerWord(taken[taken.length - 1]!.text))) taken.pop();
  if (taken.length && taken[0]!.text === "the") taken.shift();
  if (!taken.some((w) => isCapitalised(w.text))) return null;
  return { start: taken[0]!.start, end: taken[taken.length - 1]!.end };
}

/** Index of the first word of a joiner group ending at `i` ("in partnership with"), or -1. */
function joinerEndingAt(ws: Word[], i: number): number {
  for (let k = 3; k >= 1; k--) {
    if (i - k + 1 < 0) continue;
    const phrase = ws.slice(i - k + 1, i + 1).map((w) => w.text.toLowerCase()).join(" ");
    if (joiners.has(phrase)) return i - k + 1;
  }
  return -1;
}
function joinerStartingAt(ws: Word[], i: number): number {
  for (let k = 3; k >= 1; k--) {
    const phrase = ws.slice(i, i + k).map((w) => w.text.toLowerCase()).join(" ");
    if (ws.length >= i + k && joiners.has(phrase)) return i + k - 1;
  }
  return -1;
}

/**
 * The organisation-like noun phrase that ends right before `end`: capitalised words, lower-case
 * designators after them ("Hackney council"), connectors and joiners between names ("Elmbridge
 * council & Reigate and Banstead council", "X in partnership with Y"), surname lists ("Munro,
 * Turnell and Murphy"), and lower-case words in a chain closed by a designator ("Slough
 * children’s services trust").
 */
export function nounPhraseBefore(text: string, from: number, end: number): { start: number; end: number } | null {
  const ws = wordsIn(text, from, end);
  if (ws.length === 0) return null;
  const last = ws[ws.length - 1]!;
  if (text.slice(last.end, end).trim() !== "") return null;
  let lowerBudget = lexicon.isStrongHead(last.text) ? 3 : 0;
  const taken: Word[] = [];
  let i = ws.length - 1;
  while (i >= 0) {
    const w = ws[i]!;
    const next = taken[0];
    const gap = next ? gapBetween(text, w, next) : "space";
    if (gap === "other") break;
    if (gap === "comma") {
      // only inside a list of single names: "Munro, Turnell and Murphy"
      const list = taken.slice(0, 3).some((x) => x.text === "and" || x.text === "&");
      if (!(list && isCapitalised(w.text) && isCapitalised(next!.text))) break;
    }
    if (carries(ws, i)) { taken.unshift(w); i--; continue; }
    const joinStart = joinerEndingAt(ws, i);
    if ((lexicon.isConnector(w.text) || joinStart >= 0) && next) {
      // skip any run of connectors and joiner groups ("working with the", "and the")
      let j = i;
      for (;;) {
        const js = joinerEndingAt(ws, j);
        if (js >= 0) j = js - 1;
        else if (j >= 0 && lexicon.isConnector(ws[j]!.text)) j--;
        else break;
      }
      if (j >= 0 && carries(ws, j) && gapBetween(text, ws[j]!, ws[j + 1]!) === "space") {
        taken.unshift(...ws.slice(j + 1, i + 1));
        i = j;
        continue;
      }
      break;
    }
    if (lowerBudget > 0 && lowercaseAllowed(w.text) && !lexicon.isConnector(w.text)) { taken.unshift(w); lowerBudget--; i--; continue; }
    break;
  }
  return trim(taken);
}

/** The organisation-like noun phrase that starts at `start` ("to Slough children’s services trust to …"). */
export function nounPhraseAfter(text: string, start: number, to: number): { start: number; end: number } | null {
  const ws = wordsIn(text, start, to);
  const taken: Word[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const prev = taken[taken.length - 1];
    if (!prev && text.slice(start, w.start).trim() !== "") break;
    const gap = prev ? gapBetween(text, prev, w) : "space";
    if (gap === "other") break;
    if (gap === "comma") {
      const rest = ws.slice(i, i + 4).map((x) => x.text);
      if (!(isCapitalised(w.text) && isCapitalised(prev!.text) && (rest.includes("and") || rest.includes("&")))) break;
    }
    if (carries(ws, i)) { taken.push(w); continue; }
    if (w.text === "the" && !prev) { taken.push(w); continue; }
    const joinEnd = joinerStartingAt(ws, i);
    if ((lexicon.isConnector(w.text) || joinEnd >= 0) && prev) {
      let j = i;
      for (;;) {
        const je = joinerStartingAt(ws, j);
        if (je >= 0) j = je + 1;
        else if (j < ws.length && lexicon.isConnector(ws[j]!.text) && ws[j]!.text !== "The") j++;
        else break;
      }
      // "for the Rural Beacons Programme" is a purpose, not part of the name ("Action for Children" is)
      const purpose = ws.slice(i, j).map((x) => x.text.toLowerCase()).join(" ") === "for the";
      if (!purpose && j < ws.length && isCapitalised(ws[j]!.text)) { taken.push(...ws.slice(i, j)); i = j - 1; continue; }
      break;
    }
    // lower-case words only when a designator closes the chain within three words
    const ahead = ws.slice(i, i + 3);
    const headIdx = ahead.findIndex((x) => lexicon.isStrongHead(x.text));
    if (prev && headIdx >= 0 && ahead.slice(0, headIdx + 1).every((x) => lowercaseAllowed(x.text) && !lexicon.isConnector(x.text))) {
      taken.push(...ahead.slice(0, headIdx + 1));
      i += headIdx;
      continue;
    }
    break;
  }
  return trim(taken);
}
