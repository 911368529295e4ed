import type { AnnouncedDate, Amount, Document, Mention, Message, Organisation, Place, Quote, UnattachedAmount } from "@fundtrace/contract";
import { message, stableId } from "@fundtrace/contract";
import { eachMoney } from "@fundtrace/money";
import { compromiseOrganisations, documentLookups, isStrongOrganisation, parseRecipientPhrase, trimSpan, type AuthorityLookup } from "@fundtrace/organisations";
import { B_BOILERPLATE, B_HEADING, tokenise, type Block, type Sentence, type Tokenised } from "@fundtrace/tokeniser";
import { findFunder, findProgramme } from "./context/funder.js";
import { readSections, type BlockContext } from "./context/sections.js";
import { aggregateKind, isSalary } from "./rules/aggregate.js";
import { amountBeforeLead, contentStart, leadBeforeAmount, leadBeforeTo, numberedNameOrganisation, type ListEntry } from "./rules/list-entry.js";
import { findProjectName } from "./rules/name.js";
import { cellsOf, headerRoles, tableEntry, type ColumnRole } from "./rules/table.js";
import { findPlaces } from "./rules/places.js";
import { readingUnits, type ReadingUnits } from "./units.js";
import { clauseBounds, proseRecipient } from "./rules/prose.js";

export interface ExtractOptions {
  /** The authority gazetteer as of a date (the announcement date decides which body existed). */
  lookupFor: (date: string | null) => AuthorityLookup;
  /** Use compromise for prose sentences where no rule finds a recipient (default true). */
  compromise?: boolean;
}

/** What one document yields: its funding mentions, the amounts not used and why, and its context. */
export interface Extraction {
  doc: string;
  mentions: Mention[];
  unattached: UnattachedAmount[];
  messages: Message[];
  funder: Quote | null;
  programme: Quote | null;
  pageDate: string | null;
  tokenised: Tokenised;
  /** The document's gazetteer, scanned once; later passes over the same text reuse it. */
  lookup: AuthorityLookup;
}

const inside = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start >= b.start && a.end <= b.end;

/** What the passes over one document share: its text and context, and what they have found so far. */
interface Reading {
  readonly doc: Document;
  readonly text: string;
  readonly tokenised: Tokenised;
  readonly blocks: readonly BlockContext[];
  readonly pageDate: AnnouncedDate | null;
  readonly funder: Quote | null;
  readonly programme: Quote | null;
  readonly lookupAt: (date: string | null) => AuthorityLookup;
  readonly compromise: boolean;
  readonly knownOrganisations: Set<string>;
  readonly mentions: Mention[];
  readonly unattached: UnattachedAmount[];
}

/**
 * Reads one document the way an analyst does: list entries ("Org (£1m) to …", "Org: Up to £1m",
 * "N) Name, Org – …") and prose ("X has been awarded £5m", "awarded £1.4m to X") become funding
 * mentions with recipients, amount, name, places and the section's round, theme and date; totals,
 * fund sizes, headings and boilerplate never do, and every amount not used is listed with a reason.
 */
