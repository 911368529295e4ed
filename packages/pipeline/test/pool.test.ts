import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadRegister, runPipeline, runPipelineConcurrently } from "@fundtrace/pipeline";
import { seedFiles } from "./helpers.js";

const fixtures = new URL("../../../fixtures/extraction/", import.meta.url);
const documents = [
  ...seedFiles.map((f) => ({ id: f.split("/").pop()!.replace(/\.txt$/, ""), text: readFileSync(f, "utf8") })),
  ...readdirSync(fixtures).filter((f) => f.endsWith(".txt")).map((f) => ({ id: f.replace(/\.txt$/, ""), text: readFileSync(new URL(f, fixtures), "utf8") })),
];

describe("extraction in worker threads", () => {
  it("gives exactly the records, mentions and messages of the single-threaded run", async () => {
    const register = await loadRegister();
    const serial = runPipeline(documents, { register });
    const pooled = await runPipelineConcurrently([...documents].reverse(), { register, concurrency: 2 });
    expect(JSON.stringify(pooled)).toBe(JSON.stringify(serial));
    expect(serial.projects.length).toBeGreaterThan(100);
  });
});
