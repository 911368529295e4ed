import { writeHead, writeTail } from "../boilerplate.js";
import type { DocContext } from "../context.js";
import { purposeClause, writeExtras } from "../describe.js";
import { qualified } from "../money.js";
import { POOLS } from "../pools.js";
import { writeRecipients } from "../recipients.js";
import { count, funderName, totalOf, writeDateLine, writeFiller, writeTrapSentence } from "./shared.js";

/** A list page of entries "Org (£1.2m) to …", under theme headings, as programme sites publish them. */
export function writeParenList(ctx: DocContext): void {
  const { b, rng, window: w } = ctx;
  const a = w.announce(rng.range(4, 14), ctx.index, { sections: true });
  const p = a.programme;
  writeHead(ctx);
  b.para(rng.pick([
    `Innovation News – large-scale projects to transform ${p.sector}`,
    `${p.name}: funding confirmed for the following projects`,
    `${p.name} – ${a.round ?? "latest"} awards`,
  ]));
  if (rng.chance(0.5)) writeDateLine(ctx, rng.chance(0.5) ? "published" : "bare");
  b.para(`${funderName(p.funder, true)} launched the ${p.name} to act as a catalyst for developing more effective ways of supporting ${rng.pick(POOLS.purposes.beneficiaries)}. The programme is seeking to inspire whole system change and to provide stronger incentives for innovation.`);
  writeFiller(ctx, rng.range(1, 3));
  if (rng.chance(0.5)) {
    const t = totalOf(ctx, a);
    writeTrapSentence(ctx, "In total, ", t.text, ` has been awarded to ${count(a.grants.length)} projects.`, "total for all the projects on the page");
    b.gap();
  }
  const roundShown = a.round !== null && rng.chance(0.85);
  b.para(rng.chance(0.5) ? "Innovation News: funding confirmed for the following projects" : `${roundShown ? `${a.round} projects` : "Funded projects"}`);
  const evaluation = rng.chance(0.4);
  let section: string | null = null;
  for (const g of a.grants) {
    if (g.section && g.section !== section) {
      section = g.section;
      b.para(rng.chance(0.5) ? `${section}.` : section);
    }
    const r = writeRecipients(ctx, g, "list");
    const amount = qualified(rng, g.value, rng.chance(0.1) ? "up-to" : "exact");
    const purpose = purposeClause(ctx, g);
    let end: number;
    const v = rng.next();
    if (v < 0.6) { b.add(` (${amount.text})`); end = b.length; b.add(` ${purpose.text}.`); }
    else if (v < 0.75) { b.add(` (${amount.text})`); end = b.length; b.add(` – ${purpose.text}.`); }
    else if (v < 0.85) { b.add(` – (${amount.text})`); end = b.length; b.add(` ${purpose.text}.`); }
    else { b.add(` ${purpose.text} (${amount.text})`); end = b.length; b.add("."); }
    writeExtras(ctx, g);
    if (evaluation) b.add(" Evaluation Summary");
    b.add("\n\n");
    ctx.mention(g, { start: r.start, end }, {
      organisations: r.gold, amount, name: purpose.named, places: purpose.places,
      template: `list-paren/${v < 0.85 ? "amount-first" : "amount-last"}`, round: roundShown ? a.round : null,
    });
  }
  writeTail(ctx);
}
