import { writeHead, writeTail } from "../boilerplate.js";
import type { DocContext } from "../context.js";
import { qualified, restated } from "../money.js";
import { POOLS } from "../pools.js";
import type { Announcement, Grant } from "../world.js";
import { capital, count, funderName, fundText, person, totalOf, writeDateLine, writeFiller, writeTrapSentence } from "./shared.js";
import { writeGrantSentence } from "./prose.js";

/**
 * A news article: a headline total, a lede total, the fund's size, then a few grants in prose.
 * Usually it restates an announcement made earlier in the window (amounts rounded, councils
 * named the way journalists name them); otherwise it is the first report.
 */
export function writeNews(ctx: DocContext): void {
  const { b, rng, window: w } = ctx;
  const earlier = rng.chance(0.7) ? w.earlier(ctx.index, 2) : null;
  const a: Announcement = earlier ?? w.announce(rng.range(3, 7), ctx.index, { round: false });
  const pool = earlier ? a.grants.filter((g) => g.introduced && g.lastDoc !== ctx.index) : a.grants;
  const grants: Grant[] = rng.sample(pool, Math.min(pool.length, rng.range(2, 5)));
  const total = totalOf(ctx, a);
  const sector = a.programme.sector;
  writeHead(ctx);
  const headline = rng.pick([
    `${capital(sector)} projects get ${total.text.replace(/^[a-z ]+(?=£)/i, "")} funding boost`,
    `Councils and charities share ${total.text.replace(/^[a-z ]+(?=£)/i, "")} ${sector} boost`,
    `${total.text.replace(/^[a-z ]+(?=£)/i, "")} for ${a.grants.length} ${sector} projects`,
  ]);
  const hAt = b.para(headline);
  ctx.negative({ start: hAt, end: hAt + headline.length }, "headline total");
  if (rng.chance(0.6)) b.para(rng.pick(POOLS.filler.standfirsts));
  if (rng.chance(0.5)) b.para(`Photo: ${rng.pick(POOLS.phrases.photoCredits)}`);
  if (rng.chance(0.6)) writeDateLine(ctx, "byline", person(ctx));
  else if (rng.chance(0.5)) b.para(`By ${person(ctx)}`);
  writeTrapSentence(ctx, `${rng.chance(0.5) ? "The government" : funderName(a.programme.funder, true)} has announced `, total.text, ` in funding for ${count(a.grants.length)} ${sector} projects across England.`, "total for all the projects");
  b.gap();
  if (rng.chance(0.6)) {
    writeTrapSentence(ctx, `The funding comes from ${funderName(a.programme.funder)}’s `, fundText(ctx, a), ` ${a.programme.name.toLowerCase()}, which ministers hope will develop best practice.`, "the overall fund, not a grant");
    b.gap();
  }
  writeFiller(ctx, rng.range(1, 3), [3, 5]);
  grants.forEach((g, i) => {
    const amount = earlier ? restated(rng, g.value) : qualified(rng, g.value, "exact");
    writeGrantSentence(ctx, g, amount, a.programme.funder.short, "news");
    b.add(i % 2 === 1 || i === grants.length - 1 ? "\n\n" : " ");
  });
  const speaker = person(ctx);
  b.para(`${speaker}, ${rng.pick(POOLS.people.roles)}, said the projects were an opportunity to provide people with life-changing support.`);
  b.para(`“${rng.pick(POOLS.people.quotes)} ${rng.pick(POOLS.people.quotes)}”`);
  writeFiller(ctx, rng.range(2, 4), [3, 5]);
  writeTail(ctx, { headline, headlineHasMoney: true, comments: 0.6 });
}
