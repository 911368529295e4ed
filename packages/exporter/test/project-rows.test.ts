import { describe, expect, test } from "vitest";
import { columnTitles, PROJECT_COLUMNS, projectRows } from "@fundtrace/exporter";
import { amount, project } from "./fixtures.js";

describe("PROJECT_COLUMNS", () => {
  test("the documented, stable column order", () => {
    expect(columnTitles(PROJECT_COLUMNS)).toEqual([
      "Record ID",
      "Project name",
      "Recipients",
      "Recipient identifiers",
      "Amount",
      "Currency",
      "Qualifier",
      "Amount as written",
      "Funder",
      "Programme",
      "Round",
      "Theme",
      "Places",
      "Place codes (GSS)",
      "First announced",
      "Number of sources",
      "Source documents",
      "Conflicts",
    ]);
  });

  test("every column has a unique key and a one-line description", () => {
    expect(new Set(PROJECT_COLUMNS.map((c) => c.key)).size).toBe(PROJECT_COLUMNS.length);
    for (const c of PROJECT_COLUMNS) expect(c.description).toMatch(/^[^\n]{10,}$/);
  });
});

describe("projectRows", () => {
  test("one row per record, one cell per column", () => {
    const rows = projectRows([project(), project({ id: "p_2" })]);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toHaveLength(PROJECT_COLUMNS.length);
  });

  test("a full record", () => {
    expect(projectRows([project()])[0]).toEqual([
      "p_3f9a0c1d2e4b",
      "Lighthouse Parenting Programme",
      "Hackney Council; Oxford Health NHS Foundation Trust",
      "GB-LAE-HCK; ",
      "5000000",
      "GBP",
      "exact",
      "£5m",
      "What Works for Children's Social Care",
      "Open Funding Call",
      "Round 2",
      "children's social care",
      "Hackney; the Thames Valley",
      "E09000012; ",
      "2020-10-30",
      "2",
      "doc-1; doc-2",
      "amount: 5000000 (m_a, m_b) vs 4850000 (m_c)",
    ]);
  });

  test("a sparse record gives empty cells, not 'null'", () => {
    const [row] = projectRows([
      project({ name: null, organisations: [], amount: null, conflicts: [], funder: null, programme: null, round: null, theme: null, places: [], firstAnnounced: null, sources: [] }),
    ]);
    expect(row?.slice(1)).toEqual(["", "", "", "", "", "", "", "", "", "", "", "", "", "", "0", "", ""]);
  });

  test("amounts are plain numbers, integers when whole", () => {
    const rows = projectRows([project({ amount: amount({ value: 1_700_000 }) }), project({ amount: amount({ value: 42_403.5 }) })]);
    expect(rows.map((r) => r[4])).toEqual(["1700000", "42403.5"]);
  });

  test("with the source texts, 'Amount as written' includes the qualifier", () => {
    const text = "Hackney gets Up to  £1.7m for parenting.";
    const start = text.indexOf("£");
    const a = amount({ value: 1_700_000, qualifier: "up-to", text: "£1.7m", start, end: start + 5, qualifierSpan: { start: 13, end: 18 } });
    const p = project({ amount: a });
    expect(projectRows([p], { texts: (doc) => (doc === "doc-1" ? text : undefined) })[0]?.[7]).toBe("Up to £1.7m");
    expect(projectRows([p])[0]?.[7]).toBe("£1.7m");
    // A text whose slice is not the amount's text is not trusted.
    expect(projectRows([p], { texts: () => "something else entirely, long enough to slice" })[0]?.[7]).toBe("£1.7m");
  });
});
