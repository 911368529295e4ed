import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tokenise, type Block, type Tokenised } from "@fundtrace/tokeniser";
import { checkInvariants } from "./invariants.js";

const seedDir = new URL("../../../seeds/", import.meta.url);
const seedFiles = readdirSync(seedDir).filter((f) => f.endsWith(".txt")).sort();
const read = (prefix: string): string => {
  const name = seedFiles.find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return readFileSync(new URL(name, seedDir), "utf8");
};

const textOf = (t: Tokenised, b: Block): string => t.text.slice(b.start, b.end);
/** Blocks whose text starts with `prefix`; fails when there is none. */
function blocksStarting(t: Tokenised, prefix: string): Block[] {
  const found = t.blocks.filter((b) => textOf(t, b).startsWith(prefix));
  if (found.length === 0) throw new Error(`no block starts with ${JSON.stringify(prefix)}`);
  return found;
}
const one = (t: Tokenised, prefix: string): Block => blocksStarting(t, prefix)[0]!;
const boilerplateRule = (b: Block): string | null => b.boilerplate?.ruleId ?? null;

describe("seed offsets", () => {
  it("finds all five seeds", () => {
    expect(seedFiles).toHaveLength(5);
  });
  it.each(seedFiles)("%s: every span is exact and the tokens give the text back", (name) => {
    const text = readFileSync(new URL(name, seedDir), "utf8");
    const t = tokenise(text);
    expect(t.tokens.length).toBeGreaterThan(100);
    expect(t.blocks.length).toBeGreaterThan(5);
    for (const span of [...t.tokens, ...t.sentences, ...t.blocks]) {
      expect(span.end).toBeGreaterThan(span.start);
      expect(text.slice(span.start, span.end).trim()).not.toBe("");
    }
    checkInvariants(text, t);
  });
});

describe("seed 000: news page with a job sidebar", () => {
  const t = tokenise(read("000"));
  it("marks the job advert sidebar as job-advert boilerplate", () => {
    expect(boilerplateRule(one(t, "Job of the week"))).toBe("boilerplate/job-advert");
    expect(boilerplateRule(one(t, "£42,403 - £45,441"))).toBe("boilerplate/job-advert");
    expect(boilerplateRule(one(t, "Featured jobs"))).toBe("boilerplate/job-advert");
    for (const entry of ["Senior Social Worker/ Social Worker", "Youth Wellbeing Practitioner", "Consultant Social Worker", "Sign up for an informal interview"]) {
      expect(one(t, entry).kind, entry).toBe("boilerplate");
    }
    for (const b of blocksStarting(t, "Stoke-on-Trent City Council")) expect(b.kind).toBe("boilerplate");
    expect(one(t, "Barnardo's").kind).toBe("boilerplate");
  });
  it("marks the most popular list, sponsored content and image files", () => {
    const label = one(t, "Most popular articles today");
    expect(boilerplateRule(label)).toBe("boilerplate/popular-articles");
    for (const b of blocksStarting(t, "Domestic abuse victims being failed")) expect(boilerplateRule(b)).toBe("boilerplate/popular-articles");
    for (const b of blocksStarting(t, "Champions of Change")) expect(b.kind).toBe("boilerplate");
    expect(boilerplateRule(one(t, "Sponsored Content"))).toBe("boilerplate/advert");
    expect(boilerplateRule(one(t, "SWT_SideAd1.png"))).toBe("boilerplate/media-file");
    // from the first sidebar line to the end, nothing is content
    const first = one(t, "Paint on Face").index;
    expect(t.blocks.slice(first).every((b) => b.kind === "boilerplate")).toBe(true);
  });
  it("marks the menu at the top and the link at the bottom as navigation", () => {
    for (const prefix of ["top of page", "Adults'", "All features", "Training", "bottom of page"]) {
      expect(boilerplateRule(one(t, prefix)), prefix).toBe("boilerplate/navigation");
    }
  });
  it("keeps the article: headings, paragraphs and the seven numbered list items", () => {
    const items = t.blocks.filter((b) => /^[1-7]\) /.test(textOf(t, b)));
    expect(items).toHaveLength(7);
    for (const b of items) {
      expect(b.kind).toBe("list-item");
      expect(b.marker).not.toBeNull();
      expect(t.text.slice(b.marker!.start, b.marker!.end)).toMatch(/^[1-7]\)$/);
    }
    expect(textOf(t, items[0]!)).toMatch(/^1\) Lighthouse Parenting Programme, /);
    expect(blocksStarting(t, "- ").map((b) => b.kind)).toEqual(["list-item", "list-item", "list-item", "list-item"]);
    for (const b of blocksStarting(t, "Funding announced for seven new projects")) expect(b.kind).toBe("heading");
    expect(one(t, "What Works for Children’s Social Care (WWCSC) has announced").kind).toBe("paragraph");
    expect(one(t, "“We are really excited").kind).toBe("paragraph");
    const firstJunk = one(t, "Paint on Face").index;
    expect(t.blocks.slice(5, firstJunk).some((b) => b.kind === "boilerplate")).toBe(false);
  });
});

