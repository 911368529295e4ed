import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it, vi } from "vitest";

/** The README opens with a runnable example; run it and compare what it prints with what the README says it yields. */
it("runs the README's opening example and yields what the README shows", async () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const code = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  const shown = /```text\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
  expect(readme.startsWith("# @fundtrace/dedupe\n\n```ts\n")).toBe(true);
  const file = join(mkdtempSync(join(tmpdir(), "dedupe-readme-")), "example.ts");
  writeFileSync(file, code!);
  const printed: unknown[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void printed.push(args[0]));
  try {
    await import(file);
  } finally {
    log.mockRestore();
  }
  const records = printed[0] as { id: string; mentions: string[]; amount: string }[];
  expect(records.map((r) => r.mentions)).toEqual([["list-1", "news-1"], ["list-2"]]);
  for (const r of records) expect(shown).toContain(r.id);
  const explanation = printed[1] as string;
  for (const line of explanation.split("\n").slice(0, 4)) expect(shown).toContain(line);
});
