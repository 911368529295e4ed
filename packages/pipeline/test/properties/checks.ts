import type { z } from "zod";
import { Amount, Mention, type Quote } from "@fundtrace/contract";

/** Throws unless `value` satisfies the zod schema, naming the first issues. */
export function conforms(schema: z.ZodType, value: unknown, label: string): void {
  const r = schema.safeParse(value);
  if (!r.success) throw new Error(`${label} does not satisfy the contract: ${r.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
}

/** Throws unless 0 <= start <= end <= length, with integer offsets. */
export function inBounds(span: { start: number; end: number }, length: number, label: string): void {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
    throw new Error(`${label} [${start}, ${end}) is out of bounds of a text of length ${length}`);
  }
}

/** Throws unless the quote is in bounds and its text is exactly the slice it claims. */
export function exactQuote(text: string, quote: Quote, label: string): void {
  inBounds(quote, text.length, label);
  const slice = text.slice(quote.start, quote.end);
  if (slice !== quote.text) throw new Error(`${label} says ${JSON.stringify(quote.text)} but the text there is ${JSON.stringify(slice)}`);
}

/** An amount: valid, in bounds, its text the slice, its qualifier span in bounds and apart from it. */
export function checkAmount(text: string, a: Amount, label: string): void {
  conforms(Amount, a, label);
  exactQuote(text, a, label);
  if (a.end <= a.start) throw new Error(`${label} is empty`);
  if (a.qualifierSpan) {
    inBounds(a.qualifierSpan, text.length, `${label} qualifier`);
    const q = a.qualifierSpan;
    if (!(q.end <= a.start || q.start >= a.end)) throw new Error(`${label} qualifier [${q.start}, ${q.end}) overlaps the amount [${a.start}, ${a.end})`);
  }
}

/** A mention: valid against the contract, every span in bounds of its document, every quote exact. */
export function checkMention(text: string, m: Mention): void {
  const label = `mention ${m.id} [${m.start}, ${m.end})`;
  conforms(Mention, m, label);
  inBounds(m, text.length, label);
  for (const o of m.organisations) inBounds(o, text.length, `${label} organisation ${JSON.stringify(o.name)}`);
  for (const p of m.places) {
    inBounds(p, text.length, `${label} place ${JSON.stringify(p.name)}`);
    const slice = text.slice(p.start, p.end).replace(/\s+/g, " ");
    if (slice !== p.name) throw new Error(`${label} place says ${JSON.stringify(p.name)} but the text there is ${JSON.stringify(slice)}`);
  }
  if (m.amount) checkAmount(text, m.amount, `${label} amount`);
  for (const [field, q] of [["name", m.nameSpan], ["round", m.round], ["theme", m.theme], ["funder", m.funder], ["programme", m.programme], ["announced", m.announced]] as const) {
    if (q) exactQuote(text, q, `${label} ${field}`);
  }
}
