import { isCapitalised, lexicon, wordsIn, type Word } from "@fundtrace/organisations";
import { words } from "../lexicon.js";

const lowercaseAllowed = (w: string) => /^[\p{Ll}][\p{L}’'\-]*$/u.test(w) && !words.finiteVerbs.has(w);

function acceptRun(ws: Word[]): boolean {
  return ws.length > 0 && ws.some((w) => isCapitalised(w.text)) && !lexicon.isConnector(ws[0]!.text.replace(/^The$/, "x"));
}

/**
 * The organisation-like noun phrase that ends right before `end`: capitalised words, connectors
 * between them, and lower-case words only in a chain that ends in a designator
 * ("Hackney council", "The Family Rights Group", "Slough children’s services trust").
 */
export function nounPhraseBefore(text: string, from: number, end: number): { start: number; end: number } | null {
  const ws = wordsIn(text, from, end);
  if (ws.length === 0) return null;
  const gapOk = (a: Word, b: Word) => /^[\s\u00a0]*$/.test(text.slice(a.end, b.start));
  let i = ws.length - 1;
  const lastWord = ws[i]!;
  if (text.slice(lastWord.end, end).trim() !== "") return null;
  const headAtEnd = lexicon.isStrongHead(lastWord.text);
  let lowerBudget = headAtEnd ? 3 : 0;
  const taken: Word[] = [];
  while (i >= 0) {
    const w = ws[i]!;
    const next = taken[0];
    if (next && !gapOk(w, next)) break;
    if (isCapitalised(w.text)) taken.unshift(w);
    else if (lexicon.isConnector(w.text) && next && i > 0 && isCapitalised(ws[i - 1]!.text)) taken.unshift(w);
    else if (lowerBudget > 0 && lowercaseAllowed(w.text) && !lexicon.isConnector(w.text)) { taken.unshift(w); lowerBudget--; }
    else break;
    i--;
  }
  while (taken.length && lexicon.isConnector(taken[0]!.text) && taken[0]!.text !== "The") taken.shift();
  if (!acceptRun(taken)) return null;
  return { start: taken[0]!.start, end: taken[taken.length - 1]!.end };
}

/** The organisation-like noun phrase that starts at `start` ("to Slough children’s services trust to …"). */
export function nounPhraseAfter(text: string, start: number, to: number): { start: number; end: number } | null {
  const ws = wordsIn(text, start, to);
  const taken: Word[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const prev = taken[taken.length - 1];
    if (prev && !/^[\s\u00a0]*$/.test(text.slice(prev.end, w.start))) break;
    if (!prev && text.slice(start, w.start).trim() !== "") break;
    if (isCapitalised(w.text)) { taken.push(w); continue; }
    if (lexicon.isConnector(w.text) && prev && ws[i + 1] && isCapitalised(ws[i + 1]!.text)) { taken.push(w); continue; }
    if (w.text.toLowerCase() === "the" && !prev) { taken.push(w); continue; }
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
  while (taken.length && lexicon.isConnector(taken[taken.length - 1]!.text)) taken.pop();
  if (taken.length && taken[0]!.text === "the") taken.shift();
  if (!acceptRun(taken)) return null;
  return { start: taken[0]!.start, end: taken[taken.length - 1]!.end };
}
