import type { DocContext } from "./context.js";
import { commentDate, dayOf, ukDate } from "./dates.js";
import { restated, salary } from "./money.js";
import { POOLS } from "./pools.js";

const B = POOLS.boilerplate;

/** Site navigation at the top of a page. */
export function writeNav(ctx: DocContext): void {
  for (const l of ctx.rng.pick(B.nav)) ctx.b.line(l);
  ctx.b.gap();
}

export function writeCookies(ctx: DocContext): void {
  ctx.b.para(ctx.rng.pick(B.cookies));
}

/** A job advert sidebar: employer, title, salary (salaries and employers are traps). */
export function writeJobs(ctx: DocContext): void {
  const { b, rng } = ctx;
  const n = rng.range(1, 3);
  for (let i = 0; i < n; i++) {
    if (i === 0 || rng.chance(0.4)) b.para(rng.pick(B.jobLines).replace("{date}", ukDate(rng, dayOf(rng.int(4000)))));
    const employer = rng.chance(0.6) ? rng.pick(ctx.pool.authorities).full : rng.pick(ctx.pool.invented).full;
    const at = b.add(employer);
    b.add("\n\n");
    const title = rng.pick(B.jobTitles);
    b.para(title);
    ctx.negative({ start: at, end: at + employer.length + 2 + title.length }, "employer in a job advert sidebar");
    if (rng.chance(0.8)) {
      const s = salary(rng);
      const text = rng.pick(B.salaryForms).replace("{a}", s.low).replace("{b}", s.high);
      const st = b.para(text);
      ctx.negative({ start: st, end: st + text.length }, "salary in a job advert");
    }
    if (rng.chance(0.5)) b.para(rng.pick(B.ads));
  }
}

/** "Most popular" headlines, sometimes each twice (a teaser and a link), sometimes one with money. */
export function writePopular(ctx: DocContext): void {
  const { b, rng } = ctx;
  b.para(rng.pick(B.popularHeaders));
  const twice = rng.chance(0.4);
  const numbered = !twice && rng.chance(0.4);
  const heads = rng.sample(B.headlines, rng.range(3, 7));
  if (rng.chance(0.3)) {
    const m = restated(rng, rng.range(1, 40) * (rng.chance(0.5) ? 1e6 : 1e3));
    heads.splice(rng.int(heads.length + 1), 0, rng.pick(B.moneyHeadlines).replace("{m}", m.text.replace(/^[a-z ]+(?=£)/i, "")));
  }
  heads.forEach((h, i) => {
    const text = numbered ? `${i + 1}. ${h}` : h;
    const at = twice ? b.para(text) : b.line(text);
    if (/£/.test(h)) ctx.negative({ start: at, end: at + text.length }, "headline in a most-read list");
    if (twice) b.para(text);
  });
  b.gap();
}

/** A comment thread with dated comments; `header` repeats the headline ("2 Responses to …"). */
export function writeComments(ctx: DocContext, headline: string | null, headlineHasMoney: boolean): void {
  const { b, rng } = ctx;
  const n = rng.range(0, 4);
  if (rng.chance(0.4)) {
    b.para(rng.pick(B.commentFooters));
    return;
  }
  if (headline && n > 0) {
    const text = `${n} ${n === 1 ? "Response" : "Responses"} to ${headline}`;
    const at = b.para(text);
    if (headlineHasMoney) ctx.negative({ start: at, end: at + text.length }, "comments header repeating the headline total");
  } else {
    b.para(`Comments (${n})`);
  }
  for (let i = 0; i < n; i++) {
    const who = rng.pick(B.commenters);
    const when = commentDate(rng, dayOf(rng.int(4000)));
    b.para(rng.chance(0.5) ? `  ${i + 1}. ${who} ${when} #` : `${who} ${when}`);
    if (rng.chance(0.15)) {
      const m = restated(rng, rng.range(1, 20) * 1e6);
      const text = rng.pick(B.moneyComments).replace("{m}", m.text.replace(/^[a-z ]+(?=£)/i, ""));
      const at = b.para(`    ${text}`);
      ctx.negative({ start: at + 4, end: at + 4 + text.length }, "amount in a reader comment");
    } else {
      b.para(`    ${rng.pick(B.comments)}`);
    }
  }
}

export function writeShare(ctx: DocContext): void {
  for (const l of ctx.rng.pick(B.share)) ctx.b.line(l);
  ctx.b.gap();
}

export function writeRelated(ctx: DocContext): void {
  const { b, rng } = ctx;
  b.line(rng.pick(B.related));
  for (const h of rng.sample(B.headlines, rng.range(1, 3))) b.line(h);
  b.gap();
}

export function writeFooter(ctx: DocContext): void {
  const { b, rng } = ctx;
  if (rng.chance(0.4)) b.para(rng.pick(B.tags));
  for (const f of rng.sample(B.footers, rng.range(1, 3))) b.line(f.replace("{year}", String(ctx.day.year)).replace("{n}", String(1000000 + rng.int(200000))));
}

/** The page furniture after the content, in a random selection and order. */
export function writeTail(ctx: DocContext, options: { headline?: string | null; headlineHasMoney?: boolean; comments?: number } = {}): void {
  const { rng } = ctx;
  ctx.b.gap();
  if (rng.chance(0.3)) writeShare(ctx);
  if (rng.chance(options.comments ?? 0.3)) writeComments(ctx, options.headline ?? null, options.headlineHasMoney ?? false);
  if (rng.chance(0.35)) writeJobs(ctx);
  if (rng.chance(0.5)) writePopular(ctx);
  if (rng.chance(0.3)) writeRelated(ctx);
  if (rng.chance(0.3)) writeCookies(ctx);
  if (rng.chance(0.6)) writeFooter(ctx);
}

/** The page furniture before the content. */
export function writeHead(ctx: DocContext): void {
  if (ctx.rng.chance(0.6)) writeNav(ctx);
  if (ctx.rng.chance(0.15)) writeCookies(ctx);
}
