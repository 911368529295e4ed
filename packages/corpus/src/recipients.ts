import type { DocContext } from "./context.js";
import type { Org } from "./organisations.js";
import type { Grant } from "./world.js";

/** Where a name is written: a list entry, the start of a sentence, or mid-sentence. */
export type Position = "list" | "start" | "mid";

/** One organisation as a passage writes it, and the name gold records for it. */
export function orgForm(ctx: DocContext, org: Org, pos: Position): { text: string; gold: string } {
  const rng = ctx.rng;
  if (org.kind === "local-authority") {
    const text = pos !== "list" && rng.chance(pos === "mid" ? 0.5 : 0.3) ? rng.pick(org.proseForms) : rng.pick(org.forms);
    return { text, gold: text };
  }
  if (pos === "mid" && org.full.startsWith("The ")) {
    const rest = org.full.slice(4);
    return { text: `the ${rest}`, gold: rest };
  }
  const text = rng.pick(org.forms);
  return { text, gold: text };
}

/** The recipients of a grant written at the builder's end; returns their span and gold names. */
export function writeRecipients(ctx: DocContext, g: Grant, pos: Position): { start: number; end: number; gold: string[] } {
  const { b, rng } = ctx;
  const start = b.length;
  const [a, c] = g.orgs as [Org, Org | undefined];
  if (!c || g.joint === "single") {
    const f = orgForm(ctx, a, pos);
    b.add(f.text);
    if (pos === "list" && a.acronym && rng.chance(0.5)) b.add(` (${a.acronym})`);
    return { start, end: b.length, gold: [f.gold] };
  }
  if (g.joint === "plural") {
    const word = pos === "list" || rng.chance(0.5) ? "Councils" : "councils";
    b.add(`${a.place} and ${c.place} ${word}`);
    return { start, end: b.length, gold: [`${a.place} Council`, `${c.place} Council`] };
  }
  const fa = orgForm(ctx, a, pos);
  const fc = orgForm(ctx, c, "mid");
  const joiner = g.joint === "amp" ? " & " : g.joint === "and" ? " and " : g.joint === "with" ? " working with " : " in partnership with ";
  b.add(fa.text + joiner + fc.text);
  return { start, end: b.length, gold: [fa.gold, fc.gold] };
}

/** True when the project name carries its own kind ("… Programme"), so no generic noun follows. */
export const hasSuffix = (name: string): boolean =>
  /\s(Programme|Project|Partnership|Model|Hub|Academy|Pathway|Network|Initiative|Service|Scheme)$/.test(name);
