import type { Amount } from "@fundtrace/contract";
import { isStrongOrganisation, type AuthorityLookup } from "@fundtrace/organisations";
import { words } from "../lexicon.js";
import { nounPhraseAfter, nounPhraseBefore } from "./noun-phrase.js";

export interface ProseRecipient {
  rule: string;
  start: number;
  end: number;
  /** A project name the sentence gives its owner ("X’s Brave Studios model"). */
  name?: { text: string; start: number; end: number };
}

const adverb = "(?:also\\s+|now\\s+|recently\\s+|just\\s+|today\\s+|already\\s+|since\\s+)?";
const passive = new RegExp(`\\b(?:(?:has|have|had|will\\s+have|would\\s+have)\\s+${adverb}been|was|were|is|are|will\\s+be|would\\s+be|'s|’s)\\s+${adverb}(?:${words.passiveVerbs})\\s+(?:with\\s+|a\\s+further\\s+|an\\s+additional\\s+|an\\s+extra\\s+|a\\s+|an\\s+)?(?:(?:funding|a\\s+grant|an\\s+award|grants?|an\\s+investment)\\s+(?:of|worth|totalling|totaling)\\s+)?$`, "iu");
const active = new RegExp(`\\b(?:has\\s+|have\\s+|had\\s+|will\\s+|is\\s+to\\s+|are\\s+to\\s+)?(?:also\\s+|now\\s+|just\\s+)?(?:${words.receiveVerbs})\\s+(?:a\\s+further\\s+|an\\s+additional\\s+|an\\s+extra\\s+|a\\s+|an\\s+)?(?:grant\\s+of\\s+|award\\s+of\\s+|funding\\s+of\\s+)?$`, "iu");
const giveBefore = new RegExp(`\\b(?:${words.giveVerbs})\\b`, "iu");
const toAfter = /^\s*(?:of\s+funding\s+|in\s+funding\s+|in\s+grants?\s+|of\s+grant\s+funding\s+|funding\s+|grant\s+|award\s+|investment\s+)?(?:to|for)\s+/i;
const grantOf = /\b(?:a|an|the|this)\s+(?:new\s+)?(?:grant|award|investment|donation|contribution)\s+(?:of|worth)\s+$/i;
const amountSubjectPassive = new RegExp(`^\\s*(?:has\\s+been|have\\s+been|had\\s+been|was|were|is|are|will\\s+be|is\\s+being)\\s+(?:also\\s+|now\\s+)?(?:awarded|given|granted|allocated|handed|paid|provided|committed|earmarked|made\\s+available)\\s+(?:to|for)\\s+`, "iu");
const relative = /,?\s*(?:which|who|that)\s*$/i;
const investmentSee = /^\s*(?:investment|grant|award|funding|boost|package)\s+(?:will|would|is\s+set\s+to|to)\s+(?:see|allow|enable|help|let|fund|support)\s+/i;

function isPronoun(text: string, s: { start: number; end: number }): boolean {
  return words.pronounSubjects.has(text.slice(s.start, s.end).toLowerCase().replace(/\s+/g, " "));
}

const ownedHead = new RegExp(`\\b(?:${words.projectHeadPattern})\\s*$`, "i");

/**
 * Subject before a verb, or its possessive owner: "The Fostering Network’s mockingbird model …
 * has been backed with", "Worcester council’s Swift Neighbours Programme has been backed with",
 * "Family Matters’ Sunny Evenings befriending scheme has been awarded". The owner counts when it
 * is an organisation by its words or the register, or when what it owns ends in a project noun.
 */
