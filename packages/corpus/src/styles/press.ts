import { writeShare, writeTail } from "../boilerplate.js";
import type { DocContext } from "../context.js";
import { qualified } from "../money.js";
import { POOLS } from "../pools.js";
import { capital, count, funderName, fundText, person, writeDateLine, writeFiller, writeTrapSentence } from "./shared.js";
import { writeGrantPair, writeGrantSentence } from "./prose.js";

/** A government press release: awards from a named fund, two or four grants in prose, notes to editors. */
export function writePress(ctx: DocContext): void {
  const { b, rng, window: w } = ctx;
  const a = w.announce(rng.range(2, 5), ctx.index);
  const p = a.programme;
  const allCouncils = a.grants.every((g) => g.orgs.every((o) => o.kind === "local-authority"));
  const who = allCouncils ? "councils" : "organisations";
  b.line("Skip to main content");
  b.para(rng.pick(POOLS.boilerplate.nav.map((n) => n.join("\n"))));
  b.para("Press release");
  const roundShown = a.round !== null && rng.chance(0.5);
  b.para(`${capital(count(a.grants.length))} ${who} share in new ${p.sector} funding${roundShown ? ` – ${a.round}` : ""}`);
  writeDateLine(ctx, "published");
  if (roundShown) ctx.round = a.round;
  b.para(`From: ${p.funder.name}`);
  writeTrapSentence(ctx, `${funderName(p.funder, true)} has today confirmed awards from the `, fundText(ctx, a), ` ${p.name} to ${count(a.grants.length)} ${who}.`, "the overall fund, not a grant");
  b.gap();
  const gs = a.grants;
  for (let i = 0; i < gs.length; ) {
    const g = gs[i]!;
    const next = gs[i + 1];
    if (next && rng.chance(0.3)) {
      writeGrantPair(ctx, g, qualified(rng, g.value, "up-to"), next, qualified(rng, next.value, "exact"), "press");
      i += 2;
    } else {
      writeGrantSentence(ctx, g, qualified(rng, g.value, rng.chance(0.15) ? "up-to" : "exact"), p.funder.short, "press");
      i += 1;
    }
    b.add("\n\n");
  }
  b.para(`${person(ctx)}, ${rng.pick(POOLS.people.roles)}, said: "${rng.pick(POOLS.people.quotes)}"`);
  writeFiller(ctx, rng.range(2, 4), [3, 5]);
  b.para("Notes to editors");
  b.line(`1. The fund was announced in the ${rng.pick(POOLS.phrases.fiscalEvents)} ${ctx.day.year - 1}.`);
  b.line(`2. For media enquiries call 0303 444 ${String(rng.int(10000)).padStart(4, "0")}.`);
  b.gap();
  writeShare(ctx);
  writeTail(ctx, { comments: 0 });
}
