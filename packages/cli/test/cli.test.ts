import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main, type Io } from "@fundtrace/cli";

function capture(isTTY = false): Io & { out: string; err: string } {
  const io = { out: "", err: "", isTTY, stdout: (s: string) => { io.out += s; }, stderr: (s: string) => { io.err += s; } };
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

describe("progress", () => {
  const input = () => {
    const dir = mkdtempSync(join(tmpdir(), "fundtrace-progress-"));
    writeFileSync(join(dir, "a.txt"), "Leeds City Council (£1.2m) to pilot a new service.\n");
    writeFileSync(join(dir, "b.txt"), "Bristol City Council has been awarded £2 million.\n");
    return dir;
  };
  const CLEAR = "\r\u001b[K";

  it("on a terminal, shows each stage on one line, overwritten as the run moves on and cleared before the summary", async () => {
    const dir = input();
    const io = capture(true);
    expect(await main(["pipeline", dir, "--out", join(dir, "out")], io)).toBe(0);
    const lines = io.err.split(CLEAR).filter(Boolean);
    expect(lines[0]).toMatch(/^reading inputs: [12]\/2$/);
    expect(lines).toContain("reading inputs: 2/2");
    expect(lines).toContain("extracting: 2/2 documents");
    expect(lines).toContain("reconciling: 7/7 phases (decisions done)");
    expect(lines).toContain("writing projects.json: 2/6");
    expect(lines.at(-1)).toBe("written: 6/6");
    expect(io.err.endsWith(CLEAR)).toBe(true); // the summary starts on a clean line
    expect(io.out).toMatch(/^2 of 2 inputs processed/);
  });

  it("shows nothing when stderr is not a terminal, or with --quiet", async () => {
    const dir = input();
    const piped = capture(false);
    expect(await main(["pipeline", dir, "--out", join(dir, "out")], piped)).toBe(0);
    expect(piped.err).toBe("");
    const quiet = capture(true);
    expect(await main(["pipeline", dir, "--out", join(dir, "out"), "--quiet"], quiet)).toBe(0);
    expect(quiet.err).toBe("");
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
