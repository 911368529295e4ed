import { writeHead, writeTail } from "../boilerplate.js";
import { POOLS } from "../pools.js";
import type { DocContext } from "../context.js";
import { purposeClause } from "../describe.js";
import { qualified } from "../money.js";
import { writeRecipients } from "../recipients.js";
import { count, totalOf, writeDateLine, writeTrapSentence } from "./shared.js";


/** A funder's blog post: a bulleted list "• Org, Place: £49,500 to …", a total, a season round. */
export function writeBullets(ctx: DocContext): void {
  const { b, rng, window: w } = ctx;
  const a = w.announce(rng.range(3, 10), ctx.index, { round: false });
  const season = rng.pick(POOLS.phrases.seasons);
  writeHead(ctx);
  b.para(`${a.programme.name}: latest awards`);
  writeDateLine(ctx, "posted", rng.chance(0.5) ? "the Grants Team" : undefined);
  b.add(`We are pleased to share the groups that have been awarded funding in our ${season} round. `);
  writeTrapSentence(ctx, "In total we have awarded ", totalOf(ctx, a).text, ` to ${count(a.grants.length)} organisations.`, "total for all the awards in the post");
  b.add("\n\n");
  b.para(`${season[0]!.toUpperCase()}${season.slice(1)} round awards`);
  const bullet = rng.pick(POOLS.phrases.bullets);
  for (const g of a.grants) {
    b.add(bullet);
    const r = writeRecipients(ctx, g, "list");
    const placeFirst = g.places.length > 0 && g.joint === "single" && rng.chance(0.4);
    if (placeFirst) b.add(`, ${g.places[0]}`);
    const q = rng.next();
    const amount = qualified(rng, g.value, q < 0.1 ? "about" : q < 0.15 ? "up-to" : "exact");
    b.add(`: ${amount.text}`);
    const end = b.length;
    const purpose = purposeClause(ctx, g, true, !placeFirst);
    const over = rng.chance(0.2) ? ` over ${rng.pick(POOLS.phrases.durations.slice(0, 2))}` : "";
    b.add(`${over} ${purpose.text}.\n`);
    const places = placeFirst ? [g.places[0]!] : purpose.places;
    ctx.mention(g, { start: r.start, end }, { organisations: r.gold, amount, name: purpose.named, places, template: placeFirst ? "bullets/org-place" : "bullets/org" });
  }
  b.add("\n");
  writeTail(ctx);
}
