import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeBytes, loadInput, loadRegister, runPipeline } from "@fundtrace/pipeline";

const sentence = "Hackney council has been awarded £2 million to test ‘contextual safeguarding theory’.";
const utf16be = (s: string) => { const le = Buffer.from(s, "utf16le"); for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!]; return le; };
const dir = mkdtempSync(join(tmpdir(), "fundtrace-decode-"));
const register = await loadRegister();

describe("decodeBytes", () => {
  it("reads UTF-8 with and without a BOM to the same text, the BOM not part of it", () => {
    const plain = decodeBytes(Buffer.from(sentence, "utf8"), "a.txt");
    const bom = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sentence, "utf8")]), "b.txt");
    expect(plain).toMatchObject({ ok: true, text: sentence, encoding: "utf-8", warnings: [] });
    expect(bom).toMatchObject({ ok: true, text: sentence, encoding: "utf-8-bom", warnings: [] });
  });

  it("reads UTF-16 LE and BE with a BOM", () => {
    expect(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sentence, "utf16le")]), "le.txt")).toMatchObject({ ok: true, text: sentence, encoding: "utf-16le", warnings: [] });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(sentence)]), "be.txt")).toMatchObject({ ok: true, text: sentence, encoding: "utf-16be", warnings: [] });
  });

  it("reads UTF-16 without a BOM by its zero bytes, with a warning", () => {
    for (const [bytes, encoding] of [[Buffer.from(sentence, "utf16le"), "utf-16le"], [utf16be(sentence), "utf-16be"]] as const) {
      const d = decodeBytes(bytes, "x.txt");
      expect(d).toMatchObject({ ok: true, text: sentence, encoding });
      if (d.ok) expect(d.warnings).toEqual([expect.objectContaining({ ruleId: "input/encoding", severity: "warning", reason: expect.stringMatching(/^Expected a byte order mark/) })]);
    }
  });

  it("decodes invalid UTF-8 as Windows-1252 with a warning that counts the bad bytes", () => {
    const bytes = Buffer.from("Caf\xe9 awarded \xa35m \x96 \x93quoted\x94", "latin1");
    const d = decodeBytes(bytes, "latin.txt");
    expect(d).toMatchObject({ ok: true, text: "Café awarded £5m – “quoted”", encoding: "windows-1252" });
    if (d.ok) expect(d.warnings).toEqual([{ ruleId: "input/encoding", reason: "Expected UTF-8, received 5 invalid byte sequences; decoded as Windows-1252", span: null, source: "latin.txt", severity: "warning" }]);
    const one = decodeBytes(Buffer.concat([Buffer.from("x".repeat(1000)), Buffer.from([0xa3])]), "one.txt");
    if (one.ok) expect(one.warnings[0]).toMatchObject({ severity: "warning", reason: expect.stringContaining("received 1 invalid byte sequence;") });
    else expect.unreachable();
  });

  it("refuses binary content with the reason: NUL bytes, control bytes, or NULs inside UTF-16", () => {
    expect(decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), "img.txt")).toMatchObject({ ok: false, reason: "Expected text, received NUL bytes (a binary file)" });
    expect(decodeBytes(Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 1 : 65))), "ctl.txt")).toMatchObject({ ok: false, reason: expect.stringMatching(/control bytes \(a binary file\)$/) });
    const d = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([0, 0, 0, 0, 65, 0])]), "nul16.txt");
    expect(d).toMatchObject({ ok: false, reason: expect.stringMatching(/NUL characters/) });
    if (!d.ok) expect(d.issues[0]).toMatchObject({ ruleId: "input/binary", severity: "error", source: "nul16.txt" });
  });

  it("reads empty input as empty text", () => {
    expect(decodeBytes(new Uint8Array(0), "empty.txt")).toMatchObject({ ok: true, text: "", encoding: "utf-8" });
    expect(decodeBytes(Buffer.from([0xef, 0xbb, 0xbf]), "bom-only.txt")).toMatchObject({ ok: true, text: "", encoding: "utf-8-bom" });
    expect(decodeBytes(Buffer.from([0xff, 0xfe]), "bom16-only.txt")).toMatchObject({ ok: true, text: "" });
  });
});

describe("spans index the decoded text", () => {
  async function mentionsOf(name: string, bytes: Buffer) {
    writeFileSync(join(dir, name), bytes);
    const loaded = await loadInput(join(dir, name), dir);
    expect(loaded.record.status).toBe("processed");
    const doc = loaded.document!;
    return { text: doc.text, result: runPipeline([doc], { register }) };
  }

  it.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
    ["lone CR", "\r"],
    ["mixed", "\r\n\r"],
  ])("with %s line endings every found text is exactly where its span says", async (label, eol) => {
    const body = ["Funding announced", "", "Leeds City Council (£1.2m) to pilot a new service.", "Hackney council has been awarded £2 million to test ‘contextual safeguarding theory’.", "", "Round 2 projects", "Bristol City Council: Up to £450,000"].join(eol);
    for (const [name, bytes] of [[`${label}.txt`, Buffer.from(body, "utf8")], [`${label}-bom.txt`, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, "utf8")])], [`${label}-16.txt`, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, "utf16le")])]] as const) {
      const { text, result } = await mentionsOf(name, bytes);
      expect(text).toBe(body);
      expect(result.mentions.length).toBeGreaterThanOrEqual(2);
      for (const m of result.mentions) {
        expect(m.end).toBeLessThanOrEqual(text.length);
        if (m.amount) expect(text.slice(m.amount.start, m.amount.end)).toBe(m.amount.text);
        for (const o of m.organisations) expect(text.slice(o.start, o.end)).toBe(o.name);
        if (m.round) expect(text.slice(m.round.start, m.round.end)).toBe(m.round.text);
      }
      expect(result.mentions.flatMap((m) => m.organisations.map((o) => o.name))).toEqual(expect.arrayContaining(["Leeds City Council", "Bristol City Council"]));
    }
  });

  it("Windows-1252 input: spans index the text as decoded", async () => {
    const { text, result } = await mentionsOf("cp1252.txt", Buffer.from("Leeds City Council (\xa31.2m) to pilot a caf\xe9 service\r\n", "latin1"));
    expect(text).toContain("£1.2m");
    const m = result.mentions[0]!;
    expect(text.slice(m.amount!.start, m.amount!.end)).toBe("£1.2m");
  });

  it("processes empty and whitespace-only documents: zero mentions, no crash", async () => {
    for (const [name, body] of [["empty.txt", ""], ["blank.txt", " \n\t\r\n  \u00a0\n\n"], ["bom.txt", "\ufeff"]] as const) {
      const { result } = await mentionsOf(name, Buffer.from(body, "utf8"));
      expect(result.mentions).toEqual([]);
      expect(result.projects).toEqual([]);
    }
  });
});
