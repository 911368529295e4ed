import type { AnnouncedDate, Quote } from "@fundtrace/contract";
import { B_BOILERPLATE, B_HEADING, B_PARAGRAPH, sentenceAt, type Tokenised } from "@fundtrace/tokeniser";
import { findDates } from "../dates.js";

/** What the headings and date statements above a block say about it. */
export interface BlockContext {
  round: Quote | null;
  theme: Quote | null;
  announced: AnnouncedDate | null;
}

const numberWord: Record<string, string> = { one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9", ten: "10" };
const roundPattern = /\b(round|wave|phase|tranche|cohort|window)\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b/i;
const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
const groupSuffix = /\s+(?:projects?|grants?|awards?|recipients|programmes|winners|grantees)\s*[.:]?$/i;

/** A round named by a heading: its normalised label and where the text says it. */
export interface RoundHeading {
  label: string;
  start: number;
  end: number;
}

/** "Round 2 projects" → "Round 2"; "Targeted Funding Opportunity projects" → that name; else null. Offsets are into `text`. */
export function roundOfHeading(text: string): RoundHeading | null {
  if (text.length > 200) return null; // headings are short; long text never names a round section
  const r = roundPattern.exec(text);
  if (r) return { label: `${capitalise(r[1]!)} ${numberWord[r[2]!.toLowerCase()] ?? r[2]}`, start: r.index, end: r.index + r[0].length };
  const g = groupSuffix.exec(text);
  if (!g) return null;
  const prefix = text.slice(0, g.index).trim();
  const ws = prefix.split(/\s+/);
  const titleCase = ws.length > 0 && ws.length <= 6 && ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|and|for|the|&|to|in)$/.test(w));
  if (!titleCase || /:/.test(prefix)) return null;
  const start = text.indexOf(prefix);
  return { label: prefix, start, end: start + prefix.length };
}

const ordinals: Record<string, string> = { first: "1", second: "2", third: "3", fourth: "4", fifth: "5", sixth: "6", seventh: "7", eighth: "8", ninth: "9", tenth: "10" };

/** Round labels a sentence names: "round 2", "the third round", "Round Two". */
function roundsIn(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(/\b(round|wave|phase|tranche|cohort|window)\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b/gi)) out.push(`${capitalise(m[1]!)} ${numberWord[m[2]!.toLowerCase()] ?? m[2]}`);
  for (const m of sentence.matchAll(/\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:funding\s+)?(round|wave|phase|tranche|cohort|window)\b/gi)) out.push(`${capitalise(m[2]!)} ${ordinals[m[1]!.toLowerCase()]}`);
  return out;
}

/** Whether a date statement still holds under a round heading: it names that round, or names none. */
function namesRound(sentence: string, label: string): boolean {
  if (sentence.toLowerCase().includes(label.toLowerCase())) return true;
  const named = roundsIn(sentence);
  return named.length === 0 || named.includes(label);
}

/** A dateline or byline: the block is mostly its date ("30/10/20", "Published 14 March 2023", "By X | 25 November 2020"). */
const isDateline = (blockText: string, date: AnnouncedDate): boolean => {
  if (blockText.length > 200) return false;
  const rest = blockText.replace(date.text, " ").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  const words = rest ? rest.split(" ").length : 0;
  return words <= 3 || /\|/.test(blockText) || /^\s*(?:published|posted|updated|last updated|first published|date|by)\b/i.test(blockText);
};

/**
 * One pass over the blocks: round-level headings ("Round 2 projects") set the round and clear the
 * theme; other headings set the theme; a date statement ("announce … on 6 July 2017") dates what
 * follows until a round heading it does not name; a dateline or byline dates the whole page.
 */
export function readSections(text: string, tokenised: Tokenised): { blocks: BlockContext[]; pageDate: AnnouncedDate | null } {
  const out: BlockContext[] = [];
  let round: Quote | null = null;
  let theme: Quote | null = null;
  let statement: { date: AnnouncedDate; sentence: string } | null = null;
  let pageDate: AnnouncedDate | null = null;
  // blocks in one section share one context object (nobody writes to them)
  let last: BlockContext | null = null;
  const context = (): BlockContext => {
    const announced = statement?.date ?? null;
    if (last === null || last.round !== round || last.theme !== theme || last.announced !== announced) last = { round, theme, announced };
    return last;
  };
  const table = tokenised.blockTable;
  for (let nth = 0; nth < table.length; nth++) {
    const kind = table.kinds[nth];
    if (kind === B_BOILERPLATE) { out.push(context()); continue; }
    const blockStart = table.starts[nth]!;
    const blockEnd = table.ends[nth]!;
    const blockText = text.slice(blockStart, blockEnd);
    if (kind === B_HEADING || (kind === B_PARAGRAPH && blockText.length < 60 && roundOfHeading(blockText))) {
      const heading = roundOfHeading(blockText);
      const label = heading?.label;
      if (heading && label) {
        round = { text: text.slice(blockStart + heading.start, blockStart + heading.end), start: blockStart + heading.start, end: blockStart + heading.end };
        theme = null;
        if (statement && !namesRound(statement.sentence, label)) statement = null;
      } else if (/\b(?:following|below|listed|confirmed|announced|successful|funded|awarded)\b|\bprojects?\s*[.:]?$/i.test(blockText)) {
        theme = null; // a heading that introduces the list ("funding confirmed for the following projects") is no theme
      } else if (nth > 0 && blockText.length <= 120) {
        const cut = blockText.search(/\s[–—-]\s|:/);
        const themeText = (cut > 0 ? blockText.slice(0, cut) : blockText).replace(/[.\s]+$/, "");
        theme = { text: themeText, start: blockStart, end: blockStart + themeText.length };
      }
    }
    const dates = findDates(text, blockStart, blockEnd);
    for (const d of dates) {
      if (isDateline(blockText, d)) pageDate ??= d;
      else {
        const sentence = sentenceAt(tokenised, d.start);
        const sText = sentence ? text.slice(Math.max(sentence.start, d.start - 300), Math.min(sentence.end, d.end + 300)) : blockText.slice(0, 600);
        if (/\b(?:announc|award|confirm|publish|funded|fund|grant|select|approv)/i.test(sText)) statement = { date: d, sentence: sText };
      }
    }
    out.push(context());
  }
  return { blocks: out, pageDate };
}
