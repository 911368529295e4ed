import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import type { Mention, RunManifest } from "@fundtrace/contract";
import { findMoney } from "@fundtrace/money";
import { loadInput, mapSpan, runFiles } from "@fundtrace/pipeline";
import { seedsDir } from "./helpers.js";

const fixturesDir = new URL("../../../fixtures/extraction/", import.meta.url).pathname;
const extra = mkdtempSync(join(tmpdir(), "fundtrace-lost-"));
writeFileSync(join(extra, "page.html"), "<html><body><h1>Awards &pound;3m</h1><ul><li>Bristol City Council (&pound;450,000) to test a new service</li><li>Leeds City Council (&pound;1.2m) to pilot a new service</li></ul><p>A total of &pound;1.65m.</p></body></html>");
writeFileSync(join(extra, "binary.txt"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1]));
writeFileSync(join(extra, "empty.txt"), "");
writeFileSync(join(extra, "ignored.json"), "{}");

describe("nothing is lost", () => {
  it("every input is in run.json, processed or skipped with a reason; every amount is a mention's or listed unattached with a reason", async () => {
    const out = mkdtempSync(join(tmpdir(), "fundtrace-lost-out-"));
    const missing = join(extra, "missing.txt");
    const run = await runFiles({ inputs: [seedsDir, fixturesDir, extra, missing], out });
    const manifest = JSON.parse(readFileSync(join(out, "run.json"), "utf8")) as RunManifest;
    const expectedPaths = [
      ...readdirSync(seedsDir).map((f) => join(seedsDir, f)),
      ...readdirSync(fixturesDir).filter((f) => /\.(txt|md)$/.test(f)).map((f) => join(fixturesDir, f)),
      join(extra, "page.html"), join(extra, "binary.txt"), join(extra, "empty.txt"), missing,
    ].map((p) => relative(process.cwd(), p)).sort();
    expect(manifest.inputs.map((i) => i.path).sort()).toEqual(expectedPaths);
    for (const i of manifest.inputs) {
      if (i.status === "skipped") expect(i.reason, i.path).toMatch(/^Expected /);
      else expect(i.reason).toBeNull();
    }
    expect(manifest.inputs.filter((i) => i.status === "skipped").map((i) => i.path.split("/").pop())).toEqual(["binary.txt", "missing.txt"]);
    expect(manifest.counts["inputs"]).toBe(manifest.inputs.length);
    expect(manifest.counts["processed"]! + manifest.counts["skipped"]!).toBe(manifest.inputs.length);
    expect(run.exitCode).toBe(1);

    const mentions = readFileSync(join(out, "mentions.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Mention);
    const key = (doc: string, s: { start: number; end: number }) => `${doc}:${s.start}:${s.end}`;
    const attached = new Set(mentions.flatMap((m) => (m.amount ? [key(m.doc, m.amount)] : [])));
    const unattached = new Map(manifest.unattached.map((u) => [key(u.doc, u), u.reason]));
    let amounts = 0;
    for (const input of manifest.inputs.filter((i) => i.status === "processed")) {
      const loaded = await loadInput(join(process.cwd(), input.path));
      const text = loaded.document!.text;
      for (const a of findMoney(text, { source: input.id })) {
        amounts++;
        const where = key(input.id, loaded.html ? mapSpan(a, loaded.html.toSource) : a);
        const reason = unattached.get(where);
        expect(attached.has(where) || (reason !== undefined && reason.length > 0), `${input.path}: ${a.text} at [${a.start}, ${a.end})`).toBe(true);
      }
    }
    expect(amounts).toBeGreaterThan(100);
    expect(attached.size + unattached.size).toBeGreaterThanOrEqual(amounts);
  }, 120_000);
});

describe("a review page past its limits", () => {
  it("shows the first records, says so on the page, and run.json says so too; the data files hold every record", async () => {
    const out = mkdtempSync(join(tmpdir(), "fundtrace-limited-out-"));
    await runFiles({ inputs: [seedsDir], out, reportLimits: { records: 3 } });
    const manifest = JSON.parse(readFileSync(join(out, "run.json"), "utf8")) as RunManifest;
    const projects = (JSON.parse(readFileSync(join(out, "projects.json"), "utf8")) as { projects: unknown[] }).projects;
    expect(projects.length).toBeGreaterThan(3);
    const limited = manifest.messages.filter((m) => m.ruleId === "exporter/report-limited");
    expect(limited).toHaveLength(1);
    expect(limited[0]).toMatchObject({ severity: "info", source: "report.html" });
    expect(limited[0]!.reason).toContain(`3 records of ${projects.length} records`);
    const page = readFileSync(join(out, "report.html"), "utf8");
    expect(page).toContain('<p class="notice" role="note">');
    expect((page.match(/<tr[^>]* data-record=/g) ?? []).length).toBe(3);
  });

  it("a run within the limits says nothing of them", async () => {
    const out = mkdtempSync(join(tmpdir(), "fundtrace-unlimited-out-"));
    await runFiles({ inputs: [seedsDir], out });
    const manifest = JSON.parse(readFileSync(join(out, "run.json"), "utf8")) as RunManifest;
    expect(manifest.messages.filter((m) => m.ruleId === "exporter/report-limited")).toEqual([]);
  });
});
