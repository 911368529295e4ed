import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { writeToString } from "fast-csv";
import { columnTitles, formatCsv, formatCsvChunks, PROJECT_COLUMNS, projectRows, writeCsv } from "@fundtrace/exporter";
import { project } from "./fixtures.js";
import { namesIn, parseCsv, tempDir } from "./helpers.js";

const TRICKY: string[][] = [
  ["plain", "with, comma", 'with "quotes"', "line\nbreak"],
  ["crlf\r\ninside", "lone\rcr", "£1.7m to Hackney", "emoji 🎉👩‍👩‍👧 ok"],
  ["", " leading and trailing ", "semi;colon", "tab\tinside"],
  ["'apostrophe", "ü é ß — “curly” ‘quotes’", '"', ","],
];
const HEADER = ["A", "B", "C", "D"];

describe("writeCsv", () => {
  test("round trip: fast-csv's parser reads back every cell exactly", async () => {
    const dir = tempDir();
    const file = join(dir, "tricky.csv");
    const written = await writeCsv(file, HEADER, TRICKY);
    expect(written.ok).toBe(true);
    expect(await parseCsv(readFileSync(file, "utf8"))).toEqual([HEADER, ...TRICKY]);
  });

  test("round trip holds for arbitrary text (NUL aside, which is dropped)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.string()), { maxLength: 5 }),
        async (tuples) => {
          const rows = tuples.map((t) => t.map((c) => c.replace(/\0/g, "")));
          expect(await parseCsv(await formatCsv(["x", "y", "z"], rows))).toEqual([["x", "y", "z"], ...rows]);
        },
      ),
      { numRuns: 200 },
    );
  });

  test("cells of control characters or edge white space survive a round trip (quoted)", async () => {
    const rows = [["\u000b", " padded ", "a\u0007b"]];
    const text = await formatCsv(["x", "y", "z"], rows);
    expect(text).toBe('"x","y","z"\r\n"\u000b"," padded ","a\u0007b"\r\n');
    expect(await parseCsv(text)).toEqual([["x", "y", "z"], ...rows]);
  });

  test("RFC 4180: CRLF after every row, quotes only where needed, quotes doubled", async () => {
    const text = await formatCsv(["h1", "h2"], [["a", "b,c"], ['say "hi"', "x"]]);
    expect(text).toBe('h1,h2\r\na,"b,c"\r\n"say ""hi""",x\r\n');
  });

  test("a column with a ';' or tab in any cell is quoted throughout", async () => {
    const text = await formatCsv(["a", "b"], [["foo;=1+2", "x"], ["bar", "y"]]);
    expect(text).toBe('"a",b\r\n"foo;=1+2",x\r\n"bar",y\r\n');
  });

  test("UTF-8 without BOM by default; excel: true prepends the BOM", async () => {
    const dir = tempDir();
    await writeCsv(join(dir, "plain.csv"), ["£"], [["€"]]);
    await writeCsv(join(dir, "excel.csv"), ["£"], [["€"]], { excel: true });
    const plain = readFileSync(join(dir, "plain.csv"));
    const excel = readFileSync(join(dir, "excel.csv"));
    expect([...plain.subarray(0, 2)]).toEqual([0xc2, 0xa3]);
    expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(excel.subarray(3).equals(plain)).toBe(true);
    expect(await parseCsv(excel.toString("utf8"))).toEqual([["£"], ["€"]]);
  });

  test("returns the file, its byte count and SHA-256", async () => {
    const dir = tempDir();
    const file = join(dir, "p.csv");
    const written = await writeCsv(file, columnTitles(PROJECT_COLUMNS), projectRows([project()]), { excel: true });
    if (!written.ok) throw new Error("write failed");
    const bytes = readFileSync(file);
    expect(written.value.file).toBe(file);
    expect(written.value.bytes).toBe(bytes.byteLength);
    const { createHash } = await import("node:crypto");
    expect(written.value.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  test("a row of the wrong width is refused and nothing is written", async () => {
    const dir = tempDir();
    const written = await writeCsv(join(dir, "bad.csv"), ["a", "b"], [["1", "2"], ["3"]]);
    expect(written.ok).toBe(false);
    if (!written.ok) expect(written.issues[0]?.reason).toBe("Expected 2 cells in row 2, received 1");
    expect(namesIn(dir)).toEqual([]);
  });
});

describe("formatCsv in batches", () => {
  test("rows formatted a batch at a time join to what one fast-csv call over all of them writes", async () => {
    const cells = ["plain", "a,b", 'say "hi"', "two\nlines", "£1.2m", "", "=1+2", "x;y"];
    const rows = Array.from({ length: 10_000 }, (_, i) => [cells[i % cells.length]!, String(i), cells[(i * 7) % cells.length]!]);
    const header = ["a", "b", "c"];
    for (const excel of [false, true]) {
      const quoteColumns = header.map((_, c) => [header, ...rows].some((r) => /[;\t\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]|^\s|\s$/u.test(r[c] ?? "")));
      const whole = await writeToString([header, ...rows], { rowDelimiter: "\r\n", includeEndRowDelimiter: true, writeBOM: excel, quoteColumns });
      expect(await formatCsv(header, rows, { excel })).toBe(whole);
      const pieces: string[] = [];
      for await (const p of formatCsvChunks(header, rows, { excel })) pieces.push(p);
      expect(pieces.length).toBeGreaterThan(2);
      expect(pieces.join("")).toBe(whole);
    }
  });
});
