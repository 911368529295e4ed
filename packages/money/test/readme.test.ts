// The README opens with an example; run it and check that what it prints is what it shows.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as money from "@fundtrace/money";

const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");

describe("README", () => {
  it("opens with a TypeScript example importing from @fundtrace/money", () => {
    expect(readme).toMatch(/^# @fundtrace\/money\n\n```ts\nimport \{[^}]+\} from "@fundtrace\/money";/);
  });

  it("shows what the example really prints", () => {
    const code = /```ts\n([\s\S]*?)```/.exec(readme)![1]!;
    const shown = code
      .split("\n")
      .filter((line) => line.startsWith("// "))
      .map((line) => line.slice(3));
    const body = code
      .split("\n")
      .filter((line) => !line.startsWith("import "))
      .join("\n");
    const printed: string[] = [];
    const consoleStub = {
      log: (...args: unknown[]) => printed.push(args.map(String).join(" ")),
      assert: (cond: unknown) => expect(cond).toBeTruthy(),
    };
    new Function("findMoney", "parseMoney", "console", body)(money.findMoney, money.parseMoney, consoleStub);
    expect(printed).toEqual(shown);
  });
});
