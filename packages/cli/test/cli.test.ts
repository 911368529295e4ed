import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main, type Io } from "@fundtrace/cli";

function capture(): Io & { out: string; err: string } {
  const io = { out: "", err: "", isTTY: false, stdout: (s: string) => { io.out += s; }, stderr: (s: string) => { io.err += s; } };
  return io;
}

describe("fundtrace command line", () => {
  it.each([[[]], [["help"]], [["--help"]], [["pipeline", "--help"]], [["add", "--help"]], [["explain", "--help"]]])("%j prints help and exits 0", async (args) => {
    const io = capture();
    expect(await main(args, io)).toBe(0);
    expect(io.out).toMatch(/fundtrace/);
  });

  it("exits 2 with a clear message for an unknown command or option", async () => {
    const io = capture();
    expect(await main(["frobnicate"], io)).toBe(2);
    expect(io.err).toMatch(/Expected a command/);
    const io2 = capture();
    expect(await main(["pipeline", "--colour"], io2)).toBe(2);
    const io3 = capture();
    expect(await main(["pipeline", "--concurrency", "zero"], io3)).toBe(2);
    expect(io3.err).toMatch(/Expected --concurrency/);
  });

  it("exits 1 and lists the reason when an input cannot be read, still processing the others", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fundtrace-cli-"));
    writeFileSync(join(dir, "good.txt"), "Leeds City Council (£1.2m) to pilot a new service.\n");
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0, 1, 2, 3, 0, 255, 0]));
    const out = join(dir, "out");
    const io = capture();
    expect(await main(["pipeline", dir, join(dir, "missing.txt"), "--out", out], io)).toBe(1);
    const manifest = JSON.parse(readFileSync(join(out, "run.json"), "utf8"));
    const byPath = (p: string) => manifest.inputs.find((i: { path: string }) => i.path.endsWith(p));
    expect(byPath("good.txt").status).toBe("processed");
    expect(byPath("binary.txt")).toMatchObject({ status: "skipped" });
    expect(byPath("binary.txt").reason).toMatch(/binary/);
    expect(byPath("missing.txt")).toMatchObject({ status: "skipped" });
    expect(io.err).toMatch(/skipped/);
    const mentions = readFileSync(join(out, "mentions.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(mentions[0].organisations[0].name).toBe("Leeds City Council");
    expect(mentions[0].organisations[0].link.orgId).toBe("GB-LAE-LDS");
  });
});

describe("--format", () => {
  it("runs only the writers asked for, and refuses unknown ones", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fundtrace-format-"));
    writeFileSync(join(dir, "a.txt"), "Leeds City Council (£1.2m) to pilot a new service.\n");
    const out = join(dir, "out");
    expect(await main(["pipeline", join(dir, "a.txt"), "--out", out, "--format", "csv", "--quiet"], capture())).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, "run.json"), "utf8"));
    expect(manifest.outputs.map((o: { file: string }) => o.file)).toEqual(["mentions.jsonl", "projects.json", "projects.csv", "mentions.csv"]);
    const io = capture();
    expect(await main(["pipeline", "--format", "pdf"], io)).toBe(2);
    expect(io.err).toMatch(/Expected --format from/);
  });
});
