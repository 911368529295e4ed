import { closeSync, cpSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main, type Io } from "@fundtrace/cli";
import type { Mention, RunManifest } from "@fundtrace/contract";

const brokenDir = new URL("../../../fixtures/broken/", import.meta.url).pathname;

function capture(): Io & { out: string; err: string } {
  const io = { out: "", err: "", isTTY: false, stdout: (s: string) => { io.out += s; }, stderr: (s: string) => { io.err += s; } };
  return io;
}

/**
 * A 100 MB input written at test time: a grant, a 50 MB single line (long words), 50 MB of long
 * blank lines, and another grant. (Long runs of spaces inside a paragraph are quadratic in
 * @fundtrace/extract today: see the "long-space-runs" kind of scripts/adversarial.mjs.)
 */
function writeHuge(path: string): number {
  const fd = openSync(path, "w");
  let bytes = 0;
  const put = (s: string) => { bytes += writeSync(fd, s); };
  put("Huge file of grants\n\nWigan Council (£85,000) to extend family group conferencing\n\n");
  const words = `${"x".repeat(999)} `.repeat(1000);
  for (let i = 0; i < 50; i++) put(words);
  put("\n");
  const blank = `${" ".repeat(999)}\n`.repeat(1000);
  for (let i = 0; i < 50; i++) put(blank);
  put("\nRutland County Council (£40,000) to recruit foster carers\n");
  closeSync(fd);
  return bytes;
}

describe("a folder of broken inputs", () => {
  const dir = mkdtempSync(join(tmpdir(), "fundtrace-broken-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("runs to completion with exit code 1: every good document processed, every bad one listed with its reason", async () => {
    cpSync(brokenDir, dir, { recursive: true });
    const hugeBytes = writeHuge(join(dir, "huge.txt"));
    expect(hugeBytes).toBeGreaterThan(100_000_000);
    const out = join(dir, "out");
    const io = capture();
    expect(await main(["pipeline", dir, "--out", out], io)).toBe(1);
    const manifest = JSON.parse(readFileSync(join(out, "run.json"), "utf8")) as RunManifest;
    const byName = new Map(manifest.inputs.map((i) => [i.path.split("/").pop()!, i]));
    expect([...byName.keys()].sort()).toEqual(["binary.txt", "empty.txt", "funding-list.html", "huge.txt", "lone-cr.txt", "utf16be-bom.txt", "utf16le-bom.txt", "utf8-bom-crlf.txt", "whitespace-only.txt", "windows-1252.txt"]);
    expect(byName.get("binary.txt")).toMatchObject({ status: "skipped", reason: "Expected text, received NUL bytes (a binary file)", encoding: null, mentions: 0 });
    expect(io.err).toContain("skipped");
    expect(io.err).toContain("binary.txt: Expected text, received NUL bytes (a binary file)");
    const expected: Record<string, [string, number]> = {
      "empty.txt": ["utf-8", 0],
      "whitespace-only.txt": ["utf-8", 0],
      "funding-list.html": ["utf-8", 5],
      "huge.txt": ["utf-8", 2],
      "lone-cr.txt": ["utf-8", 2],
      "utf16be-bom.txt": ["utf-16be", 3],
      "utf16le-bom.txt": ["utf-16le", 3],
      "utf8-bom-crlf.txt": ["utf-8-bom", 2],
      "windows-1252.txt": ["windows-1252", 1],
    };
    for (const [name, [encoding, mentions]] of Object.entries(expected)) {
      expect(byName.get(name), name).toMatchObject({ status: "processed", reason: null, encoding, mentions });
    }
    expect(byName.get("huge.txt")!.bytes).toBe(hugeBytes);
    expect(manifest.messages).toEqual(expect.arrayContaining([
      expect.objectContaining({ ruleId: "input/encoding", severity: "warning", source: expect.stringMatching(/windows-1252\.txt$/), reason: "Expected UTF-8, received 5 invalid byte sequences; decoded as Windows-1252" }),
      expect.objectContaining({ ruleId: "input/html", severity: "info", source: expect.stringMatching(/funding-list\.html$/) }),
    ]));

    const mentions = readFileSync(join(out, "mentions.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Mention);
    const recipients = (doc: string) => mentions.filter((m) => m.doc === doc).flatMap((m) => m.organisations.map((o) => o.name));
    expect(recipients("utf16le-bom")).toEqual(["Leeds City Council", "Bristol City Council", "Durham University"]);
    expect(recipients("utf16be-bom")).toEqual(["Sheffield City Council", "Bristol City Council", "Durham University"]);
    expect(recipients("windows-1252")).toEqual(["Camden Council"]);
    expect(mentions.find((m) => m.doc === "windows-1252")!.name).toBe("Mockingbird");
    expect(recipients("huge")).toEqual(["Wigan Council", "Rutland County Council"]);
    expect(recipients("funding-list")).toEqual(expect.arrayContaining(["Gateshead Council", "Kirklees Council", "Northumberland County Council", "Sunderland City Council"]));
    expect(JSON.stringify(mentions)).not.toContain("Nowhere Council");
    expect(JSON.stringify(mentions)).not.toContain("9999999");
    const html = readFileSync(join(brokenDir, "funding-list.html"), "utf8");
    for (const m of mentions.filter((x) => x.doc === "funding-list")) {
      for (const o of m.organisations) expect(html.slice(o.start, o.end).replace(/&amp;/g, "&").replace(/&rsquo;/g, "’")).toBe(o.name);
      expect(html.slice(m.amount!.start, m.amount!.end)).toMatch(/^(&pound;|&#163;)[\d,]+$/);
    }
    const huge = mentions.filter((m) => m.doc === "huge");
    expect(huge[1]!.start).toBeGreaterThan(100_000_000);
  }, 300_000);
});
