import type { Amount, Document, Mention, Message, Organisation, Place, Quote, UnattachedAmount } from "@fundtrace/contract";
import { message, stableId } from "@fundtrace/contract";
import { findMoney } from "@fundtrace/money";
import { compromiseOrganisations, documentLookups, isStrongOrganisation, parseRecipientPhrase, trimSpan, type AuthorityLookup } from "@fundtrace/organisations";
import { tokenise, type Block, type Tokenised } from "@fundtrace/tokeniser";
import { findFunder, findProgramme } from "./context/funder.js";
import { readSections, type BlockContext } from "./context/sections.js";
import { aggregateKind, isSalary } from "./rules/aggregate.js";
import { amountBeforeLead, contentStart, leadBeforeAmount, leadBeforeTo, numberedNameOrganisation, type ListEntry } from "./rules/list-entry.js";
import { findProjectName } from "./rules/name.js";
import { cellsOf, headerRoles, tableEntry, type ColumnRole } from "./rules/table.js";
import { findPlaces } from "./rules/places.js";
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

/**
 * Reads one document the way an analyst does: list entries ("Org (£1m) to …", "Org: Up to £1m",
 * "N) Name, Org – …") and prose ("X has been awarded £5m", "awarded £1.4m to X") become funding
 * mentions with recipients, amount, name, places and the section's round, theme and date; totals,
 * fund sizes, headings and boilerplate never do, and every amount not used is listed with a reason.
 */
