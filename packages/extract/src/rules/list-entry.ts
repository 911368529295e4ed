import type { Amount } from "@fundtrace/contract";
import type { Block } from "@fundtrace/tokeniser";
import { isCapitalised, trimSpan, wordsIn } from "@fundtrace/organisations";
import { words } from "../lexicon.js";

/** A list-page entry: a recipient phrase opening a block, and the amount that goes with it. */
export interface ListEntry {
  rule: string;
  leadStart: number;
  leadEnd: number;
  amount: Amount | null;
  /** For "N) Name, Organisation – …": the leading project name. */
  name: { start: number; end: number } | null;
}

/** "… for a reading scheme called ‘…’", "… for the Kitchen Table befriending scheme": a purpose, not part of a name. */
const PURPOSE = new RegExp(`\\s+for\\s+(?:a|an|the|its|their|his|her|our)\\s+(?:[\\p{Ll}]|.*\\b(?:${words.projectHeadCased})$)`, "u");
const totalLead = /^(?:grand\s+|sub-?)?total\b|^overall\b|^in\s+total\b|^sum\b|^all\s+(?:awards|grants|projects)\b/i;
// (patterns as constants: a regex literal makes a new object every time it is evaluated)
const OPENS_NAME = /^[\p{Lu}‘“'"]/u;
const SENTENCE_STOP = /[.!?]\s/;
const PURPOSE_VERB = /\s(?:to|will|would|has|have)\s+[\p{Ll}]/u;
const SPACE = /\s/;

/** In a table row ("Org | £1m | Project name"), the cell after the amount when it reads as a name. */
function cellAfter(text: string, from: number, to: number): { start: number; end: number } | null {
  const m = /^\s*[|\t]\s*([^|\t]{2,80}?)\s*(?:[|\t]|$)/u.exec(text.slice(from, to));
  if (!m || !OPENS_NAME.test(m[1]!)) return null;
  const s = from + m.index + m[0].indexOf(m[1]!);
  return { start: s, end: s + m[1]!.length };
}

export const contentStart = (block: Block): number => (block.marker ? block.marker.end : block.start);

function leadIsName(text: string, start: number, end: number, maxWords: number, verbsAllowed = false): boolean {
  const ws = wordsIn(text, start, end);
  if (ws.length === 0 || ws.length > maxWords) return false;
  if (!isCapitalised(ws[0]!.text)) return false;
  if (!verbsAllowed && ws.some((w) => words.finiteVerbs.has(w.text.toLowerCase()))) return false;
  if (SENTENCE_STOP.test(text.slice(start, end))) return false;
  // "X to expand their … (£53,000)": a purpose, not part of a name
  if (PURPOSE_VERB.test(text.slice(start, end))) return false;
  return true;
}

/**
 * "Durham County Council (£3.26m) to …", "Barnardo’s: Up to £1.7m to …", "Pause – (£4.2m)":
 * a short name-like lead, then the block's first amount after "(", ":" or a dash.
 */
export function leadBeforeAmount(text: string, block: Block, amounts: readonly Amount[]): ListEntry | null {
  const first = amounts[0];
  if (!first) return null;
  const begin = contentStart(block);
  const amountAt = first.qualifierSpan ? Math.min(first.qualifierSpan.start, first.start) : first.start;
  let i = amountAt;
  while (i > begin && SPACE.test(text[i - 1]!)) i--;
  const punct = text[i - 1];
  if (!punct || !"(:–—-|\t".includes(punct)) return null;
  let [ls, le] = trimSpan(text, begin, i - 1, " \t\u00a0,;:–—-(|");
  const purpose = PURPOSE.exec(text.slice(ls, le));
  // (a one-word lead before "for" is the start of a name: "Centre for the Children’s Project")
  if (purpose && SPACE.test(text.slice(ls, ls + purpose.index).trim())) le = ls + purpose.index;
  if (le <= ls || !leadIsName(text, ls, le, 16)) return null;
  if (totalLead.test(text.slice(ls, le))) return null;
  return { rule: "extract/list-lead-amount", leadStart: ls, leadEnd: le, amount: first, name: cellAfter(text, first.end, block.end) };
}

/**
 * "Torbay Council to bring together … (£1.25m)": a name-like lead followed by "to" and a verb,
 * with an amount in parentheses later in the block.
 */
export function leadBeforeTo(text: string, block: Block, amounts: readonly Amount[]): ListEntry | null {
  const begin = contentStart(block);
  const m = /^(.{2,160}?)\s+(?:to\s+[\p{Ll}]|for\s+(?:the\s+|its\s+|their\s+|a\s+)?[\p{Lu}‘“'"])/u.exec(text.slice(begin, block.end));
  if (!m) return null;
  const [ls, le] = trimSpan(text, begin, begin + m[1]!.length);
  if (!leadIsName(text, ls, le, 12)) return null;
  const lead = wordsIn(text, ls, le);
  const capitalised = lead.filter((w) => isCapitalised(w.text)).length;
  if (capitalised < Math.ceil(lead.length / 2)) return null;
  const amount = amounts.find((a) => a.start > le && /\(\s*(?:[\p{L} ]{0,12})?$/u.test(text.slice(Math.max(block.start, (a.qualifierSpan?.start ?? a.start) - 14), a.qualifierSpan?.start ?? a.start)));
  if (!amount) return null;
  return { rule: "extract/list-lead-to", leadStart: ls, leadEnd: le, amount, name: null };
}

/**
 * "1) Lighthouse Parenting Programme, Bath and … Council – Working therapeutically …". An amount
 * right after the dash is the grant ("– £50,000 to …"); one later in the description is not.
 */
export function numberedNameOrganisation(text: string, block: Block, amounts: readonly Amount[] = []): ListEntry | null {
  if (block.layout !== "list-item") return null;
  const begin = contentStart(block);
  const dash = /\s[–—-]\s/.exec(text.slice(begin, block.end));
  if (!dash) return null;
  const headEnd = begin + dash.index;
  const head = text.slice(begin, headEnd);
  const comma = head.indexOf(", ");
  if (comma <= 0) return null;
  let [ns, ne] = trimSpan(text, begin, begin + comma);
  const acronym = /\s*\([\p{Lu}][\p{Lu}\p{N}&]{1,9}\)$/u.exec(text.slice(ns, ne));
  if (acronym) ne = ns + acronym.index;
  const [os, oe] = trimSpan(text, begin + comma + 2, headEnd);
  if (!leadIsName(text, ns, ne, 12, true) || !leadIsName(text, os, oe, 16)) return null;
  const afterDash = headEnd + dash[0].length;
  const amount = amounts.find((a) => (a.qualifierSpan?.start ?? a.start) - afterDash <= 12 && a.start >= afterDash) ?? null;
  return { rule: "extract/list-name-organisation", leadStart: os, leadEnd: oe, amount, name: { start: ns, end: ne } };
}

/** "£250k – Somerset Community Foundation – to run …": an amount opening the entry, then the recipient. */
export function amountBeforeLead(text: string, block: Block, amounts: readonly Amount[]): ListEntry | null {
  const first = amounts[0];
  if (!first) return null;
  const begin = contentStart(block);
  const amountAt = first.qualifierSpan ? Math.min(first.qualifierSpan.start, first.start) : first.start;
  if (text.slice(begin, amountAt).trim() !== "") return null;
  const m = /^\s*(?:[:–—-]|to\b|for\b)\s*(.{2,120}?)(?:\s+[:–—-]\s+|\s+to\s+[\p{Ll}]|\s+for\s+[\p{Ll}]|[.;]|$)/u.exec(text.slice(first.end, block.end));
  if (!m || !m[1]) return null;
  const s = first.end + m.index + m[0].indexOf(m[1]);
  const [ls, le] = trimSpan(text, s, s + m[1].length);
  if (le <= ls || !leadIsName(text, ls, le, 12)) return null;
  return { rule: "extract/list-amount-lead", leadStart: ls, leadEnd: le, amount: first, name: null };
}
