import { writeHead, writeTail } from "../boilerplate.js";
import type { DocContext } from "../context.js";
import { purposeClause, writeExtras } from "../describe.js";
import { POOLS } from "../pools.js";
import { orgForm, writeRecipients } from "../recipients.js";
import { capital, count, funderName, person, totalOf, writeDateLine, writeFiller, writeTrapSentence } from "./shared.js";

/** "N) Name, Org – description": named projects with no amount each, and a total for all of them. */
export function writeNumberedList(ctx: DocContext): void {
  const { b, rng, window: w } = ctx;
  const a = w.announce(rng.range(4, 9), ctx.index, { round: false, named: 1 });
  const p = a.programme;
  const n = count(a.grants.length);
  writeHead(ctx);
  const title = `Funding announced for ${n} new projects in ${p.sector}`;
  b.para(title);
  writeTrapSentence(ctx, `${funderName(p.funder, true)} has announced the ${n} projects that will receive `, totalOf(ctx, a).text, ` in funding ‘to help improve outcomes for children and families and build an evidence base in ${p.sector}.’`, "total for all the projects on the page");
  b.gap();
  writeDateLine(ctx, "bare");
  if (rng.chance(0.5)) b.para(title);
  b.para(`The projects were funded under the ${p.name} and were selected from more than ${rng.range(3, 20) * 10} applications.`);
  writeFiller(ctx, rng.range(1, 3));
  b.para(`The successful projects have been named as:`);
  a.grants.forEach((g, i) => {
    const start = b.add(`${i + 1}) `);
    b.add(`${g.name}, `);
    const r = writeRecipients(ctx, g, "list");
    const purpose = purposeClause(ctx, g, false);
    b.add(` – ${capital(purpose.text.replace(/^to /, ""))}.`);
    writeExtras(ctx, g, 4);
    b.add("\n");
    ctx.mention(g, { start: start + `${i + 1}) `.length, end: r.end }, {
      organisations: r.gold, amount: null, name: true, places: purpose.places, template: "list-numbered/name-org",
    });
  });
  b.gap();
  if (rng.chance(0.6)) {
    const g = rng.pick(a.grants);
    const org = g.orgs[0]!;
    const speaker = person(ctx);
    const f = orgForm(ctx, org, "list");
    const role = rng.pick(POOLS.people.roles);
    b.add(`${speaker}, ${role} at `);
    const at = b.add(f.text);
    b.add(`, which will pilot the ${g.name} project`);
    const end = b.length;
    b.para(`, said: “${rng.pick(POOLS.people.quotes)}”`);
    ctx.mention(g, { start: at, end }, { kind: "reference", organisations: [f.gold], amount: null, name: true, template: "list-numbered/speaker-reference" });
  }
  writeTail(ctx);
}
