import { writeCookies, writeHead, writeTail } from "../boilerplate.js";
import type { DocContext } from "../context.js";
import { POOLS } from "../pools.js";
import { longDate } from "../dates.js";
import { exactMoney, qualified } from "../money.js";
import { writeRecipients } from "../recipients.js";
import { writeTrapSentence } from "./shared.js";

/** A table flattened to text with pipes, one row per grant, and a total row. */
export function writeTable(ctx: DocContext): void {
  const { b, rng, window: w } = ctx;
  const a = w.announce(rng.range(3, 12), ctx.index, { named: 1 });
  writeHead(ctx);
  b.para(`${a.programme.name} ${ctx.day.year} – successful applicants`);
  ctx.published = ctx.day.iso;
  b.para(`The following awards were approved by the board on ${longDate(ctx.day)}.`);
  const roundShown = a.round !== null && rng.chance(0.6);
  if (roundShown) b.para(`${a.round}`);
  const order = rng.pick([["org", "amount", "name"], ["name", "org", "amount"], ["org", "name", "amount"]] as const);
  const h = POOLS.phrases.tableHeaders;
  const header: Record<string, string> = { org: rng.pick(h.org), amount: rng.pick(h.amount), name: rng.pick(h.name) };
  b.line(order.map((c) => header[c]).join(" | "));
  for (const g of a.grants) {
    const start = b.length;
    let gold: string[] = [];
    const amount = qualified(rng, g.value, "exact");
    order.forEach((c, i) => {
      if (i > 0) b.add(" | ");
      if (c === "org") gold = writeRecipients(ctx, g, "list").gold;
      else if (c === "amount") b.add(amount.text);
      else b.add(g.name ?? "");
    });
    const end = b.length;
    b.add("\n");
    ctx.mention(g, { start, end }, { organisations: gold, amount, name: true, template: `table/${order.join("-")}`, round: roundShown ? a.round : null });
  }
  b.add("\n");
  const total = a.grants.reduce((s, g) => s + g.value, 0);
  writeTrapSentence(ctx, "Total awarded: ", exactMoney(rng, total).text, "", "total row of the table");
  b.add("\n\n");
  if (rng.chance(0.5)) writeCookies(ctx);
  writeTail(ctx);
}