describe("seed 001: blog post with Disqus", () => {
  const t = tokenise(read("001"));
  it("marks 'comments powered by Disqus' and what follows as comments", () => {
    const disqus = one(t, "comments powered by Disqus");
    expect(boilerplateRule(disqus)).toBe("boilerplate/comments");
    expect(t.blocks.slice(disqus.index).every((b) => boilerplateRule(b) === "boilerplate/comments")).toBe(true);
  });
  it("keeps the post, including the author's closing line", () => {
    const disqus = one(t, "comments powered by Disqus");
    expect(t.blocks.slice(0, disqus.index).every((b) => b.kind !== "boilerplate")).toBe(true);
    expect(one(t, "Seven reasons for hope").kind).toBe("heading");
    expect(one(t, "By Dr Michael Sanders").kind).toBe("paragraph");
  });
});

describe("seed 002: news article with a comment thread", () => {
  const t = tokenise(read("002"));
  it("marks the '2 Responses to …' thread and everything in it as comments", () => {
    const header = one(t, "2 Responses to Innovative social work projects");
    expect(boilerplateRule(header)).toBe("boilerplate/comments");
    for (const b of t.blocks.slice(header.index)) expect(boilerplateRule(b), textOf(t, b)).toBe("boilerplate/comments");
    expect(one(t, "Any money coming up North???").kind).toBe("boilerplate");
    expect(one(t, "Allow SWs to do the job").kind).toBe("boilerplate");
  });
  it("marks the photo credit and the 'More from' link, keeps the article", () => {
    expect(boilerplateRule(one(t, "Photo: pressmaster/Fotolia"))).toBe("boilerplate/media-file");
    expect(boilerplateRule(one(t, "More from Community Care"))).toBe("boilerplate/popular-articles");
    expect(one(t, "Innovative social work projects get £36m funding boost").kind).toBe("heading");
    expect(one(t, "Life-changing").kind).toBe("heading");
    for (const prefix of ["The government has announced £36m", "Under the latest round", "The Family Rights Group", "The DfE has also awarded", "“By giving professionals"]) {
      expect(one(t, prefix).kind, prefix).toBe("paragraph");
    }
  });
});

describe("seed 003: list page with a WordPress comment form", () => {
  const t = tokenise(read("003"));
  it("marks the '3 thoughts on …' / 'You are commenting using…' tail as boilerplate", () => {
    const header = one(t, "3 thoughts on “Innovation News");
    expect(boilerplateRule(header)).toBe("boilerplate/comments");
    expect(t.blocks.slice(header.index).every((b) => b.kind === "boilerplate")).toBe(true);
    for (const b of blocksStarting(t, "You are commenting using")) expect(boilerplateRule(b)).toBe("boilerplate/comments");
    expect(one(t, "This site uses Akismet").kind).toBe("boilerplate");
  });
  it("keeps every list entry, although each ends with 'Evaluation Summary'", () => {
    const entries = t.blocks.filter((b) => /Evaluation Summary$/.test(textOf(t, b)));
    expect(entries.length).toBeGreaterThan(50);
    for (const b of entries) expect(b.kind, textOf(t, b).slice(0, 40)).toBe("paragraph");
    expect(one(t, "Durham County Council (£3.26m) to").kind).toBe("paragraph");
    const header = one(t, "3 thoughts on “Innovation News");
    expect(t.blocks.slice(0, header.index).some((b) => b.kind === "boilerplate")).toBe(false);
  });
  it("finds the section headings, including the ones ending with a full stop", () => {
    expect(one(t, "Innovation News: funding confirmed").kind).toBe("heading");
    expect(one(t, "Rethinking support for adolescents – programmes").kind).toBe("heading");
    expect(one(t, "Other priorities in children’s social care.").kind).toBe("heading");
  });
});

describe("seed 004: long list page", () => {
  const t = tokenise(read("004"));
  it("has no boilerplate", () => {
    expect(t.blocks.filter((b) => b.kind === "boilerplate").map((b) => textOf(t, b))).toEqual([]);
  });
  it("finds the round and theme headings", () => {
    for (const prefix of ["Projects being funded", "Targeted Funding Opportunity projects", "Targeted Support", "Alternative Delivery Models", "Residential Care", "Specialist interventions and target groups"]) {
      expect(one(t, prefix).kind, prefix).toBe("heading");
    }
    for (const b of blocksStarting(t, "Round 2 projects")) expect(b.kind).toBe("heading");
    expect(t.blocks.filter((b) => textOf(t, b) === "Staying Close").map((b) => b.kind)).toEqual(["heading"]);
    expect(t.blocks.filter((b) => textOf(t, b) === "Round 1 projects").map((b) => b.kind)).toEqual(["heading"]);
    expect(one(t, "Rethinking children’s social work – large-scale projects").kind).toBe("heading");
    expect(one(t, "Other priorities in children’s social care.").kind).toBe("heading");
  });
  it("keeps entries as paragraphs, including one-sentence entries with an amount", () => {
    for (const b of t.blocks.filter((x) => /\(£[\d.]+ ?[mk]\)|Up to £/.test(textOf(t, x)))) {
      expect(b.kind, textOf(t, b).slice(0, 50)).toBe("paragraph");
    }
    expect(one(t, "The Fostering Network and 12 delivery partners (£3.8m)").kind).toBe("paragraph");
  });
});
