import { writeHead, writeJobs, writePopular, writeTail } from "../boilerplate.js";
import type { DocContext } from "../context.js";
import { exactMoney } from "../money.js";
import { POOLS } from "../pools.js";
import { person, writeDateLine, writeFiller } from "./shared.js";

/** A page with no grant on it: an unrelated article with ordinary money (a council tax bill, a salary), jobs, most-read lists. */
export function writePage(ctx: DocContext): void {
  const { b, rng } = ctx;
  writeHead(ctx);
  b.para(rng.pick(POOLS.boilerplate.headlines));
  if (rng.chance(0.6)) writeDateLine(ctx, "byline", person(ctx));
  for (let i = rng.range(4, 9); i > 0; i--) {
    const r = rng.next();
    if (r < 0.3) {
      const bill = exactMoney(rng, rng.range(1200, 2400)).text;
      const text = `The average band D bill will rise to ${bill} a year.`;
      const para = `${rng.pick(POOLS.purposes.extras)} ${text}`;
      const off = b.para(para) + para.length - text.length;
      ctx.negative({ start: off, end: off + text.length - 1 }, "a household bill, not a grant");
    } else if (r < 0.5) {
      const pay = exactMoney(rng, rng.range(28, 45) * 1000).text;
      const text = `Newly qualified staff now start on ${pay} a year.`;
      const at = b.para(`${text} ${rng.pick(POOLS.people.quotes)}`);
      ctx.negative({ start: at, end: at + text.length - 1 }, "a salary, not a grant");
    } else {
      writeFiller(ctx, 1, [3, 7]);
    }
  }
  if (rng.chance(0.6)) writeJobs(ctx);
  if (rng.chance(0.6)) writePopular(ctx);
  writeTail(ctx);
}
