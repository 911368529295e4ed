import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  collectHighlights,
  HIGHLIGHT_KINDS,
  recordsByMention,
  renderHighlightedText,
  splitAtBoundaries,
  type Highlight,
  type HighlightKind,
} from "@fundtrace/exporter";
import { amount, mention, project } from "./fixtures.js";
import { tokenizeHtml, visibleText } from "./html-tokens.js";

const highlight = (kind: HighlightKind, start: number, end: number, mentions: number[] = [0]): Highlight => ({
  kind, start, end, mentions, records: [0], unattached: [], labels: [kind],
});

/** Checks that every end tag closes the most recently opened element, and returns the deepest nesting. */
function balanced(html: string): number {
  const open: string[] = [];
  let deepest = 0;
  for (const t of tokenizeHtml(html)) {
    if (t.type === "start") deepest = Math.max(deepest, open.push(t.name));
    if (t.type === "end") expect(open.pop()).toBe(t.name);
  }
  expect(open).toEqual([]);
  return deepest;
}

describe("splitAtBoundaries and renderHighlightedText", () => {
  test("crossing spans give well-formed markup: each segment opens and closes its own elements", () => {
    const text = "Hackney Council gets £1.4m";
    const hs = [highlight("passage", 0, 26), highlight("recipient", 0, 15), highlight("name", 8, 22), highlight("amount", 21, 26)];
    const segments = splitAtBoundaries(text.length, hs);
    expect(segments.map((s) => [s.start, s.end])).toEqual([[0, 8], [8, 15], [15, 21], [21, 22], [22, 26]]);
    expect(segments[1]?.covering.map((h) => h.kind)).toEqual(["passage", "recipient", "name"]);
    const html = renderHighlightedText(text, hs, ["m_a"]);
    expect(balanced(html)).toBe(3);
    expect(visibleText(tokenizeHtml(html))).toBe(text);
    expect(html.startsWith('<span class="hl k-passage first" data-r="0" data-mi="0" data-m="m_a"')).toBe(true);
  });

  test("each segment is covered by exactly the spans that hold it, as a check of every span would find", () => {
    const kinds = HIGHLIGHT_KINDS.map((k) => k.kind);
    fc.assert(
      fc.property(
        fc.nat(60),
        fc.array(fc.tuple(fc.constantFrom(...kinds), fc.integer({ min: -5, max: 70 }), fc.integer({ min: -5, max: 70 })), { maxLength: 12 }),
        (length, spans) => {
          const hs = spans.map(([k, a, b]) => highlight(k, Math.min(a, b), Math.max(a, b)));
          const segments = splitAtBoundaries(length, hs);
          let at = 0;
          for (const s of segments) {
            expect(s.start).toBe(at);
            at = s.end;
            const expected = hs.filter((h) => h.start <= s.start && h.end >= s.end);
            expect(new Set(s.covering)).toEqual(new Set(expected));
            expect(s.covering).toHaveLength(expected.length);
          }
          expect(at).toBe(length);
        },
      ),
      { numRuns: 500 },
    );
  });

  test("a page of many passages side by side is split in one sweep, each segment covered by its own spans", () => {
    const hs: Highlight[] = [];
    for (let k = 0; k < 20_000; k++) hs.push(highlight("passage", k * 10, k * 10 + 9), highlight("amount", k * 10 + 5, k * 10 + 9));
    const segments = splitAtBoundaries(200_000, hs);
    expect(segments).toHaveLength(60_000);
    expect(segments.slice(0, 3).map((s) => s.covering.map((h) => h.kind))).toEqual([["passage"], ["passage", "amount"], []]);
  });

  test("any spans over any text: markup stays balanced and the text reads back exactly", () => {
    const kinds = HIGHLIGHT_KINDS.map((k) => k.kind);
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.array(fc.tuple(fc.constantFrom(...kinds), fc.nat(40), fc.nat(40)), { maxLength: 8 }),
        (text, spans) => {
          const hs = spans.map(([k, a, b]) => highlight(k, Math.min(a, b, text.length), Math.min(Math.max(a, b), text.length)));
          const html = renderHighlightedText(text, hs, ["m_a"]);
          balanced(html);
          expect(visibleText(tokenizeHtml(html))).toBe(text);
        },
      ),
    );
  });
});

describe("collectHighlights", () => {
  const text = "Hackney Council and Oxford Health get £5m in Hackney for Lighthouse.";
  const m = mention({
    id: "m_a",
    doc: "doc-1",
    start: 0,
    end: text.length,
    nameSpan: { text: "Lighthouse", start: 57, end: 67 },
    amount: amount({ start: 38, end: 41 }),
    places: [{ name: "Hackney", start: 45, end: 52, link: null }],
  });

  test("passage, recipient, other organisation, amount, name and place of each mention, linked to its record", () => {
    const { byDocument, messages } = collectHighlights([{ id: "doc-1", text }], [m], [], recordsByMention([project({ mentions: ["m_a"] })]));
    expect(messages).toEqual([]);
    const hs = byDocument.get("doc-1") ?? [];
    expect(hs.map((h) => [h.kind, text.slice(h.start, h.end)])).toEqual([
      ["passage", text],
      ["recipient", "Hackney Council"],
      ["organisation", "Oxford Health"],
      ["amount", "£5m"],
      ["name", "Lighthouse"],
      ["place", "Hackney"],
    ]);
    expect(hs.every((h) => h.records.join() === "0" && h.mentions.join() === "0")).toBe(true);
  });

  test("the same span in two mentions is one highlight listing both", () => {
    const { byDocument } = collectHighlights([{ id: "doc-1", text }], [m, { ...m, id: "m_b" }], [], new Map([["m_b", [3]]]));
    const recipient = byDocument.get("doc-1")?.find((h) => h.kind === "recipient");
    expect(recipient?.mentions).toEqual([0, 1]);
    expect(recipient?.records).toEqual([3]);
  });

  test("spans outside their document or in an unknown document are reported, not shown", () => {
    const outside = { ...m, id: "m_far", amount: amount({ start: 60, end: 600 }) };
    const stray = { ...m, id: "m_stray", doc: "missing" };
    const unattached = [{ doc: "doc-1", text: "£5m", start: 38, end: 41, value: 5e6, reason: "Expected one grant, received a total" }];
    const { byDocument, messages } = collectHighlights([{ id: "doc-1", text }], [outside, stray], unattached, new Map());
    expect(messages.map((x) => [x.ruleId, x.reason])).toEqual([
      ["report/span-out-of-range", `Expected the amount span to lie within 0-${text.length} of "doc-1", received 60-600`],
      ["report/unknown-document", 'Expected a document with id "missing" for m_stray, received none'],
    ]);
    expect(byDocument.get("doc-1")?.filter((h) => h.kind === "amount")).toEqual([]);
    expect(byDocument.get("doc-1")?.find((h) => h.kind === "unattached")?.unattached).toEqual([0]);
  });
});

describe("HIGHLIGHT_KINDS", () => {
  test("recipients, amounts, project names, places and other organisations have distinct colours", () => {
    const colours = HIGHLIGHT_KINDS.filter((k) => ["recipient", "organisation", "amount", "name", "place"].includes(k.kind)).map((k) => k.background);
    expect(colours).toHaveLength(5);
    expect(new Set(colours).size).toBe(5);
  });
});
