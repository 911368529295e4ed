import type { Quote } from "@fundtrace/contract";
import { isDescriptiveWord, lexicon } from "@fundtrace/organisations";
import { words } from "../lexicon.js";

interface Candidate extends Quote { priority: number }

const quotePairs = /(?<![\p{L}\p{N}])[‘'“"]([\p{L}\p{N}][^‘’'“”"\n]{1,79}?)[’'”"](?![\p{L}\p{N}])/gu;
const acronymTail = /\s*\(([\p{Lu}][\p{Lu}\p{N}&]{1,9})\)?\s*$/u;
const OPENING = /[\s‘'“"(]/u;
const CLOSING = /[\s’'”").,;:]/u;

function clean(text: string, start: number, end: number): Quote | null {
  let s = start, e = end;
  while (s < e && OPENING.test(text[s]!)) s++;
  const acr = acronymTail.exec(text.slice(s, e));
  if (acr) e = s + acr.index;
  while (e > s && CLOSING.test(text[e - 1]!)) e--;
  if (e - s < 2) return null;
  return { text: text.slice(s, e), start: s, end: e };
}

const anotherProjectCue = /\b(?:builds?\s+on|building\s+on|based\s+on|success(?:es)?\s+of|learning\s+from|replicat\w*|adapt\w*\s+from|modell?ed\s+on|inspired\s+by|similar\s+to|like)\b[^.;]{0,60}$/i;

/** A name someone else owns: "builds on the successes of North Yorkshires ‘No Wrong Door’", "Project Crewe’s model". */
function belongsToAnother(text: string, from: number, start: number, owners: ReadonlyArray<{ start: number; end: number }>): boolean {
  const before = text.slice(Math.max(from, start - 90), start);
  if (anotherProjectCue.test(before)) return true;
  const poss = /[\p{L}]([’']s)\s*[‘“'"]?$/u.exec(before);
  if (!poss) return false;
  const ownerEnd = start - before.length + poss.index + 1;
  return !owners.some((o) => Math.abs(o.end - ownerEnd) <= 1);
}

// Compiled once: every pattern below runs on each passage that carries a grant.
const namingCue = new RegExp(`\\b(?:${words.namingCues})\\s+((?:the\\s+)?[‘'“"]?[\\p{Lu}][^,.;:()\\n]{1,70}?)(?=[’'”"]?\\s*(?:[,.;:)]|$|\\s+(?:which|that|to|and|with|in|for)\\b))`, "gu");
const quoteObjectOf = /\b(?:implement|deliver|develop|set\s+up|establish|create|launch|expand|scale|pilot|test|introduce|run|fund|called|named)\s+(?:(?:the|their|its|a|an|our)\s+)?$/i;
// a project noun right after the closing quote, perhaps after a modifier or two ("‘X’ touring production")
const headAfter = new RegExp(`^\\s*(?:[\\p{Ll}][\\p{L}\\-]*\\s+){0,2}(?:${words.projectHeadPattern})\\b`, "iu");
const headBefore = new RegExp(`\\b(?:${words.projectHeadPattern})\\s*$`, "i");
const titleBeforeHead = new RegExp(`\\b(?:[Tt]he|[Tt]heir|[Ii]ts|[Aa]n?|[Hh]is|[Hh]er|[Oo]ur)\\s+((?:[\\p{Lu}][\\p{L}\\p{N}’'\\-]*\\s+(?:(?:of|for|and|&|to|the)\\s+)?){1,6}?)((?:[\\p{Lu}][\\p{L}]*\\s+)?)(${words.projectHeadCased})\\b`, "gu");
const titleModifiersHead = new RegExp(`\\b(?:[Tt]he|[Tt]heir|[Ii]ts|[Aa]n?|[Hh]is|[Hh]er|[Oo]ur|new)\\s+((?:[\\p{Lu}][\\p{L}\\p{N}’'\\-]*\\s+(?:(?:of|for|and|&|to|the)\\s+)?){0,5}[\\p{Lu}][\\p{L}\\p{N}’'\\-]*)\\s+(?:[\\p{Ll}][\\p{L}\\-]*\\s+){1,2}(?:${words.projectHeadPattern})\\b`, "gu");
const titleAcronym = /((?:[\p{Lu}][\p{L}’'\-]{0,30}\s+(?:(?:of|for|and|to|the)\s+)?){1,6}[\p{Lu}][\p{L}’'\-]{0,30})\s*\(([\p{Lu}]{2,8})\)/gu;
/** What every match of `titleAcronym` ends with, tested first: most passages with a "(" hold no acronym. */
const ACRONYM_IN_PARENS = /\([\p{Lu}]{2,8}\)/u;
const OBJECT_VERBS = "develop|deliver|expand|scale|extend|implement|implementation of|roll out|launch|pilot|test|fund|adopt|replicate|introduce|introducing|create|creating|establish|establishing";
const objectOfVerb = new RegExp(`\\b(?:${OBJECT_VERBS})\\s+(?:the\\s+)?((?:[\\p{Lu}][\\p{L}\\p{N}’'\\-]*)(?:\\s+(?:(?:of|for|and|to)\\s+)?[\\p{Lu}][\\p{L}\\p{N}’'\\-]*){0,5})`, "gu");
const lowerModel = /(?:\b(?:the|their|its|a|an)|[\p{L}][’']s)\s+((?:[\p{Ll}\p{Lu}][\p{L}’'\-]*\s+){1,4}?)(model|approach)\b/gu;
const QUOTE_CHARS = /[‘'“"]/;
const SENTENCE_END = /[.!?]\s+(?=[\p{Lu}‘“'"])/u;
/** Words every match of `namingCue` and `objectOfVerb` holds, tested first so most passages skip them. */
const NAMING_CUE = new RegExp(words.namingCues, "u");
const VERB_CUE = new RegExp(OBJECT_VERBS);
/** Each project head noun's lower-case form, for a cheap test of whether a passage has one. */
const headWords = [...words.projectHeads];
const hasHead = (lower: string) => headWords.some((h) => lower.includes(h));

/** The first match of a global pattern in `s`, from its start; `pattern.exec(s)` gives the next (an exec loop: `matchAll` copies the pattern on every call). */
function firstMatch(pattern: RegExp, s: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  return pattern.exec(s);
}

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;
const looksLikeSentence = (s: string) => wordCount(s) > 8 || /[.!?]\s/.test(s) || /\b(?:is|are|was|were|will|has|have|we|our|i)\b/i.test(s);

/**
 * The project's own name in a passage, by the strongest cue present:
 * "called X" > a quoted name next to a project noun > a Title Case name before a project noun
 * ("the Signs of Safety initiative") > a Title Case name with an acronym ("Building My Future (BMF)")
 * > the object of develop/scale/extend > any other quoted phrase > a lower-case "X model".
 * `exclude` holds spans (organisations, places) that cannot be names.
 */
export function findProjectName(text: string, from: number, to: number, exclude: ReadonlyArray<{ start: number; end: number }>): Quote | null {
  to = Math.min(to, from + 2000); // a project's name comes early in its passage; this also bounds every pattern
  const slice = text.slice(from, to);
  const cands: Candidate[] = [];
  const excluded = (s: number, e: number) => exclude.some((x) => x.start < e && x.end > s && !(x.start <= s && x.end >= e && false));
  // where the first sentence ends, found when a candidate first needs it (most passages have none)
  let firstSentenceEnd = -1;
  const push = (q: Quote | null, priority: number) => {
    if (!q || looksLikeSentence(q.text) || excluded(q.start, q.end) || belongsToAnother(text, from, q.start, exclude)) return;
    if (firstSentenceEnd < 0) {
      const m = SENTENCE_END.exec(slice);
      firstSentenceEnd = m ? from + m.index : to;
    }
    cands.push({ ...q, priority: priority + (q.start < firstSentenceEnd ? 5 : 0) });
  };

  // 1. "called X", "known as X".
  if (NAMING_CUE.test(slice)) for (let m = firstMatch(namingCue, slice); m; m = namingCue.exec(slice)) {
    const s = from + m.index! + m[0].indexOf(m[1]!);
    push(clean(text, s, s + m[1]!.length), 100);
  }
  // 2./6. Quoted phrases; higher when a project noun follows or precedes.
  if (QUOTE_CHARS.test(slice)) for (let m = firstMatch(quotePairs, slice); m; m = quotePairs.exec(slice)) {
    const inner = m[1]!;
    const s = from + m.index! + 1;
    const e = s + inner.length;
    const ws = inner.trim().split(/\s+/);
    const single = ws.length === 1;
    if (single && (!/^[\p{Lu}]/u.test(inner) || inner.includes("-") && !/^[\p{Lu}].*[\p{Lu}]/u.test(inner))) continue;
    if (/^[\p{Ll}]/u.test(inner) && ws.length === 1) continue;
    const after = text.slice(e + 1, e + 30);
    const before = text.slice(Math.max(0, s - 30), s - 1);
    const objectOf = quoteObjectOf.test(before + " ");
    const headNear = headAfter.test(after) || headBefore.test(before);
    push(clean(text, s, e), objectOf ? 85 : headNear ? 80 : 40);
  }
  // 3. Title Case run before a project noun: "the Signs of Safety initiative", "their NewDay programme".
  const lower = slice.toLowerCase();
  const heads = hasHead(lower);
  if (heads) for (let m = firstMatch(titleBeforeHead, slice); m; m = titleBeforeHead.exec(slice)) {
    const run = m[1]!;
    if (!/^[\p{Lu}]/u.test(run)) continue;
    const headCapital = /^[\p{Lu}]/u.test(m[3]!);
    const s = from + m.index! + m[0].indexOf(run);
    const e = headCapital ? from + m.index! + m[0].length : s + run.trimEnd().length + (m[2] ? m[2].trimEnd().length + 1 : 0);
    push(clean(text, s, e), 70);
  }
  // 3b. Title Case run, lower-case modifiers, then a project noun: "its Open Doors mentoring scheme".
  if (heads) for (let m = firstMatch(titleModifiersHead, slice); m; m = titleModifiersHead.exec(slice)) {
    const s = from + m.index! + m[0].indexOf(m[1]!);
    push(clean(text, s, s + m[1]!.length), 55);
  }
  // 4. Title Case name followed by its acronym: "Building My Future (BMF)".
  if (ACRONYM_IN_PARENS.test(slice)) for (let m = firstMatch(titleAcronym, slice); m; m = titleAcronym.exec(slice)) {
    const s = from + m.index!;
    push(clean(text, s, s + m[1]!.length), 60);
  }
  // 5. Object of develop/scale/extend: "to further develop Mockingbird", "implementation of Signs of Safety".
  if (VERB_CUE.test(slice)) for (let m = firstMatch(objectOfVerb, slice); m; m = objectOfVerb.exec(slice)) {
    if (/[’']s$/.test(m[1]!)) continue;
    const s = from + m.index! + m[0].lastIndexOf(m[1]!);
    push(clean(text, s, s + m[1]!.length), 50);
  }
  // 7. Lower-case name before "model"/"approach": "the successful mockingbird family model".
  if (lower.includes("model") || lower.includes("approach")) for (let m = firstMatch(lowerModel, slice); m; m = lowerModel.exec(slice)) {
    const ws = m[1]!.trim().split(/\s+/);
    let k = 0;
    const generic = (w: string) => lexicon.isGeneric(w) || isDescriptiveWord(w);
    while (k < ws.length && (generic(ws[k]!) || /^[\p{Lu}]/u.test(ws[k]!) && k === 0 && ws.length > 1 && /^[\p{Ll}]/u.test(ws[1]!))) k++;
    const kept = ws.slice(k);
    if (kept.length === 0 || kept.every(generic)) continue;
    const keptText = kept.join(" ");
    const runStart = from + m.index! + m[0].indexOf(m[1]!);
    const s = text.indexOf(keptText, runStart);
    if (s < 0) continue;
    const e = from + m.index! + m[0].length;
    push(clean(text, s, e), 30);
  }
  if (cands.length === 0) return null;
  cands.sort((a, b) => b.priority - a.priority || a.start - b.start);
  const best = cands[0]!;
  return { text: best.text, start: best.start, end: best.end };
}
