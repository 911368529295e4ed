import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Runs the first ```ts example of every package README against the built packages (dist/, as `pnpm test`
// builds them with `tsc -b` first): transpiled to JavaScript, written next to the package so `@fundtrace/*`
// imports resolve through its node_modules (and its own name), run with node. It must exit 0 and fail no
// console.assert.

const PACKAGES = fileURLToPath(new URL("../../", import.meta.url));
const readmes = readdirSync(PACKAGES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(PACKAGES, d.name, "README.md")))
  .map((d) => d.name)
  .sort();

/** The first ```ts block of a README, or undefined. */
function firstTsBlock(markdown: string): string | undefined {
  return /^```ts\r?\n([\s\S]*?)^```/mu.exec(markdown)?.[1];
}

describe("README examples", () => {
  it("finds package READMEs to run", () => {
    expect(readmes.length).toBeGreaterThan(0);
  });

  it.each(readmes)("packages/%s/README.md: the first example runs and exits 0", { timeout: 90_000 }, (name) => {
    const dir = join(PACKAGES, name);
    const code = firstTsBlock(readFileSync(join(dir, "README.md"), "utf8"));
    expect(code, `Expected a \`\`\`ts example in packages/${name}/README.md, received none`).toBeDefined();
    const js = ts.transpileModule(code ?? "", {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      fileName: "readme-example.ts",
    }).outputText;
    const file = join(dir, `.readme-example.${process.pid}.${randomBytes(4).toString("hex")}.mjs`);
    writeFileSync(file, js);
    try {
      const run = spawnSync(process.execPath, [file], { cwd: dir, encoding: "utf8", timeout: 60_000 });
      const detail = `packages/${name}/README.md example: exit ${run.status ?? run.signal}\n${run.stderr}`;
      expect(run.error, detail).toBeUndefined();
      expect(run.status, detail).toBe(0);
      expect(run.stderr, detail).not.toMatch(/Assertion failed/u);
      expect(run.stdout.length, `${detail}\nExpected the example to print something, received nothing`).toBeGreaterThan(0);
    } finally {
      rmSync(file, { force: true });
    }
  });
});