export function extractMentions(doc: Document, options: ExtractOptions, tokenised: Tokenised = tokenise(doc.text)): Extraction {
  const text = doc.text;
  const { blocks, pageDate } = readSections(text, tokenised);
  const contentSentences = sentencesOutsideBoilerplate(tokenised);
  const r: Reading = {
    doc, text, tokenised, blocks, pageDate,
    funder: findFunder(text, contentSentences),
    programme: findProgramme(text, contentSentences),
    lookupAt: documentLookups(options.lookupFor, text),
    compromise: options.compromise !== false,
    knownOrganisations: new Set<string>(),
    mentions: [],
    unattached: [],
  };
  const byBlock = amountsByBlock(r);
  // the units to read, with each unit's amounts and list entry at its position
  const units = readingUnits(text, tokenised.blockTable, byBlock);
  const entries = listEntries(r, units, byBlock);
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k];
    if (e) r.knownOrganisations.add(text.slice(e.leadStart, e.leadEnd));
  }
  const sentencesOf = sentenceRanges(tokenised);

  for (let nth = 0; nth < units.length; nth++) {
    const own = units.amounts[nth]!;
    // a unit with no amount and no entry has nothing to read (most paragraphs of a page)
    if (own.length === 0 && entries[nth] === undefined) continue;
    const b = units.unit(nth);
    const salaries = own.length === 0 ? own : own.filter((a) => isSalary(text, b, a.period, a.kind));
    for (const a of salaries) unattach(r, a, "Expected a grant, received pay in a job advert");
    const blockAmounts = salaries.length === 0 ? own : own.filter((a) => !salaries.includes(a));
    const listed = entries[nth];
    const entry = listed && !(listed.amount && salaries.includes(listed.amount)) ? listed : undefined;
    if (entry) readEntry(r, b, entry, blockAmounts);
    else if (blockAmounts.length > 0) readProse(r, b, blockAmounts, tokenised.sentenceTable.slice(sentencesOf[b.index]!, sentencesOf[b.index + 1]!));
  }
  const messages: Message[] = [];
  for (const m of r.mentions) if (m.organisations.length === 0) messages.push(message("extract/no-recipient", "Expected a recipient, received none", doc.id, { start: m.start, end: m.end }, "info"));
  return {
    doc: doc.id, mentions: r.mentions, unattached: r.unattached, messages, funder: r.funder, programme: r.programme,
    pageDate: pageDate?.date ?? null, tokenised, lookup: r.lookupAt(pageDate?.date ?? doc.published ?? null),
  };
}

/** The sentences of blocks that are not boilerplate, as objects (a page of menus makes none). */
function sentencesOutsideBoilerplate(tokenised: Tokenised): Sentence[] {
  const { sentenceTable: sentences, blockTable: blocks } = tokenised;
  const out: Sentence[] = [];
  for (let k = 0; k < sentences.length; k++) if (blocks.kinds[sentences.blocks[k]!] !== B_BOILERPLATE) out.push(sentences.sentence(k));
  return out;
}

/** Where each block's sentences start in `tokenised.sentenceTable` (they are in block order); entry `n` is their count. */
function sentenceRanges(tokenised: Tokenised): Int32Array {
  const { blockTable: blocks, sentenceTable: sentences } = tokenised;
  const from = new Int32Array(blocks.length + 1);
  let k = 0;
  for (let b = 0; b <= blocks.length; b++) {
    while (k < sentences.length && sentences.blocks[k]! < b) k++;
    from[b] = k;
  }
  return from;
}

function unattach(r: Reading, a: Amount, reason: string): void {
  r.unattached.push({ doc: r.doc.id, text: a.text, start: a.start, end: a.end, value: a.value, reason });
}

/** The announcement date that holds for a block: its section's, else the document's, else the page's. */
function dateOf(r: Reading, block: number): string | null {
  return r.blocks[block]?.announced?.date ?? r.doc.published ?? r.pageDate?.date ?? null;
}

/**
 * The document's amounts by the block that holds them; those between blocks, in boilerplate or in
 * headings are unattached. Amounts are sorted as the money scan finds them, so those set aside are
 * never all held at once.
 */
function amountsByBlock(r: Reading): Array<Amount[] | undefined> {
  const blocks = r.tokenised.blockTable;
  const byBlock: Array<Amount[] | undefined> = [];
  const boilerplateReasons = new Map<string, string>();
  let bi = 0;
  eachMoney(r.text, { source: r.doc.id }, (a) => {
    while (bi < blocks.length && blocks.ends[bi]! < a.end) bi++;
    if (bi >= blocks.length || a.start < blocks.starts[bi]!) return unattach(r, a, "Expected an amount inside a block, received one between blocks");
    const kind = blocks.kinds[bi];
    if (kind === B_BOILERPLATE) {
      // one string per rule, not one per amount: a page can hold millions of amounts in its menus
      const ruleId = blocks.boilerplate[bi]?.ruleId ?? "boilerplate";
      let reason = boilerplateReasons.get(ruleId);
      if (reason === undefined) boilerplateReasons.set(ruleId, (reason = `Expected content, received boilerplate (${ruleId})`));
      return unattach(r, a, reason);
    }
    if (kind === B_HEADING) return unattach(r, a, "Expected a passage, received a heading (headlines state totals, not grants)");
    while (byBlock.length <= bi) byBlock.push(undefined);
    (byBlock[bi] ??= []).push(a);
  });
  return byBlock;
}

