// Cases from two established parsers (shared/data/peer-money). The scoring is shared with the
// benchmark (bench/peer-scoring.mjs); every Duckling case we do not support must be listed, with
// its reason, in the README's "Duckling cases not supported" table.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findMoney } from "@fundtrace/money";
// @ts-expect-error plain JavaScript shared with the benchmark
import { ducklingPasses } from "../bench/peer-scoring.mjs";

const dir = fileURLToPath(new URL("../../../../shared/data/peer-money/", import.meta.url));
const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
interface DucklingCase {
  input: string;
  kind: string;
  currency: string;
  value?: number;
  min?: number;
  max?: number;
}
const duckling = JSON.parse(readFileSync(`${dir}duckling-en-money-cases.json`, "utf8")) as {
  negative: string[];
  cases: DucklingCase[];
};
const recognizers = JSON.parse(readFileSync(`${dir}currency-gbp-cases.json`, "utf8")) as {
  cases: Array<{ input: string; expected: Array<{ text: string; value: string; unit: string; start: number; end: number }> }>;
};

/** Inputs in the README table, each with a non-empty reason. */
function documentedUnsupported(): Map<string, string> {
  const section = readme.split("### Duckling cases not supported")[1]?.split(/\n#{2,3} /)[0] ?? "";
  const rows = [...section.matchAll(/^\| `([^`]+)` \| (.+) \|$/gm)];
  return new Map(rows.map((r) => [r[1]!, r[2]!.trim()]));
}

describe("duckling EN money corpus", () => {
  const failures = duckling.cases.filter((c) => !(ducklingPasses(c, findMoney(c.input, { defaultCurrency: "GBP" })) as boolean));

  it("resolves at least 95% of the 155 positive cases (value, currency, interval kind)", () => {
    expect(duckling.cases).toHaveLength(155);
    const rate = (duckling.cases.length - failures.length) / duckling.cases.length;
    expect(rate, `failures: ${failures.map((c) => c.input).join(" | ")}`).toBeGreaterThanOrEqual(0.95);
  });

  it("lists every failure, with its reason, in the README", () => {
    const documented = documentedUnsupported();
    expect(documented.size).toBeGreaterThan(0);
    for (const reason of documented.values()) expect(reason.length).toBeGreaterThan(20);
    expect(failures.map((c) => c.input).filter((input) => !documented.has(input))).toEqual([]);
    // And the table claims nothing that now works.
    const working = [...documented.keys()].filter((input) => !failures.some((c) => c.input === input));
    expect(working).toEqual([]);
  });

  it("resolves every interval case (between, under, above)", () => {
    expect(failures.filter((c) => c.kind !== "simple").map((c) => c.input)).toEqual([]);
  });

  it("finds no money in the negatives", () => {
    for (const text of duckling.negative) expect(findMoney(text, { defaultCurrency: "GBP" }), text).toEqual([]);
  });
});

describe("Recognizers-Text GBP cases", () => {
  it("has the 13 cases", () => expect(recognizers.cases).toHaveLength(13));

  it.each(recognizers.cases.map((c) => [c.input, c] as const))("%s", (_input, c) => {
    const found = findMoney(c.input);
    for (const e of c.expected) {
      const minor = e.unit === "Pence" || e.unit === "Penny";
      // Their end offset is inclusive; ours is exclusive.
      const hit = found.find((a) => a.start === e.start && a.end === e.end + 1);
      expect(hit, e.text).toBeDefined();
      expect(hit!.text.toLowerCase()).toBe(e.text.toLowerCase());
      expect(Math.abs(hit!.value - Number(e.value) * (minor ? 0.01 : 1))).toBeLessThan(1e-9);
      expect(hit!.currency).toBe("GBP");
    }
  });
});
