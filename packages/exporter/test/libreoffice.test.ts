import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { delimiter, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Project } from "@fundtrace/contract";
import { columnTitles, plainNumber, PROJECT_COLUMNS, projectRows, writeCsv } from "@fundtrace/exporter";
import { project } from "./fixtures.js";
import { tempDir } from "./helpers.js";
import { seedsReportInput } from "./report-fixtures.js";

/** The first of `names` found on PATH. */
function onPath(names: readonly string[]): string | undefined {
  for (const dir of (process.env["PATH"] ?? "").split(delimiter)) {
    for (const name of names) if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

const SOFFICE = onPath(["soffice", "libreoffice"]);
/** Skipped where LibreOffice is not installed; in CI (CI set) its absence is a failure. */
const skip = SOFFICE === undefined && !process.env["CI"];
const reason = skip ? " [skipped: neither libreoffice nor soffice is on PATH]" : "";

/** A CSV cell as written: its value and whether it was quoted (LibreOffice quotes text cells, not numbers). */
interface RawCell {
  value: string;
  quoted: boolean;
}

/** Parses RFC 4180 CSV, keeping whether each cell was quoted. */
function parseRawCsv(text: string): RawCell[][] {
  const rows: RawCell[][] = [];
  let row: RawCell[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    let value = "";
    let quoted = false;
    if (text[i] === '"') {
      quoted = true;
      i++;
      for (;;) {
        const close = text.indexOf('"', i);
        value += text.slice(i, close);
        i = close + 1;
        if (text[i] === '"') {
          value += '"';
          i++;
        } else break;
      }
    } else {
      const m = /^[^,\r\n]*/u.exec(text.slice(i))?.[0] ?? "";
      value = m;
      i += m.length;
    }
    row.push({ value, quoted });
    if (text[i] === ",") {
      i++;
      continue;
    }
    rows.push(row);
    row = [];
    if (text[i] === "\r") i++;
    if (text[i] === "\n") i++;
  }
  return rows;
}

function soffice(profile: string, args: string[]): void {
  if (!SOFFICE) throw new Error("Expected libreoffice or soffice on PATH (apt-get install libreoffice-calc-nogui), received neither");
  const run = spawnSync(SOFFICE, ["--headless", "--norestore", `-env:UserInstallation=file://${profile}`, ...args], { encoding: "utf8", timeout: 90_000 });
  if (run.status !== 0) throw new Error(`Expected soffice ${args.join(" ")} to exit 0, received ${run.status ?? run.signal}: ${run.stderr}`);
}

const INJECTIONS: Partial<Project> = {
  id: "p_injection",
  name: '=HYPERLINK("http://evil.example/","Click")',
  organisations: [{ name: "=1+2", key: "x", aliases: [], link: null }],
  theme: "@SUM(1+1)",
  round: "-1+1",
  funder: "+cmd|' /C calc'!A0",
};

describe("projects.csv in LibreOffice Calc", () => {
  it.skipIf(skip)(`CSV to xlsx and back: pound signs intact, numbers numeric, formulas inert${reason}`, { timeout: 180_000 }, async () => {
    const { projects, documents } = seedsReportInput();
    const texts = new Map(documents.map((d) => [d.id, d.text]));
    const rows = [
      ...projectRows(projects, { texts: (doc) => texts.get(doc) }),
      ...projectRows([project(INJECTIONS)]),
      // The control: the same cells, not neutralised. LibreOffice must evaluate these, or the check proves nothing.
      ...projectRows([project({ ...INJECTIONS, id: "p_control" })], { neutraliseFormulas: false }),
    ];
    const dir = tempDir();
    const profile = `/tmp/lo-${randomBytes(8).toString("hex")}`;
    const header = columnTitles(PROJECT_COLUMNS);
    expect((await writeCsv(join(dir, "projects.csv"), header, rows, { excel: true })).ok).toBe(true);
    try {
      soffice(profile, ["--infilter=Text - txt - csv (StarCalc):44,34,76,1", "--convert-to", "xlsx", "--outdir", join(dir, "xlsx"), join(dir, "projects.csv")]);
      // Back to CSV, UTF-8, every text cell quoted (token 7), so a number reads as an unquoted cell.
      soffice(profile, ["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true", "--outdir", join(dir, "csv"), join(dir, "xlsx", "projects.xlsx")]);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const back = parseRawCsv(readFileSync(join(dir, "csv", "projects.csv"), "utf8"));
    const col = (title: string) => header.indexOf(title);
    expect(back[0]?.map((c) => c.value)).toEqual(header);
    expect(back).toHaveLength(rows.length + 1);

    projects.forEach((p, i) => {
      const cells = back[i + 1] ?? [];
      // Every value reads back as written.
      expect(cells.map((c) => c.value), p.id).toEqual(rows[i]);
      const amount = cells[col("Amount")];
      if (p.amount) expect(amount, p.id).toEqual({ value: plainNumber(p.amount.value), quoted: false });
      expect(cells[col("Number of sources")]?.quoted, p.id).toBe(false);
      if (p.amount) expect(cells[col("Amount as written")]?.quoted, p.id).toBe(true);
    });
    const written = back.slice(1, projects.length + 1).map((r) => r[col("Amount as written")]?.value ?? "");
    expect(written).toContain("£1.4m");
    expect(written.filter((w) => w.includes("£")).length).toBe(projects.filter((p) => p.amount?.text.includes("£")).length);
    expect(written.join("")).not.toMatch(/Â|\uFFFD/u);

    const injected = back[projects.length + 1] ?? [];
    const control = back[projects.length + 2] ?? [];
    expect(injected[col("Project name")]).toEqual({ value: `'${INJECTIONS.name}`, quoted: true });
    expect(injected[col("Recipients")]).toEqual({ value: "'=1+2", quoted: true });
    expect(injected[col("Theme")]).toEqual({ value: "'@SUM(1+1)", quoted: true });
    expect(injected[col("Round")]).toEqual({ value: "'-1+1", quoted: true });
    expect(injected[col("Funder")]).toEqual({ value: `'${INJECTIONS.funder}`, quoted: true });
    expect(control[col("Recipients")]).toEqual({ value: "3", quoted: false });
    expect(control[col("Project name")]?.value).toBe("Click");
  });
});
