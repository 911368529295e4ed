import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Mention, Project, RunManifest } from "@fundtrace/contract";
import type { ReportInput } from "@fundtrace/exporter";
import { amount, mention, project } from "./fixtures.js";

/** Markup that would run script if any of it reached the page unescaped. */
export const PAYLOADS = {
  script: "<script>window.__pwned=1;alert(1)</script>",
  img: '<img src=x onerror="window.__pwned=1;alert(1)">',
  svg: `"'><svg onload=window.__pwned=1;alert(1)>`,
  close: "</script><script>window.__pwned=1;alert(1)</script>",
} as const;

/** The substrings that must never appear unescaped in the page. */
export const LIVE_MARKUP = ["<script>window", "<img src=x", "<svg onload", "</script><script>", "'><svg"] as const;

const HOSTILE_DOC = `x"><img src=x onerror="window.__pwned=1;alert(1)">`;

/** A document, its mention, record, decision and unattached amount, every string carrying script payloads. */
export function hostileReportInput(): ReportInput {
  const text = [
    `Announcement ${PAYLOADS.script}.`,
    `${PAYLOADS.img} Council will receive £1.4m for the ${PAYLOADS.svg} Project in ${PAYLOADS.close} Town.`,
    `A total of £9m ${PAYLOADS.script} was announced.`,
  ].join("\n");
  const at = (s: string, from = 0) => text.indexOf(s, from);
  const orgStart = at(PAYLOADS.img);
  const orgEnd = at(" Council") + " Council".length;
  const amountStart = at("£1.4m");
  const nameStart = at(PAYLOADS.svg);
  const placeStart = at(PAYLOADS.close);
  const passageStart = orgStart;
  const passageEnd = at("Town.") + "Town.".length;
  const m: Mention = mention({
    id: "m_hostile",
    doc: HOSTILE_DOC,
    start: passageStart,
    end: passageEnd,
    name: `${PAYLOADS.svg} Project`,
    nameSpan: { text: `${PAYLOADS.svg} Project`, start: nameStart, end: nameStart + PAYLOADS.svg.length + " Project".length },
    organisations: [
      { name: `${PAYLOADS.img} Council`, start: orgStart, end: orgEnd, role: "recipient", kind: "local-authority", aliases: [], rule: "test", link: null },
    ],
    amount: amount({ value: 1_400_000, text: "£1.4m", start: amountStart, end: amountStart + 5, precision: 100_000 }),
    places: [{ name: PAYLOADS.close, start: placeStart, end: placeStart + PAYLOADS.close.length + " Town".length, link: null }],
  });
  // A second passage that ends inside "£1.4m" (after "£1."), so its span crosses the amount's: overlapping markup.
  const second: Mention = { ...m, id: "m_hostile_2", start: passageStart, end: at(".", amountStart) + 1 };
  const p: Project = project({
    id: "p_hostile",
    name: `${PAYLOADS.close} ${PAYLOADS.svg}`,
    organisations: [{ name: `${PAYLOADS.img} Council`, key: PAYLOADS.svg, aliases: [PAYLOADS.script], link: null }],
    amount: m.amount,
    round: PAYLOADS.svg,
    theme: PAYLOADS.script,
    funder: PAYLOADS.img,
    programme: PAYLOADS.close,
    places: [{ name: PAYLOADS.close, gss: null }],
    conflicts: [{ field: PAYLOADS.svg, values: [{ value: PAYLOADS.script, mentions: ["m_hostile"] }, { value: { value: 3 }, mentions: ["m_hostile_2"] }] }],
    mentions: ["m_hostile", "m_hostile_2"],
    sources: [
      { doc: HOSTILE_DOC, mention: "m_hostile", kind: "funding", start: m.start, end: m.end },
      { doc: HOSTILE_DOC, mention: "m_hostile_2", kind: "funding", start: second.start, end: second.end },
    ],
    provenance: { [PAYLOADS.svg]: "m_hostile" },
  });
  const totalStart = at("£9m");
  return {
    projects: [p],
    mentions: [m, second],
    documents: [{ id: HOSTILE_DOC, text }],
    unattached: [{ doc: HOSTILE_DOC, text: "£9m", start: totalStart, end: totalStart + 3, value: 9_000_000, reason: PAYLOADS.img }],
    decisions: [
      {
        a: "m_hostile",
        b: "m_hostile_2",
        merged: true,
        score: 9.5,
        evidence: [{ field: PAYLOADS.svg, outcome: PAYLOADS.script, weight: 4.25, detail: PAYLOADS.close }],
        constraint: PAYLOADS.img,
      },
    ],
  };
}

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const OUT = `${REPO_ROOT}out/`;
const SEEDS = `${REPO_ROOT}seeds/`;

/** The committed seeds run (`out/`) and the seed texts, as the pipeline passes them to the report. */
export function seedsReportInput(): ReportInput {
  const projects = (JSON.parse(readFileSync(`${OUT}projects.json`, "utf8")) as { projects: Project[] }).projects;
  const mentions = readFileSync(`${OUT}mentions.jsonl`, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as Mention);
  const run = JSON.parse(readFileSync(`${OUT}run.json`, "utf8")) as RunManifest;
  const documents = readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/u, ""), text: readFileSync(`${SEEDS}${f}`, "utf8") }));
  return { projects, mentions, documents, unattached: run.unattached };
}