/** The units that read as list or table entries, with their lead (the recipient) and amount. */
function listEntries(r: Reading, units: ReadingUnits, byBlock: ReadonlyArray<Amount[] | undefined>): Array<ListEntry | undefined> {
  const { text, tokenised } = r;
  const entries = new Array<ListEntry | undefined>(units.length).fill(undefined);
  let header: ColumnRole[] | null = null;
  let previousBlock = -1;
  for (let nth = 0; nth < units.length; nth++) {
    const own = units.amounts[nth]!;
    const blockIndex = units.blocks[nth]!;
    if (blockIndex !== previousBlock && blockIndex > 0) {
      // a header row may stand in a block of its own, even one laid out as a heading
      // and holds across the rows that follow it, each of which may be a block of its own
      const table = tokenised.blockTable;
      const before = blockIndex - 1;
      const beforeCells = table.kinds[before] !== B_BOILERPLATE && table.lineCount(before) === 1 ? cellsOf(text, table.starts[before]!, table.ends[before]!) : null;
      if (!beforeCells) header = null;
      else if (!(byBlock[before]?.length)) header = headerRoles(text, beforeCells);
    }
    previousBlock = blockIndex;
    const cells = units.lineCount(nth) === 1 ? cellsOf(text, units.contentStart(nth), units.end(nth)) : null;
    if (own.length === 0) {
      // no amount: a header row, or no entry (each reading below needs an amount)
      header = cells ? headerRoles(text, cells) : null;
      continue;
    }
    const b = units.unit(nth);
    const e = (cells ? tableEntry(text, cells, own, header, r.lookupAt(dateOf(r, b.index))) : null)
      ?? leadBeforeAmount(text, b, own) ?? amountBeforeLead(text, b, own);
    if (e) entries[nth] = e;
    if (!cells) header = null;
  }
  const numbered: Array<[number, ListEntry]> = [];
  for (let nth = 0; nth < units.length; nth++) {
    // (only a list item can be a numbered entry)
    const e = entries[nth] || !units.isListItem(nth) ? null : numberedNameOrganisation(text, units.unit(nth), units.amounts[nth]!);
    if (e) numbered.push([nth, e]);
  }
  if (numbered.length >= 2) for (const [nth, e] of numbered) entries[nth] = e;
  for (let nth = 0; nth < units.length; nth++) {
    // (the entry's amount is one of the unit's)
    if (entries[nth] || units.amounts[nth]!.length === 0) continue;
    const e = leadBeforeTo(text, units.unit(nth), units.amounts[nth]!);
    if (e) entries[nth] = e;
  }
  return entries;
}

/** A list or table entry: its lead names the recipients, the rest the project and places. */
function readEntry(r: Reading, b: Block, entry: ListEntry, blockAmounts: readonly Amount[]): void {
  const { text } = r;
  const lookup = r.lookupAt(dateOf(r, b.index));
  const parsed = parseRecipientPhrase(text, entry.leadStart, entry.leadEnd, { authorities: lookup, knownOrganisations: r.knownOrganisations, rule: entry.rule });
  if (parsed.organisations.length === 0) {
    for (const a of blockAmounts) unattach(r, a, "Expected a recipient opening the list entry, received none");
    return;
  }
  const leadSpan = { start: entry.leadStart, end: entry.leadEnd };
  const rest = { start: contentStart(b), end: b.end };
  const exclude = [leadSpan, ...parsed.organisations, ...(entry.amount ? [entry.amount] : [])];
  const name = parsed.name ?? (entry.name ? { text: text.slice(entry.name.start, entry.name.end), ...entry.name } : null) ?? findProjectName(text, rest.start, rest.end, exclude);
  const places = [...parsed.places, ...findPlaces(text, rest.start, rest.end, lookup, [...exclude, ...(name ? [name] : [])])];
  for (const a of blockAmounts) if (a !== entry.amount) unattach(r, a, entry.amount ? "Expected one amount per list entry, received another after the entry's amount" : "Expected the entry's grant next to its recipient, received an amount inside its description");
  addMention(r, b, rest, parsed.organisations, entry.amount, name, places, entry.rule);
}

