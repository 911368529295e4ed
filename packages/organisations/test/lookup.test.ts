import { describe, expect, it } from "vitest";
import { documentLookups, type AuthorityLookup } from "@fundtrace/organisations";
import { fakeLookup } from "./fake-lookup.js";

const names = ["Hackney", "Leeds", "Wigan"];

/** A gazetteer that counts the characters it is asked to scan. */
function counting(): { lookup: AuthorityLookup; scanned: () => number } {
  const inner = fakeLookup(names);
  let scanned = 0;
  return {
    lookup: { ...inner, find: (text, from, to) => { scanned += to - from; return inner.find(text, from, to); } },
    scanned: () => scanned,
  };
}

/** Hits of `documentLookups` over consecutive windows of the text, as [start, end, text]. */
function windowHits(text: string, window: number) {
  const bound = documentLookups(() => fakeLookup(names), text)(null);
  const out: Array<[number, number, string]> = [];
  for (let from = 0; from < text.length; from += window) {
    for (const h of bound.find(text, from, Math.min(text.length, from + window))) out.push([h.start, h.end, text.slice(h.start, h.end)]);
  }
  return out;
}

/** What the fake gazetteer finds in a whole text, by a pattern (it is quadratic in its hits), kept when wholly inside one window. */
function directHits(text: string, window: number) {
  const out: Array<[number, number, string]> = [];
  for (const m of text.matchAll(/\b(?:Hackney|Leeds|Wigan)(?:\s+(?:County |City |Borough )?Council\b)?/g)) {
    const s = m.index, e = s + m[0].length;
    if (Math.floor(s / window) === Math.floor((e - 1) / window)) out.push([s, e, m[0]]);
  }
  return out;
}

describe("documentLookups", () => {
  it("answers a range from the scans of its passages, as a direct scan would", () => {
    const text = "Leeds City Council and Wigan.\n\nNothing here.\n\nHackney Council, Leeds\n";
    expect(windowHits(text, text.length)).toEqual(directHits(text, text.length));
    expect(windowHits(text, text.length).map((h) => h[2])).toEqual(["Leeds City Council", "Wigan", "Hackney Council", "Leeds"]);
  });

  it("keeps only the hits wholly inside the range asked for", () => {
    const text = "Leeds City Council and Wigan Council";
    const bound = documentLookups(() => fakeLookup(names), text)(null);
    expect(bound.find(text, 0, 10).map((h) => text.slice(h.start, h.end))).toEqual([]);
    expect(bound.find(text, 0, 18).map((h) => text.slice(h.start, h.end))).toEqual(["Leeds City Council"]);
    expect(bound.find(text, 5, 5)).toEqual([]);
  });

  it("moves the hits of a repeated short passage to where the copy stands", () => {
    const line = "Leeds City Council: up to 5\n\n";
    const text = line.repeat(50);
    const hits = windowHits(text, line.length);
    expect(hits).toHaveLength(50);
    hits.forEach(([s, e, found], k) => {
      expect(s).toBe(k * line.length);
      expect(e).toBe(k * line.length + "Leeds City Council".length);
      expect(found).toBe("Leeds City Council");
    });
  });

  it("cuts a passage of many lines without blank lines at line breaks, finding every name", () => {
    const text = Array.from({ length: 12_000 }, (_, k) => `${names[k % 3]} Council gets ${k}`).join("\n");
    expect(text.length).toBeGreaterThan(3 * (1 << 16));
    expect(windowHits(text, 1000)).toEqual(directHits(text, 1000));
  });

  it("cuts a page on one line at spaces, and scans each character a bounded number of times", () => {
    // (one-word names: a cut at a space never splits one)
    const text = Array.from({ length: 60_000 }, (_, k) => `${names[k % 3]} gets ${k}.`).join(" ");
    expect(text.length).toBeGreaterThan(10 * (1 << 16));
    expect(windowHits(text, 1000)).toEqual(directHits(text, 1000));
    const { lookup, scanned } = counting();
    const bound = documentLookups(() => lookup, text)(null);
    for (let from = 0; from < text.length; from += 1000) bound.find(text, from, Math.min(text.length, from + 1000));
    expect(scanned()).toBe(text.length);
  });
});
