import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Mention, RunManifest } from "@fundtrace/contract";
import { documentIdOf, runFiles } from "@fundtrace/pipeline";
import { property, timeout } from "./properties/budget.js";

const safeId = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}._-]*$/u;
const reserved = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i;

/** Does joining the id to a folder stay inside it? */
const staysInside = (id: string) => { const out = resolve("/srv/out"); const p = resolve(out, `${id}.json`); return dirname(p) === out && relative(out, p) === `${id}.json`; };

function checkId(id: string): void {
  if (!safeId.test(id)) throw new Error(`id ${JSON.stringify(id)} has unsafe characters`);
  if (reserved.test(id.split(".")[0]!)) throw new Error(`id ${JSON.stringify(id)} is a Windows device name`);
  if (Array.from(id).length > 100) throw new Error(`id ${JSON.stringify(id)} is too long`);
  if (/[.]$/.test(id)) throw new Error(`id ${JSON.stringify(id)} ends with a dot`);
  if (!staysInside(id)) throw new Error(`id ${JSON.stringify(id)} escapes its folder`);
}

describe("document ids", () => {
  it.each([
    ["../../etc/passwd.txt", "passwd"],
    ["a/b\\c.txt", "b_c"],
    ["..\\..\\windows\\system32\\evil.txt", "windows_system32_evil"],
    ["CON.txt", "CON_"],
    ["nul.txt", "nul_"],
    ["com1.report.txt", "com1_.report"],
    ["Lpt9", "Lpt9_"],
    ["nul\u0000byte.txt", "nul_byte"],
    ["\u2400null-symbol.txt", "null-symbol"],
    ["\u202eevil\u202dtxt.exe.txt", "evil_txt.exe"],
    ["zero\u200bwidth\u200d.txt", "zero_width"],
    ["\u05e9\u05dc\u05d5\u05dd.txt", "\u05e9\u05dc\u05d5\u05dd"],
    ["\u0645\u0631\u062d\u0628\u0627 \u2067x\u2069.txt", "\u0645\u0631\u062d\u0628\u0627_x"],
    ["cafe\u0301.txt", "caf\u00e9"],
    ["-rf.txt", "rf"],
    ["...txt", "document"],
    [".hidden", "hidden"],
    ["report. .txt", "report"],
    ["\ud800lone.txt", "lone"],
    ["x".repeat(500) + ".txt", "x".repeat(100)],
    ["𝐀".repeat(150) + ".txt", "𝐀".repeat(100)],
  ])("%j becomes %j", (name, id) => {
    expect(documentIdOf(name)).toBe(id);
    checkId(documentIdOf(name));
  });

  it("any file name gives a safe id", () => {
    property("documentIdOf", "any name", fc.oneof(fc.string({ unit: "binary", maxLength: 60 }), fc.array(fc.constantFrom("..", "/", "\\", ".", "CON", "nul", "a", "\u202e", "\u0000", " ", "txt", "\u0301"), { maxLength: 12 }).map((p) => p.join(""))), (name) => checkId(documentIdOf(name)), 500);
  }, timeout);
});

describe("hostile inputs cannot read or write other files", () => {
  const root = mkdtempSync(join(tmpdir(), "fundtrace-ids-"));
  const inputs = join(root, "inputs");
  const outside = join(root, "outside");
  mkdirSync(inputs);
  mkdirSync(outside);
  const line = (org: string) => `${org} (£1.2m) to pilot a new service\n`;
  const names = ["..\\..\\escape.txt", "CON.txt", "a\\b.txt", "\u202eevil\u202d.txt", "new\nline.txt", "-rf.txt", " spaced .txt", "tab\there.txt", "\u0645\u0631\u062d\u0628\u0627.txt", "..txt"];
  names.forEach((n, i) => writeFileSync(join(inputs, n), line(["Leeds City Council", "Hackney Council", "Bristol City Council", "Durham University", "Camden Council", "Wigan Council", "Rochdale Council", "Oxford City Council", "Bath and North East Somerset Council", "Cheshire East Council"][i]!)));
  writeFileSync(join(outside, "secret.txt"), line("Secret Borough Council"));
  symlinkSync(join(outside, "secret.txt"), join(inputs, "link-to-secret.txt"));
  symlinkSync(outside, join(inputs, "link-to-folder"));

  it("writes only its outputs, inside --out; ids are safe and unique; links in folders are not followed", async () => {
    const out = join(root, "out");
    const before = readdirSync(root).sort();
    // Hidden files are left out of a folder walk, so the two names starting with "." are also named on their own.
    const run = await runFiles({ inputs: [inputs, join(inputs, "..\\..\\escape.txt"), join(inputs, "..txt")], out });
    expect(readdirSync(root).sort()).toEqual([...before, "out"].sort());
    expect(readdirSync(outside)).toEqual(["secret.txt"]);
    const manifest = JSON.parse(readFileSync(join(out, "run.json"), "utf8")) as RunManifest;
    expect(readdirSync(out).sort()).toEqual([...manifest.outputs.map((o) => o.file), "run.json"].sort());
    expect(manifest.outputs.map((o) => o.file)).toEqual(expect.arrayContaining(["mentions.csv", "mentions.jsonl", "projects.csv", "projects.json"]));
    const processed = manifest.inputs.filter((i) => i.status === "processed");
    expect(processed).toHaveLength(names.length);
    for (const i of manifest.inputs) checkId(i.id);
    expect(new Set(manifest.inputs.map((i) => i.id)).size).toBe(manifest.inputs.length);
    const links = manifest.inputs.filter((i) => i.path.includes("link-to"));
    expect(links.map((l) => [l.status, l.reason])).toEqual([
      ["skipped", expect.stringMatching(/^Expected a file or folder, received a symbolic link .*link-to-folder/)],
      ["skipped", expect.stringMatching(/^Expected a file or folder, received a symbolic link .*link-to-secret/)],
    ]);
    const mentions = readFileSync(join(out, "mentions.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Mention);
    expect(mentions).toHaveLength(names.length);
    expect(JSON.stringify(mentions)).not.toContain("Secret");
    expect(run.exitCode).toBe(1);
  });

  it("refuses a named pipe or a device given as input instead of reading it forever", async () => {
    const fifo = join(root, "pipe.txt");
    try { execFileSync("mkfifo", [fifo]); } catch { return; }
    const out = join(root, "out-fifo");
    const run = await runFiles({ inputs: [fifo, "/dev/zero"], out });
    expect(run.exitCode).toBe(1);
    expect(run.manifest.inputs.map((i) => [i.status, i.reason])).toEqual([
      ["skipped", expect.stringMatching(/^Expected a regular file, received a character device/)],
      ["skipped", expect.stringMatching(/^Expected a regular file, received a named pipe/)],
    ]);
  });
});
