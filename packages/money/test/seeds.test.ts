// Every amount the seed gold annotates must be found inside its quote with the gold value and
// qualifier; the gold negatives (totals, salaries) are still money, and are read as such.
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Amount } from "@fundtrace/contract";
import { findMoney } from "@fundtrace/money";

const seedsDir = fileURLToPath(new URL("../../../seeds/", import.meta.url));
const goldPath = fileURLToPath(new URL("../../../../shared/eval/gold/seeds.json", import.meta.url));

interface GoldMention {
  doc: string;
  quote?: string;
  amount: { value: number; qualifier: string } | null;
}
const gold = JSON.parse(readFileSync(goldPath, "utf8")) as {
  projects: Array<{ mentions: GoldMention[] }>;
  negatives: Array<{ doc: string; quote: string }>;
};
const docs = new Map(
  readdirSync(seedsDir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => [f.replace(/\.txt$/, ""), readFileSync(seedsDir + f, "utf8")] as const),
);
const amountsOf = new Map([...docs].map(([id, text]) => [id, findMoney(text, { source: id })]));
const stated = gold.projects.flatMap((p) => p.mentions).filter((m) => m.amount !== null && m.quote !== undefined);

describe("seed gold amounts", () => {
  it("covers the annotated amounts", () => {
    expect(stated.length).toBeGreaterThanOrEqual(150);
  });

  it("finds every annotated amount inside its quote, with value and qualifier", () => {
    const wrong: string[] = [];
    for (const m of stated) {
      const text = docs.get(m.doc)!;
      const at = text.indexOf(m.quote!);
      expect(at, m.quote).toBeGreaterThanOrEqual(0);
      const inQuote = amountsOf.get(m.doc)!.filter((a) => a.start >= at && a.end <= at + m.quote!.length);
      const hit = inQuote.find((a) => Math.abs(a.value - m.amount!.value) <= 0.005 * m.amount!.value);
      if (!hit || hit.qualifier !== m.amount!.qualifier) {
        wrong.push(`${m.quote} → ${JSON.stringify(inQuote.map((a) => [a.text, a.value, a.qualifier]))}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("gives offsets into the original text and amounts that satisfy the contract", () => {
    for (const [id, amounts] of amountsOf) {
      const text = docs.get(id)!;
      expect(amounts.length).toBeGreaterThan(0);
      for (const a of amounts) {
        expect(text.slice(a.start, a.end)).toBe(a.text);
        expect(Amount.safeParse(a).success).toBe(true);
      }
    }
  });

  it("reads the currency-less seed amount from the passage", () => {
    const amounts = amountsOf.get("003_5d1ea6860e1d9bcb")!;
    const bare = amounts.find((a) => a.text === "350k");
    expect(bare).toMatchObject({ value: 350_000, currency: "GBP", currencyInferred: true });
  });

  it("reads the gold negatives as the money they are (rejecting them is extraction's job)", () => {
    const expectations: Record<string, Partial<Amount>> = {
      "nearly £2m in funding": { value: 2_000_000, qualifier: "under" },
      "£42,403 - £45,441": { kind: "range", min: 42_403, max: 45_441 },
      "£2m to seven teams": { value: 2_000_000, kind: "single" },
      "the Department for Education’s £200m children’s social care innovation fund": { value: 200_000_000 },
    };
    for (const [quote, expected] of Object.entries(expectations)) {
      const neg = gold.negatives.find((n) => n.quote === quote);
      expect(neg, quote).toBeDefined();
      const text = docs.get(neg!.doc)!;
      const at = text.indexOf(quote);
      const inside = amountsOf.get(neg!.doc)!.filter((a) => a.start >= at && a.end <= at + quote.length);
      expect(inside, quote).toHaveLength(1);
      expect(inside[0]).toMatchObject(expected);
    }
  });
});
