import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { format } from "node:util";
import { afterEach, describe, expect, test, vi } from "vitest";
import { GRANT_360_COLUMNS, MENTION_COLUMNS, PROJECT_COLUMNS, type Column } from "@fundtrace/exporter";
import { tempDir } from "./helpers.js";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");

/** The "// → …" lines of a block, each the expected output of the console.log before it. */
const expectedOutput = (code: string): string[] => [...code.matchAll(/^\/\/ → (.*)$/gm)].map((m) => m[1] ?? "");

/** The table rows under a heading: "| 1 | Title | Contents |" → ["Title", "Contents"]. */
function tableUnder(heading: string): string[][] {
  const section = readme.slice(readme.indexOf(heading));
  const rows = [...section.matchAll(/^\| (\d+) \| (.*?) \| (.*) \|$/gm)];
  const table: string[][] = [];
  for (const [i, row] of rows.entries()) {
    if (Number(row[1]) !== i + 1) break;
    table.push([row[2] ?? "", (row[3] ?? "").replace(/\\\|/g, "|")]);
  }
  return table;
}
const documented = (columns: ReadonlyArray<Column<never>>) => columns.map((c) => [c.title, c.description]);

afterEach(() => {
  vi.restoreAllMocks();
});

describe("README", () => {
  test("opens with a TypeScript example, before any section", () => {
    expect(readme.indexOf("```ts")).toBeGreaterThan(0);
    expect(readme.indexOf("```ts")).toBeLessThan(readme.indexOf("\n## "));
  });

  test.each(blocks.map((code, i) => [i + 1, code] as const))("example %i runs and prints what it says", async (i, code) => {
    const file = join(tempDir(), `readme-example-${i}.ts`);
    writeFileSync(file, code);
    const printed: string[] = [];
    vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
      printed.push(format(...args));
    });
    await import(/* @vite-ignore */ file);
    expect(printed).toEqual(expectedOutput(code));
    expect(printed.length).toBeGreaterThan(0);
  });

  test("documents the projects CSV columns exactly", () => {
    expect(tableUnder("## Projects CSV")).toEqual(documented(PROJECT_COLUMNS));
  });
  test("documents the mentions CSV columns exactly", () => {
    expect(tableUnder("## Mentions CSV")).toEqual(documented(MENTION_COLUMNS));
  });
  test("documents the flat 360Giving columns exactly", () => {
    expect(tableUnder("`grants360Rows(pkg)` flattens")).toEqual(documented(GRANT_360_COLUMNS));
  });
});
