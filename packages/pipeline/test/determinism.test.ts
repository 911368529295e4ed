import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runFiles } from "@fundtrace/pipeline";
import { seedFiles, tempDir, withoutTimings } from "./helpers.js";

const fixturesDir = new URL("../../../fixtures/extraction/", import.meta.url).pathname;
const fixtureFiles = readdirSync(fixturesDir).filter((f) => /\.(txt|md)$/.test(f)).map((f) => join(fixturesDir, f));

/** Two files with the same name in different folders (ids get suffixes), an HTML page and a Windows-1252 file. */
const extra = mkdtempSync(join(tmpdir(), "fundtrace-order-"));
mkdirSync(join(extra, "a"));
mkdirSync(join(extra, "b"));
writeFileSync(join(extra, "a", "report.txt"), "Leeds City Council (£1.2m) to pilot a new service\n");
writeFileSync(join(extra, "b", "report.txt"), "Hackney council has been awarded £2 million to test ‘contextual safeguarding theory’.\n");
writeFileSync(join(extra, "page.html"), "<html><body><ul><li>Bristol City Council (&pound;450,000) to test a new service</li><li>Leeds City Council (&pound;1.2m) to pilot a new service</li></ul></body></html>");
writeFileSync(join(extra, "latin.txt"), Buffer.from("Camden Council (\xa3300,000) to extend the \x93Mockingbird\x94 model\n", "latin1"));
const inputs = [...seedFiles, ...fixtureFiles, join(extra, "a", "report.txt"), join(extra, "b", "report.txt"), join(extra, "page.html"), join(extra, "latin.txt")];

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const outputsOf = (dir: string) => new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]));

describe("determinism", () => {
  it("gives byte-identical outputs (run.json timings aside) whatever the input order and concurrency", async () => {
    const reference = tempDir("det-ref");
    await runFiles({ inputs, out: reference, concurrency: 1 });
    const expected = outputsOf(reference);
    expect(expected.size).toBeGreaterThanOrEqual(5);
    const ids = (JSON.parse(expected.get("run.json")!) as { inputs: Array<{ id: string }> }).inputs.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(["report", "report-2", "page", "latin"]));
    const variants: Array<[string, string[], number]> = [
      ["reversed, concurrency 4", [...inputs].reverse(), 4],
      ["shuffle 1, concurrency 4", shuffled(inputs, 1), 4],
      ["shuffle 2, concurrency 1", shuffled(inputs, 2), 1],
      ["shuffle 3, concurrency 16", shuffled(inputs, 3), 16],
      ["folders instead of files, concurrency 4", shuffled([extra, fixturesDir, new URL("../../../seeds/", import.meta.url).pathname], 4), 4],
    ];
    for (const [label, order, concurrency] of variants) {
      const dir = tempDir("det");
      await runFiles({ inputs: order, out: dir, concurrency });
      const got = outputsOf(dir);
      expect([...got.keys()].sort(), label).toEqual([...expected.keys()].sort());
      for (const [f, content] of expected) {
        if (f === "run.json") expect(withoutTimings(got.get(f)!), `${label}: ${f}`).toBe(withoutTimings(content));
        else expect(got.get(f), `${label}: ${f}`).toBe(content);
      }
    }
  }, 300_000);
});
