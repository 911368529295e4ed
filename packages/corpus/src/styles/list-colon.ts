import { writeHead, writeTail } from "../boilerplate.js";
import { POOLS } from "../pools.js";
import type { DocContext } from "../context.js";
import { dayBefore, longDate } from "../dates.js";
import { purposeClause, writeExtras } from "../describe.js";
import { qualified } from "../money.js";
import { writeRecipients } from "../recipients.js";
import type { Announcement } from "../world.js";
import { count, writeFiller } from "./shared.js";

/** Entries "Org: Up to £771k to …" under "Round 2 projects" and theme headings; sometimes two announcements on one page. */
export function writeColonList(ctx: DocContext): void {
  const { b, rng, window: w } = ctx;
  writeHead(ctx);
  const first = w.announce(rng.range(4, 12), ctx.index, { sections: true });
  b.para(rng.pick(POOLS.phrases.listTitles).replace("{programme}", first.programme.name).replace("{round}", first.round ? ` – ${first.round}` : "").replace("{funder}", first.programme.funder.name));
  ctx.published = ctx.day.iso;
  writeFiller(ctx, rng.range(1, 2));
  writeAnnouncement(ctx, first, true);
  if (rng.chance(0.3)) {
    const second = w.announce(rng.range(3, 8), ctx.index, { sections: false });
    writeAnnouncement(ctx, second, false);
  }
  writeTail(ctx);
}

function writeAnnouncement(ctx: DocContext, a: Announcement, latest: boolean): void {
  const { b, rng } = ctx;
  const roundLc = a.round ? `${a.round.startsWith("Round") ? a.round.toLowerCase() : a.round} ` : "";
  const day = latest ? ctx.day : dayBefore(ctx.window.startDay, rng.range(20, 200));
  b.para(`We are delighted to announce ${count(a.grants.length)} ${latest ? "most recent " : ""}${roundLc}projects on ${longDate(day)} which have been included in this list:-`);
  const roundShown = a.round !== null && rng.chance(0.9);
  if (roundShown) b.para(`${a.round} projects`);
  const upTo = rng.chance(0.7);
  let section: string | null = null;
  for (const g of a.grants) {
    if (g.section && g.section !== section) {
      section = g.section;
      b.para(section);
    }
    const r = writeRecipients(ctx, g, "list");
    const amount = qualified(rng, g.value, upTo ? "up-to" : "exact", true);
    b.add(`: ${amount.text}`);
    const end = b.length;
    const purpose = purposeClause(ctx, g);
    b.add(`${rng.chance(0.2) ? ` over ${rng.pick(POOLS.phrases.durations)}` : ""} ${purpose.text}.`);
    writeExtras(ctx, g, 4);
    b.add("\n\n");
    ctx.mention(g, { start: r.start, end }, {
      organisations: r.gold, amount, name: purpose.named, places: purpose.places,
      template: `list-colon/${upTo ? "up-to" : "exact"}`, round: roundShown ? a.round : null,
    });
  }
}
