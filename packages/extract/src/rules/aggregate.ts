import { words } from "../lexicon.js";

const countedPluralPattern = new RegExp(`(?:\\b\\d[\\d,]*|\\b(?:${words.numberWords}))\\s+(?:[\\p{L}’'\\-]+\\s+){0,4}?(${words.aggregateNouns})\\b`, "iu");
/** "11 children’s social care projects", "seven teams": a count of things, the noun in lower case (not "… Places Network"). */
const countedPlural = {
  exec(s: string): RegExpExecArray | null {
    const m = countedPluralPattern.exec(s);
    return m && m[1] === m[1]!.toLowerCase() ? m : null;
  },
  test(s: string): boolean {
    return this.exec(s) !== null;
  },
};
const fundAfter = new RegExp(`^\\s*(?:[\\p{L}’'\\-]+\\s+){0,5}?(?:${words.fundNouns})\\b`, "iu");
const fundBefore = /\b(?:fund|pot|budget|programme|scheme)\s+(?:of|worth|totalling|totaling)\s*$|\b(?:from|through|via|under|out\s+of)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\p{Lu}][\p{L}’'\-]*(?:\s+[\p{Lu}][\p{L}’'\-]*)*[’']s?\s+)?$/iu;
const totalCue = /\b(?:total|totalling|totaling|in total|overall|altogether|combined|a further|share of|shared between|split between|across|boost)\b/i;

export type AggregateKind = "total" | "fund" | "salary" | null;

const jobCue = /\b(?:salary|salaries|per\s+annum|closing\s+date|vacanc(?:y|ies)|apply\s+(?:now|by|online)|full[- ]time|part[- ]time|hours\s+per\s+week|fixed[- ]term|permanent\s+contract|job\s+(?:title|description|reference)|recruiting)\b/i;

/** Whether an amount is pay: a yearly (or ranged) figure in a block that reads like a job advert. */
export function isSalary(text: string, block: { start: number; end: number }, period: string | null, kind: string): boolean {
  return (period !== null || kind === "range") && jobCue.test(text.slice(block.start, block.end));
}

/**
 * Whether an amount is a total or a fund size rather than one grant: "£36m in funding for 11
 * projects", "the seven projects that will receive nearly £2m", "£2m to seven teams",
 * "the £200m innovation fund", "a fund of £5m".
 */
export function aggregateKind(text: string, amountStart: number, amountEnd: number, clauseStart: number, clauseEnd: number): AggregateKind {
  const after = text.slice(amountEnd, Math.min(clauseEnd, amountEnd + 80));
  const before = text.slice(Math.max(clauseStart, amountStart - 100), amountStart);
  if (fundAfter.test(after) && !/^\s*(?:to|for)\s/i.test(after)) return "fund";
  if (fundBefore.test(before)) return "fund";
  const near = /^\s*(?:in\s+funding\s+|of\s+funding\s+|in\s+grants?\s+|funding\s+)?(?:to|for|between|among|across)\s+(.{0,60})/i.exec(after);
  if (near && countedPlural.test(near[1]!.split(/[.;]/)[0]!) && /^\W*(?:\d|[\p{L}]+\s)/u.test(near[1]!)) {
    const target = near[1]!;
    const m = countedPlural.exec(target);
    if (m && m.index < 25) return "total";
  }
  if (/\b(?:to\s+share|will\s+share|shared|sharing|split|divided)\s+(?:a\s+|an\s+|the\s+)?(?:total\s+of\s+|pot\s+of\s+)?$/i.test(before)) return "total";
  if (/^\s*(?:grand\s+|sub-?)?total\b[^.;]*$|^\s*(?:overall|in\s+total)\b[^.;]*$/i.test(text.slice(clauseStart, amountStart))) return "total";
  const lastWords = before.split(/[,;]/).pop() ?? before;
  if (countedPlural.test(lastWords) && /\b(?:that|which|who)?\s*(?:will|would|are|have|has|had)?\s*(?:receive|share|get|been|received|got)\b/i.test(lastWords)) return "total";
  if (totalCue.test(after.slice(0, 25)) && /total|boost/i.test(after.slice(0, 25))) return "total";
  return null;
}
