import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { formatJson, formatJsonChunks, formatJsonl, formatJsonlChunks, NoJsonFormError, writeFileAtomic, writeJson, writeJsonl } from "@fundtrace/exporter";
import { mention, project } from "./fixtures.js";
import { namesIn, tempDir } from "./helpers.js";

describe("formatting", () => {
  test("JSON: 2-space indentation and a trailing newline", () => {
    expect(formatJson({ a: [1, { b: "£" }] })).toBe('{\n  "a": [\n    1,\n    {\n      "b": "£"\n    }\n  ]\n}\n');
  });
  test("JSONL: one compact value per line", () => {
    expect(formatJsonl([{ a: 1 }, { b: "x\ny" }])).toBe('{"a":1}\n{"b":"x\\ny"}\n');
    expect(formatJsonl([])).toBe("");
  });
  test("values with no JSON form", () => {
    expect(formatJson(undefined)).toBeUndefined();
    expect(formatJsonl([1, undefined])).toBeUndefined();
  });
});

describe("formatting in pieces", () => {
  test("any JSON value: the pieces join to exactly what formatJson writes", () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => { expect([...formatJsonChunks(v)].join("")).toBe(formatJson(v)); }), { numRuns: 1000 });
    fc.assert(fc.property(fc.array(fc.jsonValue()), (vs) => { expect([...formatJsonlChunks(vs)].join("")).toBe(formatJsonl(vs)); }), { numRuns: 300 });
  });

  test("members JSON.stringify leaves out or writes as null, toJSON, and empty containers, as formatJson", () => {
    const values: unknown[] = [
      { a: undefined, b: () => 1, c: [undefined, () => 1, Symbol("s")], d: {}, e: [], f: new Date(0), g: { toJSON: () => ({ x: [1] }) } },
      [{ a: undefined }, [], {}, [[]], null],
      { projects: [{ id: "p_1", nested: { deep: [1, { deeper: "x\ny" }] } }, { id: "p_2" }] },
      Object.assign(Object.create(null) as object, { a: 1 }),
      "text",
      3,
    ];
    for (const v of values) expect([...formatJsonChunks(v)].join("")).toBe(formatJson(v));
  });

  test("a list is split a few hundred members at a time, so no piece holds the whole value", () => {
    const value = { projects: Array.from({ length: 10_000 }, (_, i) => ({ id: `p_${i}`, name: "x".repeat(100) })) };
    const pieces = [...formatJsonChunks(value)];
    expect(pieces.length).toBeGreaterThan(30);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(300 * 200);
    expect(pieces.join("")).toBe(formatJson(value));
  });

  test("a value with no JSON form throws NoJsonFormError", () => {
    expect(() => [...formatJsonChunks(undefined)]).toThrow(NoJsonFormError);
    expect(() => [...formatJsonlChunks([1, undefined])]).toThrow(NoJsonFormError);
  });

  test("writeFileAtomic writes pieces as one file, counted and hashed as the whole text would be", async () => {
    const dir = tempDir();
    // some 12 MB: several of the writer's buffers, each written while the next is filled
    const pieces = Array.from({ length: 40_000 }, (_, i) => `line ${i} £${"é".repeat(i % 300)}\n`);
    const whole = pieces.join("");
    const a = await writeFileAtomic(join(dir, "a.txt"), pieces);
    const b = await writeFileAtomic(join(dir, "b.txt"), whole);
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe(whole);
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect({ bytes: a.value.bytes, sha256: a.value.sha256 }).toEqual({ bytes: b.value.bytes, sha256: b.value.sha256 });
  });

  test("a surrogate pair split between two pieces is written as the one character it is", async () => {
    const dir = tempDir();
    const pieces = ["a\ud83d", "\ude00b", "", "c\ud83d"];
    const a = await writeFileAtomic(join(dir, "a.txt"), pieces);
    const b = await writeFileAtomic(join(dir, "b.txt"), pieces.join(""));
    expect(readFileSync(join(dir, "a.txt"))).toEqual(readFileSync(join(dir, "b.txt")));
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("a😀bc\ufffd");
    expect(a.ok && b.ok && a.value.sha256 === b.value.sha256).toBe(true);
  });

  test("pieces that fail part way leave no file and an existing one as it was", async () => {
    const dir = tempDir();
    const file = join(dir, "mentions.jsonl");
    writeFileSync(file, "previous run\n");
    // some 16 MB before the failure: buffers are being written when it comes
    const result = await writeJsonl(file, [{ a: 1 }, ...Array.from({ length: 600_000 }, () => ({ b: "x".repeat(20) })), undefined]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ ruleId: "exporter/json", severity: "error" });
    expect(readFileSync(file, "utf8")).toBe("previous run\n");
    expect(namesIn(dir)).toEqual(["mentions.jsonl"]);
  });
});

describe("writeJson", () => {
  test("a valid projects file is written and validated against the committed schema", async () => {
    const dir = tempDir();
    const file = join(dir, "projects.json");
    const value = { projects: [project()] };
    const result = await writeJson(file, value, { schema: "projects" });
    expect(result.ok).toBe(true);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(value);
    expect(readFileSync(file, "utf8").endsWith("}\n")).toBe(true);
  });

  test("an invalid value writes nothing and returns the issues", async () => {
    const dir = tempDir();
    const file = join(dir, "projects.json");
    const result = await writeJson(file, { projects: [{ ...project(), id: "" }] }, { schema: "projects" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.length).toBeGreaterThan(0);
      expect(result.issues[0]).toMatchObject({ ruleId: "contract/schema", source: file, severity: "error" });
      expect(result.issues[0]?.reason).toMatch(/^Expected \/projects\/0\/id /);
    }
    expect(namesIn(dir)).toEqual([]);
  });

  test("an invalid value leaves an existing file as it was", async () => {
    const dir = tempDir();
    const file = join(dir, "projects.json");
    writeFileSync(file, "previous run\n");
    const result = await writeJson(file, { projects: "nope" }, { schema: "projects" });
    expect(result.ok).toBe(false);
    expect(readFileSync(file, "utf8")).toBe("previous run\n");
    expect(namesIn(dir)).toEqual(["projects.json"]);
  });

  test("without a schema anything with a JSON form is written", async () => {
    const dir = tempDir();
    expect((await writeJson(join(dir, "x.json"), { anything: true })).ok).toBe(true);
    expect((await writeJson(join(dir, "y.json"), undefined)).ok).toBe(false);
    expect(namesIn(dir)).toEqual(["x.json"]);
  });
});

describe("writeJsonl", () => {
  test("valid mentions are written one per line", async () => {
    const dir = tempDir();
    const file = join(dir, "mentions.jsonl");
    const values = [mention(), mention({ id: "m_b" })];
    const result = await writeJsonl(file, values, { schema: "mention" });
    expect(result.ok).toBe(true);
    const lines = readFileSync(file, "utf8").split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("");
    expect(lines.slice(0, 2).map((l) => JSON.parse(l))).toEqual(values);
  });

  test("one invalid line writes nothing; the issue names the line", async () => {
    const dir = tempDir();
    const file = join(dir, "mentions.jsonl");
    const result = await writeJsonl(file, [mention(), { ...mention(), kind: "rumour" }], { schema: "mention" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.every((i) => i.source === `${file}:2`)).toBe(true);
    expect(namesIn(dir)).toEqual([]);
  });
});
