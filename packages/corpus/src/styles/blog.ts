import { POOLS } from "../pools.js";
import { writeComments, writeHead, writeFooter } from "../boilerplate.js";
import type { DocContext } from "../context.js";
import { orgForm, hasSuffix } from "../recipients.js";
import type { Style } from "../types.js";
import type { Grant } from "../world.js";
import { count, funderName, person, totalOf, writeDateLine, writeFiller, writeTrapSentence } from "./shared.js";
import { writeNews } from "./news.js";

/**
 * A funder's or practitioner's blog post that discusses projects announced elsewhere by name,
 * without their funding: reference mentions ("such as Open Doors", "The Open Doors scheme, run by
 * the Brightwater Foundation, …", "Open Doors aims to …").
 */
export function writeBlog(ctx: DocContext): Style | void {
  const { b, rng, window: w } = ctx;
  const a = w.earlier(ctx.index, 1, true);
  if (!a) {
    writeNews(ctx);
    return "news";
  }
  const named = a.grants.filter((g) => g.introduced && g.name && g.nameStated && g.lastDoc !== ctx.index);
  const grants = rng.sample(named, rng.range(1, 3));
  const author = person(ctx);
  if (rng.chance(0.4)) writeHead(ctx);
  b.para(grants.length === 1 && rng.chance(0.6) ? `Why we funded ${grants[0]!.name}` : rng.pick([`${capital(count(a.grants.length))} reasons for hope`, "What we learned from this year’s grants", "Notes from the funding panel"]));
  writeDateLine(ctx, "byline", rng.chance(0.5) ? `Dr ${author}` : author);
  writeTrapSentence(ctx, `At ${funderName(a.programme.funder)}, we have just announced the results of our latest funding round, which will see us give `, totalOf(ctx, a).text, ` to ${count(a.grants.length)} teams to support innovative practice.`, "total for all the projects in the round");
  b.add(" We will be separately funding independent evaluations of all of these projects.\n\n");
  b.para(`When we first announced the funding round, it was a nervous moment for us. We were therefore pleased to receive more than ${rng.range(3, 20) * 10} submissions for what ended up being a highly competitive process.`);
  writeFiller(ctx, rng.range(2, 3), [3, 5]);
  for (const g of grants) {
    writeReference(ctx, g);
    b.add("\n\n");
  }
  if (rng.chance(0.5)) b.para(`Selecting just ${count(a.grants.length)} projects to fund wasn’t easy, but I am delighted with the mix of projects we are funding. ${rng.pick(POOLS.purposes.extras)}`);
  writeFiller(ctx, rng.range(2, 4), [3, 5]);
  b.para(`${author} is ${rng.pick(POOLS.phrases.blogAuthorRoles)} at ${funderName(a.programme.funder)}`);
  if (rng.chance(0.7)) writeComments(ctx, null, false);
  if (rng.chance(0.5)) writeFooter(ctx);
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One paragraph naming a project; its reference mention is recorded. */
function writeReference(ctx: DocContext, g: Grant): void {
  const { b, rng } = ctx;
  const name = g.name!;
  const act = hasSuffix(name) ? "" : ` ${g.activity}`;
  const r = rng.int(6);
  if (r === 0 && g.joint === "single") {
    const start = b.add(`The ${name}${act}, run by `);
    const f = orgForm(ctx, g.orgs[0]!, "mid");
    b.add(f.text);
    const end = b.length;
    b.add(`, will ${g.verb} ${g.object}. `);
    const think = `We think ${name} could become a model`;
    const at = b.add(think);
    b.add(" for the whole region.");
    ctx.mention(g, { start, end }, { kind: "reference", organisations: [f.gold], amount: null, name: true, template: "blog/run-by" });
    ctx.mention(g, { start: at, end: at + think.length }, { kind: "reference", organisations: [], amount: null, name: true, template: "blog/we-think" });
    return;
  }
  if (r === 1) {
    b.add("Other projects – ");
    const start = b.add(`such as ${name}`);
    b.add(" – were selected to fill a vital evidence gap. There is little or no guidance on a best practice model, and we hope this project will go some way to resolving this.");
    ctx.mention(g, { start, end: start + `such as ${name}`.length }, { kind: "reference", organisations: [], amount: null, name: true, template: "blog/such-as" });
    return;
  }
  if (r === 2) {
    const start = b.add(`${name} aims to ${g.verb}`);
    b.add(` ${g.object}. This includes raising awareness, expanding training for staff and increasing access to specialist support – a broad approach.`);
    ctx.mention(g, { start, end: start + `${name} aims to ${g.verb}`.length }, { kind: "reference", organisations: [], amount: null, name: true, template: "blog/aims-to" });
    return;
  }
  if (r === 3 && g.places.length > 0) {
    b.add("I am excited that we will be funding the ");
    const said = `${name}${hasSuffix(name) ? "" : " project"} in ${g.places[0]}`;
    const start = b.add(said);
    b.add(`. It will ${g.verb} ${g.object}.`);
    ctx.mention(g, { start, end: start + said.length }, { kind: "reference", organisations: [], amount: null, name: true, places: [g.places[0]!], template: "blog/project-in" });
    return;
  }
  if (r === 4 && g.joint === "single") {
    b.add("One of the projects that we have funded – ");
    const start = b.add(`${name} in `);
    const f = orgForm(ctx, g.orgs[0]!, "mid");
    b.add(f.text);
    const end = b.length;
    b.add(` – is focused on ${rng.pick(POOLS.purposes.beneficiaries)}.`);
    ctx.mention(g, { start, end }, { kind: "reference", organisations: [f.gold], amount: null, name: true, template: "blog/name-in-org" });
    return;
  }
  b.add("Some projects already had some evidence of promise. For example, ");
  const start = b.add(`the ${name}${act}, which ${rng.pick(POOLS.phrases.evidenceVerbs)} ${rng.pick(POOLS.phrases.evidenceSources)}`);
  const end = b.length;
  b.add(", has potential pilot evaluations.");
  ctx.mention(g, { start, end }, { kind: "reference", organisations: [], amount: null, name: true, template: "blog/for-example" });
}