function subjectBefore(text: string, clauseStart: number, verbStart: number, authorities: AuthorityLookup): { start: number; end: number; name?: { text: string; start: number; end: number } } | null {
  const rel = relative.exec(text.slice(clauseStart, verbStart));
  if (rel) verbStart = clauseStart + rel.index;
  const np = nounPhraseBefore(text, clauseStart, verbStart);
  const subject = np && !isPronoun(text, np) ? np : null;
  const window = text.slice(clauseStart, verbStart);
  // the longest capitalised owner before a possessive: "Brookside Children’s Foundation’s Brave Studios model"
  const lead = /^\s*/.exec(window)![0].length;
  let owner: { start: number; end: number } | null = null;
  for (const m of window.matchAll(/[’']s\s+[\p{L}]/gu)) {
    const candidate = window.slice(lead, m.index);
    if (!/^(?:The\s+)?[\p{Lu}][\p{L}\p{N}’'&\- ]*$/u.test(candidate)) continue;
    const owned = window.slice(m.index + m[0].length - 1).trimEnd();
    // one word before "’s" may be a name that ends so ("Barnardo’s Family Service")
    // nor can a group noun ("Islington Women’s Hub"), nor a project noun alone be the project
    const lastWord = candidate.trim().split(/\s+/).pop()!.toLowerCase();
    const twoWords = /^\S+\s+\S/u.test(owned);
    const headed = ownedHead.test(owned) && /^[\p{Lu}]/u.test(owned) && /\s/.test(candidate.trim()) && !words.possessiveNameWords.has(lastWord);
    // what is owned is a project of two words or more; "… Children’s Alliance" is a name
    if (twoWords && (isStrongOrganisation(candidate) || authorities.resolve(candidate) !== null || headed)) {
      owner = { start: clauseStart + lead, end: clauseStart + m.index };
    }
  }
  // an organisation named before the verb stands, unless its phrase runs through the owner's possessive
  if (subject && isStrongOrganisation(text.slice(subject.start, subject.end)) && !(owner && subject.start <= owner.start)) return subject;
  if (!owner) return subject;
  const run = /^[’']s\s+((?:[\p{Lu}][\p{L}\p{N}’'\-]*)(?:\s+(?:(?:of|for|and|to|the)\s+)?[\p{Lu}][\p{L}\p{N}’'\-]*)*)/u.exec(text.slice(owner.end, verbStart));
  if (run) {
    const s = owner.end + run[0].indexOf(run[1]!);
    return { ...owner, name: { text: run[1]!, start: s, end: s + run[1]!.length } };
  }
  return owner;
}

/**
 * Who a prose clause says receives an amount:
 * passive ("X has been awarded £5m"), active ("X has received £4m"), giving ("awarded £1.4m to X"),
 * and investment ("an £11.6m investment will see the X model extended").
 */
export function proseRecipient(text: string, clauseStart: number, clauseEnd: number, amount: Amount, authorities: AuthorityLookup): ProseRecipient | null {
  const amountStart = amount.qualifierSpan ? Math.min(amount.qualifierSpan.start, amount.start) : amount.start;
  const before = text.slice(clauseStart, amountStart);
  const pm = passive.exec(before) ?? active.exec(before);
  if (pm) {
    const rule = passive.test(before) ? "extract/prose-passive" : "extract/prose-receive";
    const subject = subjectBefore(text, clauseStart, clauseStart + pm.index, authorities);
    if (subject) return { rule, ...subject };
  }
  const after = text.slice(amount.end, clauseEnd);
  // "Bury Council (£85,000), Rutland County Council (£40,000) and …": an amount in parentheses after a name.
  if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) {
    const np = nounPhraseBefore(text, clauseStart, clauseStart + before.search(/\s*\(\s*$/));
    const placed = np && /\b(?:in|across|to|into|from|throughout|around|within|for)\s+(?:the\s+)?$/i.test(text.slice(Math.max(clauseStart, np.start - 12), np.start));
    if (np && !placed && !isPronoun(text, np)) return { rule: "extract/prose-parenthesis", ...np };
  }
  // "£500,000 has been awarded to Leeds City Council"
  const subjectPassive = amountSubjectPassive.exec(after);
  if (subjectPassive && before.trim().length <= 2) {
    const np = nounPhraseAfter(text, amount.end + subjectPassive[0].length, clauseEnd);
    if (np && !isPronoun(text, np)) return { rule: "extract/prose-amount-passive", ...np };
  }
  const to = toAfter.exec(after);
  if (to && (giveBefore.test(before) || grantOf.test(before))) {
    const np = nounPhraseAfter(text, amount.end + to[0].length, clauseEnd);
    if (np && !isPronoun(text, np)) return { rule: "extract/prose-give-to", ...np };
  }
  const goes = /^\s*,?\s*(?:goes|went|will\s+go|is\s+going|has\s+gone)\s+to\s+/i.exec(after);
  if (goes) {
    const np = nounPhraseAfter(text, amount.end + goes[0].length, clauseEnd);
    if (np && !isPronoun(text, np)) return { rule: "extract/prose-goes-to", ...np };
  }
  const see = investmentSee.exec(after);
  if (see) {
    const from = amount.end + see[0].length;
    const hits = authorities.find(text, from, clauseEnd).filter((h) => !/\b(?:to|in|into|across|from)\s+$/i.test(text.slice(Math.max(from, h.start - 8), h.start)));
    const first = hits[0];
    if (first) return { rule: "extract/prose-investment", start: first.start, end: first.end };
    const np = nounPhraseAfter(text, from, clauseEnd);
    if (np && isStrongOrganisation(text.slice(np.start, np.end))) return { rule: "extract/prose-investment", ...np };
  }
  return null;
}

const clauseBoundaries = [
  /\.\s+|;\s+|,\s+(?:while|whilst|and|but|whereas)\s+|\s+(?:while|whilst|whereas)\s+/gu,
  /,\s+(?=[\p{Lu}])/gu,
  /\s+and\s+(?=[\p{Lu}])/gu,
];

/**
 * Clause boundaries between consecutive amounts of one sentence: the last ", while", ", and",
 * ";" or " while " between one amount and the next one's subject.
 */
export function clauseBounds(text: string, sentence: { start: number; end: number }, amounts: readonly Amount[]): Array<{ start: number; end: number }> {
  const bounds: Array<{ start: number; end: number }> = [];
  let start = sentence.start;
  for (let i = 0; i < amounts.length; i++) {
    const next = amounts[i + 1];
    if (!next) { bounds.push({ start, end: sentence.end }); break; }
    const gapFrom = amounts[i]!.end;
    const gapTo = next.qualifierSpan ? Math.min(next.qualifierSpan.start, next.start) : next.start;
    // the strongest boundary in the gap wins: a sentence or clause break, then a comma before a name, then "and"
    // (every boundary is at least two characters; exec loops, since matchAll copies the pattern on every call)
    let cut = -1;
    if (gapTo - gapFrom >= 2) {
      const gap = text.slice(gapFrom, gapTo);
      for (const boundary of clauseBoundaries) {
        boundary.lastIndex = 0;
        for (let m = boundary.exec(gap); m; m = boundary.exec(gap)) cut = m.index + m[0].length;
        if (cut >= 0) break;
      }
    }
    const end = cut >= 0 ? gapFrom + cut : gapTo;
    bounds.push({ start, end });
    start = end;
  }
  return bounds;
}
