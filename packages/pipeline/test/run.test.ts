import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Mention, Project } from "@fundtrace/contract";
import { create360GivingValidator, load360GivingSchemas } from "@fundtrace/exporter";
import { RECONCILE_PHASES } from "@fundtrace/dedupe";
import { runFiles, type RunProgress } from "@fundtrace/pipeline";
import { readOut, seedFiles, seedsDir, tempDir, validate, withoutTimings } from "./helpers.js";

const outputs = ["mentions.jsonl", "projects.json", "projects.csv", "mentions.csv", "report.html", "360giving.json", "360giving.csv", "360giving-report.json", "run.json"];
const first = tempDir("a");
const progress: RunProgress[] = [];
const reads: number[] = [];
const run = await runFiles({ inputs: [seedsDir], out: first, onStage: (p) => progress.push(p), onProgress: (done) => reads.push(done) });

describe("pipeline on the seeds", () => {
  it("writes the five files and exits 0", () => {
    expect(run.exitCode).toBe(0);
    for (const f of outputs) expect(readOut(first, f).length).toBeGreaterThan(0);
    expect(run.manifest.outputs.map((o) => o.file)).toEqual(outputs.filter((f) => f !== "run.json"));
  });

  it("tells its progress stage by stage: inputs read, documents extracted, reconciliation's phases, outputs written", () => {
    const of = (stage: RunProgress["stage"]) => progress.filter((p) => p.stage === stage);
    expect([...new Set(progress.map((p) => p.stage))]).toEqual(["read", "extract", "reconcile", "write"]);
    expect(progress.map((p) => p.stage)).toEqual([...of("read"), ...of("extract"), ...of("reconcile"), ...of("write")].map((p) => p.stage));
    expect(of("read").map((p) => [p.done, p.total])).toEqual(seedFiles.map((_, i) => [i + 1, seedFiles.length]));
    expect(reads).toEqual(seedFiles.map((_, i) => i + 1));
    expect(of("extract").map((p) => [p.done, p.total])).toEqual(seedFiles.map((_, i) => [i + 1, seedFiles.length]));
    expect(of("reconcile").map((p) => [p.done, p.total, p.item])).toEqual([[0, RECONCILE_PHASES.length, undefined], ...RECONCILE_PHASES.map((phase, i) => [i + 1, RECONCILE_PHASES.length, phase])]);
    const steps = ["mentions.jsonl", "projects.json", "projects.csv", "mentions.csv", "report.html", "360giving"];
    expect(of("write").map((p) => [p.done, p.total, p.item])).toEqual([...steps.map((s, i) => [i, steps.length, s]), [steps.length, steps.length, undefined]]);
  });

  it("validates every output against the committed JSON Schemas with ajv", () => {
    const lines = readOut(first, "mentions.jsonl").trim().split("\n");
    expect(lines.length).toBeGreaterThan(100);
    for (const l of lines) expect(validate("mention", JSON.parse(l))).toMatchObject({ ok: true });
    expect(validate("projects", JSON.parse(readOut(first, "projects.json")))).toMatchObject({ ok: true });
    expect(validate("run", JSON.parse(readOut(first, "run.json")))).toMatchObject({ ok: true });
  });

  it("exports a 360Giving package that validates, and reports what it left out", async () => {
    const validate = create360GivingValidator(await load360GivingSchemas());
    const pkg = JSON.parse(readOut(first, "360giving.json"));
    const report = JSON.parse(readOut(first, "360giving-report.json"));
    expect(pkg.grants.length).toBeGreaterThan(0);
    expect(validate.package(pkg, "360giving.json")).toEqual([]);
    expect(report.included.length + report.excluded.length).toBe(JSON.parse(readOut(first, "projects.json")).projects.length);
    for (const e of report.excluded) expect(e.missing.length + e.issues.length).toBeGreaterThan(0);
  });

  it("lists every input with its size and sha256", () => {
    expect(run.manifest.inputs.map((i) => i.status)).toEqual(seedFiles.map(() => "processed"));
    for (const i of run.manifest.inputs) {
      expect(i.bytes).toBeGreaterThan(0);
      expect(i.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it("keeps every span exact: text.slice(start, end) is what was found", () => {
    const texts = new Map(seedFiles.map((f) => [f.split("/").pop()!.replace(/\.txt$/, ""), readFileSync(f, "utf8")]));
    const mentions = readOut(first, "mentions.jsonl").trim().split("\n").map((l) => JSON.parse(l) as Mention);
    for (const m of mentions) {
      const t = texts.get(m.doc)!;
      expect(m.end).toBeLessThanOrEqual(t.length);
      if (m.amount) expect(t.slice(m.amount.start, m.amount.end)).toBe(m.amount.text);
      if (m.nameSpan) expect(t.slice(m.nameSpan.start, m.nameSpan.end)).toBe(m.nameSpan.text);
      for (const o of m.organisations) expect(o.start >= m.start - 200 && o.end <= t.length).toBe(true);
      for (const p of m.places) expect(t.slice(p.start, p.end).replace(/\s+/g, " ")).toBe(p.name);
      for (const q of [m.round, m.theme, m.funder, m.programme, m.announced]) if (q) expect(t.slice(q.start, q.end)).toBe(q.text);
    }
  });

  it("every record's mentions exist and each mention is in at most one record", () => {
    const mentions = new Set(readOut(first, "mentions.jsonl").trim().split("\n").map((l) => (JSON.parse(l) as Mention).id));
    const projects = (JSON.parse(readOut(first, "projects.json")) as { projects: Project[] }).projects;
    const seen = new Set<string>();
    for (const p of projects) for (const id of p.mentions) {
      expect(mentions.has(id)).toBe(true);
      expect(seen.has(id)).toBe(false);
      seen.add(id);
    }
  });

  it("gives byte-identical outputs when run again, and whatever the input order", async () => {
    const second = tempDir("b");
    await runFiles({ inputs: [...seedFiles].reverse(), out: second, concurrency: 1 });
    for (const f of outputs) {
      const [a, b] = [readOut(first, f), readOut(second, f)];
      if (f === "run.json") expect(withoutTimings(b)).toBe(withoutTimings(a));
      else expect(b).toBe(a);
    }
  });
});
