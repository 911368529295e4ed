import type { Quote } from "@fundtrace/contract";
import { isStrongOrganisation } from "@fundtrace/organisations";

const announcing = /^(?:At\s+)?((?:The\s+)?[\p{Lu}][\p{L}’'&.\- ]*?[\p{L}])(?:\s*\(([\p{Lu}][\p{L}]{1,9})\))?,?\s+(?:we\s+)?(?:has|have)?\s*(?:also\s+|just\s+|today\s+|now\s+)?(?:announced|launched|awarded|granted|unveiled|confirmed|is funding|will fund|funds|funded|has funded)\b/u;
const fundedBy = /\b(?:funded by|funding (?:comes|came) from|grants? from|money from|backed by)\s+((?:the\s+)?[\p{Lu}][\p{L}’'&.\- ]*?[\p{L}])(?:[’']s\b|[,.;(]|\s+(?:and|to|with|which|who|through|under)\b)/u;

/** Words one of the two patterns needs; a sentence without any is skipped at once. */
const announcingVerb = /announced|launched|awarded|granted|unveiled|confirmed|fund/;
const fundedByCue = /funded by|funding (?:comes|came) from|grants? from|money from|backed by/;

/**
 * The announcing body of a document: the first sentence whose subject is an organisation that
 * announces, launches or awards ("What Works for Children’s Social Care (WWCSC) has announced",
 * "The Department for Education (DfE) launched"), or the body funding comes from.
 */
export function findFunder(text: string, sentences: ReadonlyArray<{ start: number; end: number }>): Quote | null {
  for (let nth = 0; nth < sentences.length; nth++) {
    const s = sentences[nth]!;
    if (s.end - s.start > 600) continue; // an announcing sentence is short; this keeps the patterns linear
    const sentence = text.slice(s.start, s.end);
    const m = announcingVerb.test(sentence) ? announcing.exec(sentence) : null;
    if (m && m[1] && (m[2] || isStrongOrganisation(m[1]) || /^(?:At\s+)/.test(sentence))) {
      const name = m[1];
      if (/^(?:The\s+)?(?:government|we|it|they|this)$/i.test(name)) continue;
      const start = s.start + m.index + m[0].indexOf(name);
      return { text: name, start, end: start + name.length };
    }
    const f = fundedByCue.test(sentence) ? fundedBy.exec(sentence) : null;
    if (f && f[1] && isStrongOrganisation(f[1])) {
      const start = s.start + f.index + f[0].indexOf(f[1]);
      return { text: f[1], start, end: start + f[1].length };
    }
  }
  return null;
}

const programmePattern = /\b(?:launched|under|through|from|via|as part of|funded by)\s+(?:the\s+|its\s+|their\s+)?((?:[\p{L}\p{N}£.,’'\-]+\s+){0,8}?(?:Programme|programme|Fund|fund|Scheme|scheme|Initiative|initiative|funding call|funding round|Challenge|Competition))\b/gu;

const programmeHead = /[Pp]rogramme|[Ff]und|[Ss]cheme|[Ii]nitiative|Challenge|Competition/;

/**
 * The funding programme a document names ("launched the Children’s Social Care Innovation
 * Programme", "comes from the Department for Education’s £200m children’s social care innovation
 * fund"): a phrase ending in Programme/Fund/Scheme after "launched", "under", "from", with an
 * owner's possessive and a fund size dropped, and at least two capitalised words or an owner.
 */
export function findProgramme(text: string, sentences: ReadonlyArray<{ start: number; end: number }>): Quote | null {
  for (let nth = 0; nth < sentences.length; nth++) {
    const s = sentences[nth]!;
    if (s.end - s.start > 600) continue;
    const sentence = text.slice(s.start, s.end);
    if (!programmeHead.test(sentence)) continue;
    for (const m of sentence.matchAll(programmePattern)) {
      let phrase = m[1]!;
      let offset = s.start + m.index! + m[0].lastIndexOf(phrase);
      let owned = false;
      const owner = /^((?:[\p{Lu}][\p{L}\-]*\s+(?:(?:for|of|and)\s+)?)*[\p{Lu}][\p{L}\-]*)[’']s\s+/u.exec(phrase);
      if (owner && isStrongOrganisation(owner[1]!)) { phrase = phrase.slice(owner[0].length); offset += owner[0].length; owned = true; }
      const size = /^£[\d.,]+\s*(?:m|bn|k|million|billion)?\s+/u.exec(phrase);
      if (size) { phrase = phrase.slice(size[0].length); offset += size[0].length; }
      const capitals = phrase.split(/\s+/).filter((w) => /^[\p{Lu}]/u.test(w)).length;
      if (!owned && capitals < 2) continue;
      return { text: phrase, start: offset, end: offset + phrase.length };
    }
  }
  return null;
}
