import type { DocContext } from "../context.js";
import { POOLS } from "../pools.js";
import { purposeClause } from "../describe.js";
import type { WrittenAmount } from "../money.js";
import { hasSuffix, orgForm, writeRecipients } from "../recipients.js";
import type { Grant } from "../world.js";

// [singular, plural, template tag]
const START_VERBS = POOLS.phrases.startVerbs.map((v) => [v[0] ?? "", v[1] ?? "", v[2] ?? ""] as const);

/** Joint recipients joined by "and" or "&" take a plural verb. */
const plural = (g: Grant) => g.joint === "amp" || g.joint === "and" || g.joint === "plural";

/**
 * One sentence of news or press prose stating a grant, written at the builder's end, with its
 * mention recorded: "X has been awarded £2 million to …", "The DfE has also awarded £1.4m to X
 * to …", "Elsewhere, £900,000 goes to X for a programme called ‘Y’", "X’s Y scheme has been
 * backed with £3.8 million …". `funder` is the short name the article uses.
 */
export function writeGrantSentence(ctx: DocContext, g: Grant, amount: WrittenAmount, funder: string, family: string): void {
  const { b, rng } = ctx;
  const r = rng.next();
  if (r < 0.12) {
    b.add(`${funder.charAt(0).toUpperCase()}${funder.slice(1)} has ${rng.chance(0.5) ? "also " : ""}`);
    const start = b.add(`awarded ${amount.text} to `);
    const rec = writeRecipients(ctx, g, "mid");
    const purpose = purposeClause(ctx, g);
    b.add(` ${purpose.text}.`);
    ctx.mention(g, { start, end: rec.end }, { organisations: rec.gold, amount, name: purpose.named, places: purpose.places, template: `${family}/awarded-to` });
    return;
  }
  if (r < 0.22) {
    b.add(rng.chance(0.5) ? "Elsewhere, " : "Another award, ");
    const start = b.add(`${amount.text} goes to `);
    const rec = writeRecipients(ctx, g, "mid");
    const purpose = purposeClause(ctx, g);
    b.add(` ${purpose.text.replace(/^to /, "to help ")}.`);
    ctx.mention(g, { start, end: rec.end }, { organisations: rec.gold, amount, name: purpose.named, places: purpose.places, template: `${family}/goes-to` });
    return;
  }
  if (r < 0.3 && g.name && g.joint === "single") {
    const f = orgForm(ctx, g.orgs[0]!, "start");
    const start = b.add(f.text);
    const kind = hasSuffix(g.name) ? "" : ` ${g.activity}`;
    b.add(`’s ${g.name}${kind} has been backed with ${amount.text}`);
    const end = b.length;
    b.add(` to expand into new areas.`);
    ctx.mention(g, { start, end }, { organisations: [f.gold], amount, name: true, template: `${family}/backed-with` });
    return;
  }
  const [one, many, tag] = rng.pick(START_VERBS);
  const rec = writeRecipients(ctx, g, "start");
  b.add(` ${plural(g) ? many : one} ${amount.text}`);
  const end = b.length;
  const purpose = purposeClause(ctx, g);
  b.add(` ${purpose.text}.`);
  ctx.mention(g, { start: rec.start, end }, { organisations: rec.gold, amount, name: purpose.named, places: purpose.places, template: `${family}/${tag}` });
}

/** Two grants in one sentence: "X will receive up to £980,000 to …, while Y has secured £640k to …". */
export function writeGrantPair(ctx: DocContext, g1: Grant, a1: WrittenAmount, g2: Grant, a2: WrittenAmount, family: string): void {
  const { b } = ctx;
  const r1 = writeRecipients(ctx, g1, "start");
  b.add(` will receive ${a1.text}`);
  const e1 = b.length;
  const p1 = purposeClause(ctx, g1);
  b.add(` ${p1.text}, while `);
  const r2 = writeRecipients(ctx, g2, "mid");
  b.add(` ${plural(g2) ? "have" : "has"} secured ${a2.text}`);
  const e2 = b.length;
  const p2 = purposeClause(ctx, g2);
  b.add(` ${p2.text}.`);
  ctx.mention(g1, { start: r1.start, end: e1 }, { organisations: r1.gold, amount: a1, name: p1.named, places: p1.places, template: `${family}/pair-first` });
  ctx.mention(g2, { start: r2.start, end: e2 }, { organisations: r2.gold, amount: a2, name: p2.named, places: p2.places, template: `${family}/pair-second` });
}
