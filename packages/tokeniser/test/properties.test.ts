import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blockAt, tokenise, tokensIn } from "@fundtrace/tokeniser";
import { checkInvariants } from "./invariants.js";

/** Pieces of messy scraped text: line endings, odd spaces, quotes, dashes, emoji, money, markers, abbreviations. */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("Council", "Barnardo’s", "Stoke-on-Trent", "Catch22", "children's", "funding", "the", "NSPCC", "Dr", "Mr.", "e.g.", "U.K.", "P.A.C.E", "etc.", "No.", "Evaluation Summary", "café", "naïve", "Ærø") },
  { weight: 4, arbitrary: fc.constantFrom(" ", " ", " ", "\t", "\u00a0", "\u2009", "\u202f", "\u200b", "\ufeff", "\u3000") },
  { weight: 3, arbitrary: fc.constantFrom("\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\r\r", "\n \u00a0\t\n", "\u2028", "\u0085", "\f") },
  { weight: 3, arbitrary: fc.constantFrom("£1.97m", "£42,403 - £45,441", "(£3.26m)", "£1.1 m", "€2,5", "$1,000,000.50", "350k", "1,2345", "1.2.3", "12.", ".5", "£") },
  { weight: 3, arbitrary: fc.constantFrom(".", "!", "?", "…", "...", ",", ":", ";", "–", "—", "-", "(", ")", "“", "”", "‘", "’", "'", '"', "|", "/", "&", "#", "%") },
  { weight: 2, arbitrary: fc.constantFrom("😀", "👍🏽", "👩‍👩‍👧", "🇬🇧", "1️⃣", "❤️", "𝐀𝐁", "\ud83d", "\ude00", "\u0301", "\u200d") },
  { weight: 2, arbitrary: fc.constantFrom("1) ", "2. ", "(a) ", "iv) ", "- ", "* ", "• ", "– ", "  1. ") },
  { weight: 2, arbitrary: fc.constantFrom("Job of the week", "Most popular articles today", "2 Responses to", "3 thoughts on", "Share", "top of page", "Photo: x", "a.png", "Leave a comment", "Sponsored Content", "Related articles", "We use cookies", "Tags: a", "Home | News | About") },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
);
const messyText = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(""));

const RUNS = { numRuns: 300 };

describe("tokenise on generated text", () => {
  it("keeps every invariant: exact offsets, whitespace-only gaps, sentences in blocks, no overlaps", () => {
    fc.assert(
      fc.property(messyText, (text) => {
        checkInvariants(text, tokenise(text));
      }),
      RUNS,
    );
  });

  it("keeps the invariants on arbitrary Unicode, lone surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        checkInvariants(text, tokenise(text));
      }),
      RUNS,
    );
  });

  it("gives the same spans whatever the boilerplate options, and the same result twice", () => {
    fc.assert(
      fc.property(messyText, (text) => {
        const a = tokenise(text);
        const b = tokenise(text, { boilerplate: false });
        expect(b.tokens).toEqual(a.tokens);
        expect(b.sentences).toEqual(a.sentences);
        expect(b.blocks.map((x) => [x.start, x.end, x.layout === "heading" ? "paragraph" : x.layout])).toEqual(
          a.blocks.map((x) => [x.start, x.end, x.layout === "heading" ? "paragraph" : x.layout]),
        );
        expect(b.blocks.every((x) => x.boilerplate === null)).toBe(true);
        expect(tokenise(text)).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });

  it("line endings change no block structure: LF, CRLF and CR give the same kinds", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(piece.filter((p) => !/[\r\n\u2028\u0085\f]/u.test(p)), fc.constant("\n"), fc.constant("\n\n")), { maxLength: 60 }), (parts) => {
        const lf = parts.join("");
        const kinds = (s: string) => tokenise(s).blocks.map((b) => [b.kind, b.boilerplate?.ruleId ?? null]);
        const expected = kinds(lf);
        expect(kinds(lf.replace(/\n/g, "\r\n"))).toEqual(expected);
        expect(kinds(lf.replace(/\n/g, "\r"))).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it("blockAt and tokensIn agree with a linear scan", () => {
    fc.assert(
      fc.property(messyText, fc.nat(), fc.nat(), (text, x, y) => {
        const t = tokenise(text);
        const n = text.length + 1;
        const a = x % n;
        const b = a + (y % (n - a));
        const inside = t.tokens.filter((tok) => tok.start >= a && tok.end <= b);
        expect(tokensIn(t, { start: a, end: b })).toEqual(inside);
        const containing = t.blocks.find((blk) => blk.start <= a && a < blk.end) ?? null;
        expect(blockAt(t, a)).toEqual(containing);
      }),
      RUNS,
    );
  });
});