/** Prose: each amount in a sentence is read within its clause. */
function readProse(r: Reading, b: Block, blockAmounts: readonly Amount[], sentences: readonly Sentence[]): void {
  let ai = 0;
  for (const sentence of sentences) {
    while (ai < blockAmounts.length && blockAmounts[ai]!.start < sentence.start) ai++;
    const inSentence: Amount[] = [];
    for (let k = ai; k < blockAmounts.length && blockAmounts[k]!.start < sentence.end; k++) if (inside(blockAmounts[k]!, sentence)) inSentence.push(blockAmounts[k]!);
    if (inSentence.length === 0) continue;
    const clauses = clauseBounds(r.text, sentence, inSentence);
    inSentence.forEach((a, i) => readClause(r, b, clauses[i] ?? sentence, a));
  }
}

/** One amount in its clause: a total or fund size, a grant to a recipient, or unattached. */
function readClause(r: Reading, b: Block, clause: { start: number; end: number }, a: Amount): void {
  const { text, funder } = r;
  const agg = aggregateKind(text, a.qualifierSpan ? Math.min(a.start, a.qualifierSpan.start) : a.start, a.end, clause.start, clause.end);
  if (agg) { unattach(r, a, agg === "fund" ? "Expected a grant, received the size of a fund" : "Expected one grant, received a total shared by several projects"); return; }
  const lookup = r.lookupAt(dateOf(r, b.index));
  let recipient = proseRecipient(text, clause.start, clause.end, a, lookup);
  // compromise only where a capitalised word before the amount could name someone
  if (!recipient && r.compromise && a.period === null && /\s[\p{Lu}]/u.test(text.slice(clause.start, a.start))) {
    // the last 300 characters before the amount are enough to name someone, and keep compromise linear
    const orgs = compromiseOrganisations(text, Math.max(clause.start, a.start - 300), a.start).filter((o) => o.end <= a.start && isStrongOrganisation(text.slice(o.start, o.end)));
    const last = orgs[orgs.length - 1];
    if (last) recipient = { rule: "organisations/compromise", ...last };
  }
  if (!recipient) { unattach(r, a, "Expected a recipient for the amount, received none in its clause"); return; }
  const parsed = parseRecipientPhrase(text, recipient.start, recipient.end, { authorities: lookup, knownOrganisations: r.knownOrganisations, rule: recipient.rule });
  const orgs = parsed.organisations.filter((o) => !funder || o.name.toLowerCase() !== funder.text.toLowerCase());
  if (orgs.length === 0) { unattach(r, a, "Expected a recipient other than the funder, received only the funder"); return; }
  const exclude = [...orgs, recipient];
  const name = parsed.name ?? recipient.name ?? findProjectName(text, clause.start, clause.end, exclude);
  const places = [...parsed.places, ...findPlaces(text, clause.start, clause.end, lookup, [...exclude, ...(name ? [name] : [])])];
  addMention(r, b, clause, orgs, a, name, places, recipient.rule);
}

function addMention(r: Reading, block: Block, span: { start: number; end: number }, organisations: Organisation[], amount: Amount | null, name: Quote | null, places: Place[], rule: string): void {
  const { text, pageDate } = r;
  const ctx: BlockContext = r.blocks[block.index] ?? { round: null, theme: null, announced: null };
  const [s, e] = trimSpan(text, span.start, span.end, " \t\r\n\u00a0,;");
  const announced = ctx.announced ?? pageDate;
  r.mentions.push({
    id: stableId("m", r.doc.id, s, e), doc: r.doc.id, start: s, end: e, kind: "funding",
    name: name ? name.text.replace(/\s+/g, " ") : null, nameSpan: name,
    organisations: exactCopy(organisations), amount, places: exactCopy(dedupePlaces(places)), round: ctx.round, theme: ctx.theme,
    funder: r.funder, programme: r.programme, announced, rules: [rule],
  });
}

/**
 * The array in storage of its own length: one built by pushes keeps room for 17 entries (152 bytes
 * for one organisation), and a page's mentions are kept until it is reconciled.
 */
function exactCopy<T>(items: T[]): T[] {
  return items.length === 0 ? items : items.slice();
}

function dedupePlaces(places: Place[]): Place[] {
  if (places.length <= 1) return places; // callers pass an array of their own
  const seen = new Set<string>();
  return places.filter((p) => {
    const k = p.name.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  }).sort((a, b) => a.start - b.start);
}
