import type { Quote } from "@fundtrace/contract";
import { isStrongOrganisation } from "@fundtrace/organisations";

const announcing = /^(?:At\s+)?((?:The\s+)?[\p{Lu}][\p{L}’'&.\- ]*?[\p{L}])(?:\s*\(([\p{Lu}][\p{L}]{1,9})\))?,?\s+(?:we\s+)?(?:has|have)?\s*(?:also\s+|just\s+|today\s+|now\s+)?(?:announced|launched|awarded|granted|unveiled|confirmed|is funding|will fund|funds|funded|has funded)\b/u;
const fundedBy = /\b(?:funded by|funding (?:comes|came) from|grants? from|money from|backed by)\s+((?:the\s+)?[\p{Lu}][\p{L}’'&.\- ]*?[\p{L}])(?:[’']s\b|[,.;(]|\s+(?:and|to|with|which|who|through|under)\b)/u;

/**
 * The announcing body of a document: the first sentence whose subject is an organisation that
 * announces, launches or awards ("What Works for Children’s Social Care (WWCSC) has announced",
 * "The Department for Education (DfE) launched"), or the body funding comes from.
 */
export function findFunder(text: string, sentences: ReadonlyArray<{ start: number; end: number }>): Quote | null {
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    const m = announcing.exec(sentence);
    if (m && m[1] && (m[2] || isStrongOrganisation(m[1]) || /^(?:At\s+)/.test(sentence))) {
      const name = m[1];
      if (/^(?:The\s+)?(?:government|we|it|they|this)$/i.test(name)) continue;
      const start = s.start + m.index + m[0].indexOf(name);
      return { text: name, start, end: start + name.length };
    }
    const f = fundedBy.exec(sentence);
    if (f && f[1] && isStrongOrganisation(f[1])) {
      const start = s.start + f.index + f[0].indexOf(f[1]);
      return { text: f[1], start, end: start + f[1].length };
    }
  }
  return null;
}

const programmePattern = /\b(?:launched|under|through|from|via|as part of|funded by)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\p{Lu}][\p{L}’'&.\- ]*?[’']s\s+)?(?:£[\d.,]+\s*(?:m|bn|k|million|billion)?\s+)?((?:[\p{L}’'\-]+\s+){0,6}?(?:Programme|programme|Fund|fund|Scheme|scheme|Initiative|initiative|funding call|funding round|Challenge|Competition))\b/u;

/** The funding programme a document names ("the Children’s Social Care Innovation Programme"). */
export function findProgramme(text: string, sentences: ReadonlyArray<{ start: number; end: number }>): Quote | null {
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    const m = programmePattern.exec(sentence);
    if (m && m[1]) {
      const start = s.start + m.index + m[0].lastIndexOf(m[1]);
      return { text: m[1], start, end: start + m[1].length };
    }
  }
  return null;
}
