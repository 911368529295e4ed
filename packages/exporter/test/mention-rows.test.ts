import { describe, expect, test } from "vitest";
import { columnTitles, MENTION_COLUMNS, mentionRows, projectIdsByMention } from "@fundtrace/exporter";
import { amount, mention, project } from "./fixtures.js";

describe("MENTION_COLUMNS", () => {
  test("the documented, stable column order", () => {
    expect(columnTitles(MENTION_COLUMNS)).toEqual([
      "Mention ID",
      "Document",
      "Kind",
      "Start",
      "End",
      "Record ID",
      "Project name",
      "Recipients",
      "Amount",
      "Currency",
      "Qualifier",
      "Amount as written",
      "Places",
      "Round",
      "Passage",
    ]);
  });
});

describe("mentionRows", () => {
  const text = "Intro.\n\nHackney Council  gets\nup to £1.7m\tfor Lighthouse.\nNext.";
  const start = text.indexOf("Hackney");
  const end = text.indexOf("\nNext");
  const money = text.indexOf("£");
  const m = mention({
    start,
    end,
    amount: amount({ value: 1_700_000, qualifier: "up-to", text: "£1.7m", start: money, end: money + 5, qualifierSpan: { start: money - 6, end: money - 1 } }),
  });

  test("a full mention, with its record id and the passage whitespace collapsed", () => {
    const ids = projectIdsByMention([project()]);
    expect(mentionRows([m], (doc) => (doc === "doc-1" ? text : undefined), { projectIds: ids })[0]).toEqual([
      "m_a",
      "doc-1",
      "funding",
      String(start),
      String(end),
      "p_3f9a0c1d2e4b",
      "Lighthouse",
      "Hackney Council",
      "1700000",
      "GBP",
      "up-to",
      "up to £1.7m",
      "Hackney",
      "Round 2",
      "Hackney Council gets up to £1.7m for Lighthouse.",
    ]);
  });

  test("without the text or a record id, those cells are empty", () => {
    const [row] = mentionRows([m], () => undefined);
    expect(row?.[5]).toBe("");
    expect(row?.[11]).toBe("£1.7m");
    expect(row?.[14]).toBe("");
  });
});

describe("projectIdsByMention", () => {
  test("maps every mention and source mention to its record", () => {
    const ids = projectIdsByMention([project(), project({ id: "p_2", mentions: ["m_z"], sources: [] })]);
    expect(Object.fromEntries(ids)).toEqual({ m_a: "p_3f9a0c1d2e4b", m_b: "p_3f9a0c1d2e4b", m_c: "p_3f9a0c1d2e4b", m_z: "p_2" });
  });
});
