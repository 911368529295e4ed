import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { renderReport, writeReport } from "@fundtrace/exporter";
import { namesIn, tempDir } from "./helpers.js";
import { scripts, startTags, tokenizeHtml, visibleText } from "./html-tokens.js";
import { hostileReportInput, seedsReportInput } from "./report-fixtures.js";

const seeds = seedsReportInput();
const html = renderReport(seeds);
const tokens = tokenizeHtml(html);
const data = JSON.parse(scripts(tokens).find((s) => s.attrs.get("type") === "application/json")?.text ?? "{}") as {
  records: Array<{ id: string; merges: Array<{ a: string; b: string; evidence: unknown[] }> }>;
};
const attr = (t: { attrs: Array<[string, string]> }, name: string) => t.attrs.find(([n]) => n === name)?.[1];

describe("renderReport on the seeds run", () => {
  test("one table row per record, with the seven columns", () => {
    const rows = startTags(tokens).filter((t) => t.name === "tr" && attr(t, "data-record") !== undefined);
    expect(rows.map((r) => attr(r, "data-record"))).toEqual(seeds.projects.map((p) => p.id));
    const headers = startTags(tokens).filter((t) => t.name === "th" && attr(t, "data-col") !== undefined);
    expect(headers.map((h) => attr(h, "data-type"))).toEqual(["text", "text", "text", "number", "text", "number", "number"]);
    expect(data.records).toHaveLength(seeds.projects.length);
  });

  test("every mention's passage is outlined, and every amount attached to no record is listed and marked", () => {
    const spans = startTags(tokens).filter((t) => t.name === "span");
    const passages = new Set(spans.filter((s) => attr(s, "class")?.includes("k-passage") && attr(s, "data-m") !== undefined).flatMap((s) => (attr(s, "data-m") ?? "").split(" ")));
    expect([...passages].sort()).toEqual(seeds.mentions.map((m) => m.id).sort());
    const unattached = new Set(spans.flatMap((s) => (attr(s, "data-u") ?? "").split(" ").filter(Boolean)));
    expect(unattached.size).toBe(seeds.unattached.length);
    const text = visibleText(tokens);
    for (const u of seeds.unattached) expect(text).toContain(u.reason);
  });

  test("each document's text is on the page unchanged", () => {
    const pres = tokens.flatMap((t, i) => (t.type === "start" && t.name === "pre" ? [i] : []));
    expect(pres).toHaveLength(seeds.documents.length);
    pres.forEach((start, d) => {
      let depth = 0;
      let text = "";
      for (const t of tokens.slice(start)) {
        if (t.type === "start") depth++;
        else if (t.type === "end") depth--;
        else if (t.type === "text") text += t.text;
        if (depth === 0) break;
      }
      expect(text).toBe(seeds.documents[d]?.text);
    });
  });

  test("is deterministic: the same input gives the same bytes", () => {
    expect(renderReport(seedsReportInput())).toBe(html);
  });

  test("needs no network: no external resource, and a policy that forbids fetching and allows only its own script", () => {
    for (const t of startTags(tokens)) {
      expect(["link", "img", "iframe", "object", "embed"]).not.toContain(t.name);
      expect(attr(t, "src")).toBeUndefined();
      expect(attr(t, "href")).toBeUndefined();
    }
    expect(html).not.toMatch(/@import|url\(/u);
    const csp = attr(startTags(tokens).find((t) => attr(t, "http-equiv") === "Content-Security-Policy") ?? { attrs: [] }, "content") ?? "";
    const code = scripts(tokens).find((s) => !s.attrs.has("type"))?.text ?? "";
    const hash = createHash("sha256").update(code).digest("base64");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
  });
});

describe("merges explained", () => {
  test("a record lists the decisions between two of its own mentions, with their evidence", () => {
    const input = hostileReportInput();
    const unrelated = { a: "m_hostile", b: "m_elsewhere", merged: false, score: -3, evidence: [] };
    const view = JSON.parse(
      scripts(tokenizeHtml(renderReport({ ...input, decisions: [...(input.decisions ?? []), unrelated] }))).find((s) => s.attrs.has("type"))?.text ?? "{}",
    ) as typeof data;
    expect(view.records[0]?.merges).toEqual(input.decisions);
  });
});

describe("writeReport", () => {
  test("writes the page atomically and returns its manifest record", async () => {
    const dir = tempDir();
    const file = join(dir, "report.html");
    const input = hostileReportInput();
    const written = await writeReport(file, input);
    expect(written.ok).toBe(true);
    const bytes = readFileSync(file);
    expect(bytes.toString("utf8")).toBe(renderReport(input));
    if (written.ok) {
      expect(written.value).toEqual({ file, bytes: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex") });
    }
    expect(namesIn(dir)).toEqual(["report.html"]);
  });

  test("a missing directory is an issue, not an exception", async () => {
    const written = await writeReport(join(tempDir(), "nope", "report.html"), hostileReportInput());
    expect(written.ok).toBe(false);
  });
});

describe("renderReport within its limits", () => {
  const recordRows = (page: string) => startTags(tokenizeHtml(page)).filter((t) => t.name === "tr" && attr(t, "data-record") !== undefined).map((r) => attr(r, "data-record"));
  const passagesOn = (page: string) =>
    new Set(startTags(tokenizeHtml(page)).filter((s) => s.name === "span" && attr(s, "class")?.includes("k-passage")).flatMap((s) => (attr(s, "data-m") ?? "").split(" ").filter(Boolean)));
  const noticeOf = (page: string) => /<p class="notice" role="note">([^<]*)<\/p>/.exec(page)?.[1] ?? null;

  test("a run inside the limits is shown whole, with no notice", () => {
    expect(noticeOf(html)).toBeNull();
    expect(renderReport({ ...seeds, limits: { records: Infinity, sourceCharacters: Infinity, unattached: Infinity } })).toBe(html);
  });

  test("past the record limit, the table holds the first records, only their mentions are marked, and the page says so", () => {
    const page = renderReport({ ...seeds, limits: { records: 2 } });
    expect(recordRows(page)).toEqual(seeds.projects.slice(0, 2).map((p) => p.id));
    const theirs = new Set(seeds.projects.slice(0, 2).flatMap((p) => p.mentions));
    expect([...passagesOn(page)].every((id) => theirs.has(id))).toBe(true);
    expect(passagesOn(page).size).toBeGreaterThan(0);
    expect(noticeOf(page)).toContain(`2 records of ${seeds.projects.length} records`);
    expect(visibleText(tokenizeHtml(page))).toContain(`${seeds.projects.length} records`); // the summary counts everything
  });

  test("past the source budget, documents are cut there, no span past the cut is marked, and none is reported as out of range", () => {
    const first = seeds.documents[0]!;
    const budget = Math.floor(first.text.length / 2);
    const page = renderReport({ ...seeds, limits: { sourceCharacters: budget } });
    const pres = tokenizeHtml(page).filter((t) => t.type === "start" && t.name === "pre");
    expect(pres).toHaveLength(1);
    expect(noticeOf(page)).toContain(`the first ${budget.toLocaleString("en-GB")} characters`);
    const marked = passagesOn(page);
    for (const m of seeds.mentions) if (marked.has(m.id)) expect(m.doc === first.id && m.end <= budget).toBe(true);
    expect(page).not.toContain("span-out-of-range");
  });

  test("a cut never splits a surrogate pair", () => {
    const text = "ab😀cd";
    const page = renderReport({ projects: [], mentions: [], unattached: [], documents: [{ id: "d", text }], limits: { sourceCharacters: 3 } });
    expect(page).toContain("<pre class=\"text\">ab</pre>");
  });
});