export function extractMentions(doc: Document, options: ExtractOptions, tokenised: Tokenised = tokenise(doc.text)): Extraction {
  const text = doc.text;
  const { blocks, pageDate } = readSections(text, tokenised);
  const contentSentences = tokenised.sentences.filter((s) => tokenised.blocks[s.block]?.kind !== "boilerplate");
  const funder = findFunder(text, contentSentences);
  const programme = findProgramme(text, contentSentences);
  const amounts = findMoney(text, { source: doc.id });
  const mentions: Mention[] = [];
  const unattached: UnattachedAmount[] = [];
  const messages: Message[] = [];
  const unattach = (a: Amount, reason: string) => unattached.push({ doc: doc.id, text: a.text, start: a.start, end: a.end, value: a.value, reason });
  const dateOf = (i: number) => blocks[i]?.announced?.date ?? doc.published ?? pageDate?.date ?? null;
  const lookupAt = documentLookups(options.lookupFor, text);

  const byBlock = new Map<number, Amount[]>();
  let bi = 0;
  for (const a of amounts) {
    while (bi < tokenised.blocks.length && tokenised.blocks[bi]!.end < a.end) bi++;
    const block = tokenised.blocks[bi];
    if (!block || a.start < block.start) { unattach(a, "Expected an amount inside a block, received one between blocks"); continue; }
    if (block.kind === "boilerplate") { unattach(a, `Expected content, received boilerplate (${block.boilerplate?.ruleId ?? "boilerplate"})`); continue; }
    if (block.kind === "heading") { unattach(a, "Expected a passage, received a heading (headlines state totals, not grants)"); continue; }
    (byBlock.get(block.index) ?? byBlock.set(block.index, []).get(block.index)!).push(a);
  }

  // Units: blocks, except that a block whose lines are each an entry (a table, a list without
  // blank lines) is read line by line.
  const content: Block[] = [];
  const amountsOf = new Map<Block, Amount[]>();
  for (const b of tokenised.blocks) {
    if (b.kind !== "paragraph" && b.kind !== "list-item") continue;
    const own = byBlock.get(b.index) ?? [];
    if (b.lines.length >= 2) {
      const lines = b.lines.map((l, i) => ({ ...b, start: l.start, end: l.end, lines: [l], marker: i === 0 ? b.marker : null }));
      const lineAmounts = lines.map((l) => own.filter((a) => a.start >= l.start && a.end <= l.end));
      const entriesPerLine = lines.filter((l, i) => leadBeforeAmount(text, l, lineAmounts[i]!)).length;
      if (entriesPerLine >= 2) {
        lines.forEach((l, i) => { content.push(l); amountsOf.set(l, lineAmounts[i]!); });
        continue;
      }
    }
    content.push(b);
    amountsOf.set(b, own);
  }
  const entries = new Map<Block, ListEntry>();
  let header: ColumnRole[] | null = null;
  let previousBlock = -1;
  for (const b of content) {
    const own = amountsOf.get(b)!;
    if (b.index !== previousBlock && b.index > 0) {
      // a header row may stand in a block of its own, even one laid out as a heading
      // and holds across the rows that follow it, each of which may be a block of its own
      const before = tokenised.blocks[b.index - 1]!;
      const beforeCells = before.kind !== "boilerplate" && before.lines.length === 1 ? cellsOf(text, before.start, before.end) : null;
      if (!beforeCells) header = null;
      else if (!(byBlock.get(before.index)?.length)) header = headerRoles(text, beforeCells);
    }
    previousBlock = b.index;
    const cells = b.lines.length === 1 ? cellsOf(text, contentStart(b), b.end) : null;
    if (cells && own.length === 0) { header = headerRoles(text, cells); continue; }
    const e = (cells ? tableEntry(text, cells, own, header, lookupAt(dateOf(b.index))) : null)
      ?? leadBeforeAmount(text, b, own) ?? amountBeforeLead(text, b, own);
    if (e) entries.set(b, e);
    if (!cells) header = null;
  }
  const numbered = content.map((b) => [b, entries.has(b) ? null : numberedNameOrganisation(text, b, amountsOf.get(b)!)] as const).filter(([, e]) => e);
  if (numbered.length >= 2) for (const [b, e] of numbered) entries.set(b, e!);
  for (let i = 0; i < content.length; i++) {
    const b = content[i]!;
    if (entries.has(b)) continue;
    const e = leadBeforeTo(text, b, amountsOf.get(b)!);
    if (e) entries.set(b, e);
  }

  const sentencesOf = new Map<number, typeof tokenised.sentences>();
  for (const s of tokenised.sentences) (sentencesOf.get(s.block) ?? sentencesOf.set(s.block, []).get(s.block)!).push(s);
  const knownOrganisations = new Set<string>();
  for (const [, e] of entries) knownOrganisations.add(text.slice(e.leadStart, e.leadEnd));

  const build = (block: Block, span: { start: number; end: number }, organisations: Organisation[], amount: Amount | null, name: Quote | null, places: Place[], rules: string[]): void => {
    const ctx: BlockContext = blocks[block.index] ?? { round: null, theme: null, announced: null };
    const [s, e] = trimSpan(text, span.start, span.end, " \t\r\n\u00a0,;");
    const announced = ctx.announced ?? pageDate;
    mentions.push({
      id: stableId("m", doc.id, s, e), doc: doc.id, start: s, end: e, kind: "funding",
      name: name ? name.text.replace(/\s+/g, " ") : null, nameSpan: name,
      organisations, amount, places, round: ctx.round, theme: ctx.theme,
      funder, programme, announced, rules,
    });
  };

  for (const b of content) {
    const lookup = lookupAt(dateOf(b.index));
    const salaries = amountsOf.get(b)!.filter((a) => isSalary(text.slice(b.start, b.end), a.period, a.kind));
    for (const a of salaries) unattach(a, "Expected a grant, received pay in a job advert");
    const blockAmounts = amountsOf.get(b)!.filter((a) => !salaries.includes(a));
    const listed = entries.get(b);
    const entry = listed && !(listed.amount && salaries.includes(listed.amount)) ? listed : undefined;
    if (entry) {
      const parsed = parseRecipientPhrase(text, entry.leadStart, entry.leadEnd, { authorities: lookup, knownOrganisations, rule: entry.rule });
      if (parsed.organisations.length === 0) {
        for (const a of blockAmounts) unattach(a, "Expected a recipient opening the list entry, received none");
        continue;
      }
      const leadSpan = { start: entry.leadStart, end: entry.leadEnd };
      const rest = { start: contentStart(b), end: b.end };
      const exclude = [leadSpan, ...parsed.organisations, ...(entry.amount ? [entry.amount] : [])];
      const name = parsed.name ?? (entry.name ? { text: text.slice(entry.name.start, entry.name.end), ...entry.name } : null) ?? findProjectName(text, rest.start, rest.end, exclude);
      const places = [...parsed.places, ...findPlaces(text, rest.start, rest.end, lookup, [...exclude, ...(name ? [name] : [])])];
      for (const a of blockAmounts) if (a !== entry.amount) unattach(a, entry.amount ? "Expected one amount per list entry, received another after the entry's amount" : "Expected the entry's grant next to its recipient, received an amount inside its description");
      build(b, { start: contentStart(b), end: b.end }, parsed.organisations, entry.amount, name, dedupePlaces(places), [entry.rule]);
      continue;
    }
    if (blockAmounts.length === 0) continue;
    let ai = 0;
    for (const sentence of sentencesOf.get(b.index) ?? []) {
      while (ai < blockAmounts.length && blockAmounts[ai]!.start < sentence.start) ai++;
      const inSentence: Amount[] = [];
      for (let k = ai; k < blockAmounts.length && blockAmounts[k]!.start < sentence.end; k++) if (inside(blockAmounts[k]!, sentence)) inSentence.push(blockAmounts[k]!);
      if (inSentence.length === 0) continue;
      const clauses = clauseBounds(text, sentence, inSentence);
      inSentence.forEach((a, i) => {
        const clause = clauses[i] ?? sentence;
        const agg = aggregateKind(text, a.qualifierSpan ? Math.min(a.start, a.qualifierSpan.start) : a.start, a.end, clause.start, clause.end);
        if (agg) { unattach(a, agg === "fund" ? "Expected a grant, received the size of a fund" : "Expected one grant, received a total shared by several projects"); return; }
        let recipient = proseRecipient(text, clause.start, clause.end, a, lookup);
        // compromise only where a capitalised word before the amount could name someone
        if (!recipient && options.compromise !== false && a.period === null && /\s[\p{Lu}]/u.test(text.slice(clause.start, a.start))) {
          // the last 300 characters before the amount are enough to name someone, and keep compromise linear
          const orgs = compromiseOrganisations(text, Math.max(clause.start, a.start - 300), a.start).filter((o) => o.end <= a.start && isStrongOrganisation(text.slice(o.start, o.end)));
          const last = orgs[orgs.length - 1];
          if (last) recipient = { rule: "organisations/compromise", ...last };
        }
        if (!recipient) { unattach(a, "Expected a recipient for the amount, received none in its clause"); return; }
        const parsed = parseRecipientPhrase(text, recipient.start, recipient.end, { authorities: lookup, knownOrganisations, rule: recipient.rule });
        const orgs = parsed.organisations.filter((o) => !funder || o.name.toLowerCase() !== funder.text.toLowerCase());
        if (orgs.length === 0) { unattach(a, "Expected a recipient other than the funder, received only the funder"); return; }
        const exclude = [...orgs, recipient];
        const name = parsed.name ?? recipient.name ?? findProjectName(text, clause.start, clause.end, exclude);
        const places = [...parsed.places, ...findPlaces(text, clause.start, clause.end, lookup, [...exclude, ...(name ? [name] : [])])];
        build(b, clause, orgs, a, name, dedupePlaces(places), [recipient.rule]);
      });
    }
  }
  for (const m of mentions) if (m.organisations.length === 0) messages.push(message("extract/no-recipient", "Expected a recipient, received none", doc.id, { start: m.start, end: m.end }, "info"));
  return { doc: doc.id, mentions, unattached, messages, funder, programme, pageDate: pageDate?.date ?? null, tokenised, lookup: lookupAt(pageDate?.date ?? doc.published ?? null) };
}

function dedupePlaces(places: Place[]): Place[] {
  const seen = new Set<string>();
  return places.filter((p) => {
    const k = p.name.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  }).sort((a, b) => a.start - b.start);
}
