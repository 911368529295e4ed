import { describe, expect, it } from "vitest";
import type { Mention } from "@fundtrace/contract";
import { main, type Io } from "@fundtrace/cli";
import { runFiles } from "@fundtrace/pipeline";
import { readOut, seedsDir, tempDir } from "./helpers.js";

const out = tempDir("explain");
await runFiles({ inputs: [seedsDir], out });
const mentions = readOut(out, "mentions.jsonl").trim().split("\n").map((l) => JSON.parse(l) as Mention);
const find = (doc: string, org: RegExp, value: number) => {
  const m = mentions.find((x) => x.doc.startsWith(doc) && x.amount?.value === value && x.organisations.some((o) => org.test(o.name)));
  if (!m) throw new Error(`no mention of ${org} £${value} in ${doc}`);
  return m.id;
};
async function explain(a: string, b: string): Promise<string> {
  let text = "";
  const io: Io = { isTTY: false, stdout: (s) => { text += s; }, stderr: (s) => { text += s; } };
  expect(await main(["explain", a, b, "--out", out], io)).toBe(0);
  return text;
}

describe("fundtrace explain on the seeds", () => {
  it("shows why Hackney's two grants are separate", async () => {
    const text = await explain(find("004", /Hackney/, 2000000), find("004", /Hackney/, 1970000));
    expect(text).toMatch(/different projects|kept apart/);
    expect(text).toMatch(/round|name|document/i);
  });
  it("shows why Hertfordshire's round 1 and round 2 grants are separate", async () => {
    const text = await explain(find("004", /Hertfordshire/, 4800000), find("004", /Hertfordshire/, 11600000));
    expect(text).toMatch(/different projects|kept apart/);
    expect(text).toMatch(/amount/);
  });
  it("shows why 002's Hackney mention joins 004's", async () => {
    const a = find("002", /Hackney/, 2000000);
    const b = find("004", /Hackney/, 2000000);
    const text = await explain(a, b);
    expect(text).toMatch(/same project|merged|one project/i);
    const record = (id: string) => new RegExp(`${id} is in record ([\\w-]+)`).exec(text)?.[1];
    expect(record(a)).toBeDefined();
    expect(record(a)).toBe(record(b));
  });
});
