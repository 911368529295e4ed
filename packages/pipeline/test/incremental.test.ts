import { describe, expect, it } from "vitest";
import type { Mention, Project } from "@fundtrace/contract";
import { runFiles } from "@fundtrace/pipeline";
import { readOut, seedFiles, tempDir } from "./helpers.js";

const projectsOf = (dir: string) => (JSON.parse(readOut(dir, "projects.json")) as { projects: Project[] }).projects;
const mentionsOf = (dir: string) => readOut(dir, "mentions.jsonl").trim().split("\n").map((l) => JSON.parse(l) as Mention);
/** A record as a reader sees it: which passages it holds, its amount and recipients. */
const shape = (p: Project) => JSON.stringify({ mentions: [...p.mentions].sort(), amount: p.amount?.value ?? null, organisations: p.organisations.map((o) => o.name).sort() });

describe("incremental runs", () => {
  const whole = tempDir("whole");
  const batched = tempDir("batched");

  it("adding 003–004 to a run of 000–002 gives the same records as one run, and keeps the first batch's ids", async () => {
    await runFiles({ inputs: seedFiles, out: whole });
    await runFiles({ inputs: seedFiles.slice(0, 3), out: batched });
    const firstIds = new Map(projectsOf(batched).map((p) => [p.id, [...p.mentions].sort().join()]));
    await runFiles({ inputs: seedFiles.slice(3), out: batched, incremental: true });

    expect(projectsOf(batched).map(shape).sort()).toEqual(projectsOf(whole).map(shape).sort());
    expect(mentionsOf(batched).map((m) => m.id).sort()).toEqual(mentionsOf(whole).map((m) => m.id).sort());
    const after = projectsOf(batched);
    for (const [id, mentions] of firstIds) {
      const kept = after.find((p) => p.id === id || p.aliases.includes(id));
      expect(kept, `record ${id} of the first batch`).toBeDefined();
      for (const m of mentions.split(",")) expect(kept!.mentions).toContain(m);
    }
    expect(readOut(batched, "projects.json")).toBe(readOut(whole, "projects.json"));
  });

  it("adding the same documents again changes nothing", async () => {
    const before = readOut(whole, "projects.json");
    await runFiles({ inputs: seedFiles.slice(3), out: whole, incremental: true });
    expect(readOut(whole, "projects.json")).toBe(before);
  });
});
