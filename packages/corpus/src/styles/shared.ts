import type { DocContext } from "../context.js";
import { longDate, ukDate } from "../dates.js";
import { qualified, roundSig, writeMoney, type WrittenAmount } from "../money.js";
import { POOLS, type Funder } from "../pools.js";
import type { Announcement } from "../world.js";

const NUMBER_WORDS = POOLS.phrases.numberWords;
/** "seven" for 7, "14" for 14. */
export const count = (n: number): string => NUMBER_WORDS[n] ?? String(n);
export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The announcement's total, as a headline or intro writes it (restated, often rounded). */
export function totalOf(ctx: DocContext, a: Announcement): WrittenAmount {
  const total = a.grants.reduce((s, g) => s + g.value, 0);
  const rounded = roundSig(total, ctx.rng.range(1, 3));
  if (rounded === total) return qualified(ctx.rng, total, "exact");
  const r = ctx.rng.next();
  return qualified(ctx.rng, rounded, r < 0.5 ? "exact" : r < 0.7 ? "about" : rounded > total ? "under" : "over");
}

/** The fund's size: "£200m". */
export const fundText = (ctx: DocContext, a: Announcement): string => writeMoney(a.programme.fundSize, ctx.rng.chance(0.8) ? "m" : "million").text;

/** A dated line ("Published 14 March 2023"); sets the document's publication date. */
export function writeDateLine(ctx: DocContext, form: "published" | "posted" | "bare" | "byline", by?: string): void {
  const d = ctx.rng.chance(0.5) ? longDate(ctx.day) : ukDate(ctx.rng, ctx.day);
  ctx.published = ctx.day.iso;
  switch (form) {
    case "published": ctx.b.para(`Published ${d}`); break;
    case "posted": ctx.b.para(`Posted on ${d}${by ? ` by ${by}` : ""}`); break;
    case "byline": ctx.b.para(`By ${by ?? "Staff reporter"} | ${d}`); break;
    default: ctx.b.para(d);
  }
}

/** A sentence that states a total or a fund size, recorded as a negative over `from`..`to` of it. */
export function writeTrapSentence(ctx: DocContext, before: string, money: string, after: string, why: string): void {
  const at = ctx.b.add(before + money + after);
  const cut = after.search(/[.,;:]/);
  ctx.negative({ start: at, end: at + before.length + money.length + (cut < 0 ? after.length : cut) }, why);
}

/** A person: "Jane Doe". */
export function person(ctx: DocContext): string {
  const p = POOLS.people;
  return `${ctx.rng.pick(p.first)} ${ctx.rng.pick(p.last)}`;
}

/** A funder as prose names it: "the Department for Education", "Arts Council England". */
export function funderName(f: Funder, start = false): string {
  const name = f.the ? `the ${f.name}` : f.name;
  return start ? capital(name) : name;
}

/** Background paragraphs of neutral sentences (no money, no names). */
export function writeFiller(ctx: DocContext, paragraphs: number, sentences: [number, number] = [2, 4]): void {
  for (let i = 0; i < paragraphs; i++) {
    const n = ctx.rng.range(sentences[0], sentences[1]);
    ctx.b.para(Array.from({ length: n }, () => ctx.nextFiller()).join(" "));
  }
}
