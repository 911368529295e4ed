import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as tokeniser from "@fundtrace/tokeniser";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

/** The README's opening example: the first ```ts block and the ```text block after it. */
function example(): { code: string; output: string } {
  const code = /^```ts\n([\s\S]*?)^```$/m.exec(readme);
  const output = /^```text\n([\s\S]*?)^```$/m.exec(readme);
  if (!code || !output) throw new Error("README has no ```ts example followed by ```text output");
  return { code: code[1]!, output: output[1]! };
}

describe("README", () => {
  it("opens with the example", () => {
    expect(readme).toMatch(/^# [^\n]+\n\n```ts\nimport \{[^}]+\} from "@fundtrace\/tokeniser";\n/);
  });
  it("example prints exactly the output it shows", () => {
    const { code, output } = example();
    const imported = /^import \{([^}]*)\} from "@fundtrace\/tokeniser";\n/m.exec(code);
    expect(imported).not.toBeNull();
    const names = imported![1]!.split(",").map((s) => s.trim()).filter(Boolean);
    const body = code.replace(imported![0], "");
    const lines: string[] = [];
    const consoleStub = { log: (...args: unknown[]) => lines.push(args.map(String).join(" ")) };
    const exports = tokeniser as unknown as Record<string, unknown>;
    // the example is plain JavaScript as well as TypeScript, so it runs as a function body
    new Function(...names, "console", body)(...names.map((n) => exports[n]), consoleStub);
    expect(`${lines.join("\n")}\n`).toBe(output);
  });
  it("documents every boilerplate ruleId", () => {
    for (const id of tokeniser.BOILERPLATE_RULE_IDS) expect(readme).toContain(`\`${id}\``);
  });
});
