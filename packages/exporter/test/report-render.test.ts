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
