import { linkSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { temporaryPathFor, writeFileAtomic } from "@fundtrace/exporter";
import { namesIn, tempDir } from "./helpers.js";

describe("writeFileAtomic", () => {
  test("writes the file and leaves no temporary file behind", async () => {
    const dir = tempDir();
    const result = await writeFileAtomic(join(dir, "out.json"), "{}\n");
    expect(result.ok).toBe(true);
    expect(namesIn(dir)).toEqual(["out.json"]);
  });

  test("an existing file is replaced whole: a longer old file leaves no tail", async () => {
    const dir = tempDir();
    const file = join(dir, "out.csv");
    writeFileSync(file, "x".repeat(10_000));
    await writeFileAtomic(file, "short\r\n");
    expect(readFileSync(file, "utf8")).toBe("short\r\n");
    expect(namesIn(dir)).toEqual(["out.csv"]);
  });

  test("replaces by rename, never by writing into the old file (a hard link to the old file keeps the old bytes)", async () => {
    const dir = tempDir();
    const file = join(dir, "projects.csv");
    writeFileSync(file, "old contents\r\n");
    linkSync(file, join(dir, "old-inode"));
    await writeFileAtomic(file, "new contents\r\n");
    expect(readFileSync(file, "utf8")).toBe("new contents\r\n");
    expect(readFileSync(join(dir, "old-inode"), "utf8")).toBe("old contents\r\n");
  });

  test("the temporary file is hidden, in the same directory, and unique", () => {
    const file = join("/some/dir", "projects.csv");
    const a = temporaryPathFor(file);
    expect(a).toMatch(/^\/some\/dir\/\.projects\.csv\.\d+\.[0-9a-f]{12}\.tmp$/);
    expect(temporaryPathFor(file)).not.toBe(a);
  });

  test("when the rename fails, the target is untouched and the temporary file is removed", async () => {
    const dir = tempDir();
    const target = join(dir, "taken");
    mkdirSync(target);
    writeFileSync(join(target, "inside.txt"), "keep me");
    const result = await writeFileAtomic(target, "data");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]?.ruleId).toBe("exporter/write");
      expect(result.issues[0]?.reason).toMatch(/^Expected to write .*taken, received E[A-Z]+: /);
    }
    expect(namesIn(dir)).toEqual(["taken"]);
    expect(readFileSync(join(target, "inside.txt"), "utf8")).toBe("keep me");
  });

  test("a missing directory is an issue, not an exception", async () => {
    const dir = tempDir();
    const result = await writeFileAtomic(join(dir, "nope", "out.txt"), "data");
    expect(result.ok).toBe(false);
    expect(namesIn(dir)).toEqual([]);
  });
});
