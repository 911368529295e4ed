import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Mention } from "@fundtrace/contract";
import { htmlToText, isHtml, loadInput, mapMentionSpans, runFiles } from "@fundtrace/pipeline";

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();
/** What a reader sees in a slice of HTML. */
const visible = (html: string) => collapse(htmlToText(html).text);

const page = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Funding &amp; news</title>
<style>p { color: red } /* <p>not text</p> */</style>
<script>document.write("<p>Leeds City Council (£9m) to do nothing</p>")</script></head>
<body><!-- navigation --><nav><a href="/">Home</a> | <a href="/news" title="a > b">News</a></nav>
<noscript><p>Turn on JavaScript</p></noscript>
<h1>Children&#39;s social care: funding for seven projects</h1>
<p>Published 30 October 2020</p>
<p>What Works for Children&rsquo;s Social Care (WWCSC) has <b>announced</b> the projects that will receive
   nearly &pound;2m in funding.</p>
<h2>Round 2 projects</h2>
<ul>
  <li>Leeds City Council (&pound;1.2m) to pilot a new <em>family</em> service</li>
  <li>Bristol City Council (&pound;450,000) to test &quot;Safe at Home&quot; in Avonmouth</li>
  <li>Catch 22 &amp; Cheshire East Council (&#163;300,000) to extend the Mockingbird model</li>
</ul>
<p>Hackney council has been awarded &pound;2&nbsp;million to test &lsquo;contextual safeguarding theory&rsquo;.</p>
<footer><p>&copy; 2020 WWCSC</p></footer>
</body></html>`;

describe("htmlToText", () => {
  const r = htmlToText(page);

  it("keeps what a reader sees and drops head, script, style, noscript, comments and tags", () => {
    expect(r.text).toContain("Children's social care: funding for seven projects");
    expect(r.text).toContain("What Works for Children’s Social Care (WWCSC) has announced the projects that will receive nearly £2m in funding.");
    expect(r.text).toContain("• Leeds City Council (£1.2m) to pilot a new family service\n• Bristol City Council (£450,000) to test \"Safe at Home\" in Avonmouth");
    expect(r.text).toContain("Hackney council has been awarded £2\u00a0million to test ‘contextual safeguarding theory’.");
    for (const gone of ["£9m", "color", "Turn on JavaScript", "navigation", "<", "charset", "Funding & news"]) expect(r.text).not.toContain(gone);
    expect(r.text.startsWith("Home | News")).toBe(true);
  });

  it("turns blocks into line breaks, paragraphs into blank lines, ordered items into numbered lines, cells into ' | '", () => {
    expect(htmlToText("<p>a</p><p>b</p>x<br>y<div>z</div>").text).toBe("a\n\nb\n\nx\ny\n\nz");
    expect(htmlToText("<ol><li>One, Leeds City Council</li><li>Two</li></ol><ul><li>x</li></ul>").text).toBe("1) One, Leeds City Council\n2) Two\n\n• x");
    expect(htmlToText("<table><tr><th>Org</th><th>Award</th></tr><tr><td>Durham University</td><td>£1.75m</td></tr></table>").text).toBe("Org | Award\nDurham University | £1.75m");
    expect(htmlToText("<pre>a\n   b</pre>c   d\n e").text).toBe("a\n   b\n\nc d e");
    expect(htmlToText("a<span>b</span>c <i> d </i> e").text).toBe("abc d e");
  });

  it("decodes entities: named, decimal, hex, Windows-1252 numbers; leaves unknown ones and bare ampersands", () => {
    expect(htmlToText("&amp; &lt; &gt; &quot; &#39; &apos; &nbsp; &pound; &euro; &ndash; &mdash; &hellip;").text).toBe("& < > \" ' ' \u00a0 £ € – — …");
    expect(htmlToText("&#163;&#xA3;&#x1F600;&#150;&#0;&#x110000;&#99999999999;").text).toBe("££😀–\ufffd\ufffd\ufffd");
    expect(htmlToText("Fish & Chips &unknown; &amp").text).toBe("Fish & Chips &unknown; &amp");
  });

  it("survives broken markup: unclosed tags, comments, quotes and scripts, stray < and >", () => {
    expect(htmlToText("a < b and c > d").text).toBe("a < b and c > d");
    expect(htmlToText("x <!-- never closed").text).toBe("x");
    expect(htmlToText("x <script>var a = 1;").text).toBe("x");
    expect(htmlToText('x <a href="y>z">link</a> w').text).toBe("x link w");
    expect(htmlToText('x <a href="never closed>link</a> w').text).toBe("x link w");
    expect(htmlToText("<p").text).toBe("<p");
    expect(htmlToText("</>x</ y>z<!>").text).toBe("xz");
    expect(htmlToText("").text).toBe("");
    expect(htmlToText("   \n\t ").text).toBe("");
    expect(htmlToText("<svg/><p>kept</p>").text).toBe("kept");
    expect(htmlToText("<head><title>t</title><body><p>no closing head</p>").text).toBe("no closing head");
  });

  it("maps every span back to the HTML: words to themselves, entities to their escaped form", () => {
    const find = (w: string) => { const s = r.text.indexOf(w); expect(s).toBeGreaterThanOrEqual(0); return page.slice(r.toSource(s), r.toSource(s + w.length, "end")); };
    expect(find("Leeds City Council")).toBe("Leeds City Council");
    expect(find("£1.2m")).toBe("&pound;1.2m");
    expect(find("Catch 22 & Cheshire East Council")).toBe("Catch 22 &amp; Cheshire East Council");
    expect(find("a new family service")).toBe("a new <em>family</em> service");
    expect(find("will receive nearly")).toBe("will receive\n   nearly");
    expect(find("Children's")).toBe("Children&#39;s");
  });

  it("gives a readable copy of the page as long as the page, markup blanked", () => {
    const readable = r.readable();
    expect(readable.length).toBe(page.length);
    expect(readable).not.toMatch(/[<>]/);
    const s = r.text.indexOf("Leeds City Council");
    expect(readable.slice(r.toSource(s), r.toSource(s + 60, "end"))).toContain("Leeds City Council (&pound;1.2m) to pilot a new  family  service".slice(0, 40));
  });

  it("tells HTML by name or by its opening", () => {
    expect(isHtml("a.html", "plain")).toBe(true);
    expect(isHtml("a.HTM", "plain")).toBe(true);
    expect(isHtml("a.txt", "  <!doctype html><p>x")).toBe(true);
    expect(isHtml("a.txt", "<?xml version=\"1.0\"?>\n<!-- c --><html lang=en>")).toBe(true);
    expect(isHtml("a.txt", "<p>just a fragment</p>")).toBe(false);
    expect(isHtml("-", "Leeds City Council (£1.2m)")).toBe(false);
  });
});

describe("HTML through the pipeline", () => {
  const dir = mkdtempSync(join(tmpdir(), "fundtrace-html-"));
  writeFileSync(join(dir, "page.html"), page);
  writeFileSync(join(dir, "sniffed.txt"), page);

  it("reads an HTML file as its text, with the spans mapped back to the HTML", async () => {
    const loaded = await loadInput(join(dir, "page.html"), dir);
    expect(loaded.document!.text).toBe(htmlToText(page).text);
    expect(loaded.html).not.toBeNull();
    expect(loaded.messages).toEqual([expect.objectContaining({ ruleId: "input/html", severity: "info" })]);
    expect((await loadInput(join(dir, "sniffed.txt"), dir)).html).not.toBeNull();
  });

  it("every span of every mention points into the original HTML at what was found", async () => {
    const out = join(dir, "out");
    const run = await runFiles({ inputs: [join(dir, "page.html")], out });
    expect(run.exitCode).toBe(0);
    const mentions = readFileSync(join(out, "mentions.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Mention);
    const names = mentions.flatMap((m) => m.organisations.map((o) => o.name));
    expect(names).toEqual(expect.arrayContaining(["Leeds City Council", "Bristol City Council", "Catch 22", "Cheshire East Council", "Hackney council"]));
    const at = (s: { start: number; end: number }) => visible(page.slice(s.start, s.end));
    for (const m of mentions) {
      expect(m.end).toBeLessThanOrEqual(page.length);
      for (const o of m.organisations) expect(at(o)).toBe(collapse(o.name));
      if (m.amount) {
        expect(at(m.amount)).toBe(collapse(m.amount.text));
        expect(page.slice(m.amount.start, m.amount.end)).toMatch(/^(&pound;|&#163;|£)/);
        if (m.amount.qualifierSpan) expect(at(m.amount.qualifierSpan).length).toBeGreaterThan(0);
      }
      if (m.nameSpan) expect(at(m.nameSpan)).toBe(collapse(m.nameSpan.text));
      for (const p of m.places) expect(at(p)).toBe(p.name);
      for (const q of [m.round, m.theme, m.funder, m.programme, m.announced]) if (q) expect(at(q)).toBe(collapse(q.text));
      expect(page.slice(m.start, m.end)).not.toMatch(/^</);
      expect(visible(page.slice(m.start, m.end))).toContain(m.organisations[0]!.name);
    }
    const hackney = mentions.find((m) => m.organisations.some((o) => o.name === "Hackney council"))!;
    expect(page.slice(hackney.amount!.start, hackney.amount!.end)).toBe("&pound;2&nbsp;million");
    expect(hackney.amount!.value).toBe(2_000_000);
    const round = mentions.find((m) => m.round)!.round!;
    expect(page.slice(round.start, round.end)).toBe("Round 2");
    const manifest = JSON.parse(readFileSync(join(out, "run.json"), "utf8"));
    for (const u of manifest.unattached) expect(visible(page.slice(u.start, u.end))).toBe(u.text);
    const csv = readFileSync(join(out, "mentions.csv"), "utf8");
    expect(csv).toContain("Leeds City Council (&pound;1.2m) to pilot a new family service");
    expect(csv).not.toMatch(/<li>|<em>/);
  });

  it("maps a mention's spans with mapMentionSpans", () => {
    const h = htmlToText("<p>Leeds City <b>Council</b> (&pound;1.2m)</p>");
    const t = h.text;
    const s = (w: string) => ({ start: t.indexOf(w), end: t.indexOf(w) + w.length });
    const quote = (w: string) => ({ text: w, ...s(w) });
    const mention: Mention = {
      id: "m", doc: "d", ...s("Leeds City Council (£1.2m)"), kind: "funding", name: null, nameSpan: quote("City"),
      organisations: [{ name: "Leeds City Council", ...s("Leeds City Council"), role: "recipient", kind: "local-authority", aliases: [], rule: "r", link: null }],
      amount: { value: 1_200_000, currency: "GBP", qualifier: "exact", text: "£1.2m", ...s("£1.2m"), qualifierSpan: s("("), kind: "single", min: null, max: null, precision: 100_000, period: null, currencyInferred: false },
      places: [{ name: "Leeds", ...s("Leeds"), link: null }], round: null, theme: quote("Council"), funder: null, programme: null, announced: null, rules: [],
    };
    const mapped = mapMentionSpans(mention, h.toSource);
    const html = "<p>Leeds City <b>Council</b> (&pound;1.2m)</p>";
    const sl = (x: { start: number; end: number }) => html.slice(x.start, x.end);
    expect(sl(mapped)).toBe("Leeds City <b>Council</b> (&pound;1.2m)");
    expect(sl(mapped.organisations[0]!)).toBe("Leeds City <b>Council");
    expect(sl(mapped.amount!)).toBe("&pound;1.2m");
    expect(sl(mapped.amount!.qualifierSpan!)).toBe("(");
    expect(sl(mapped.places[0]!)).toBe("Leeds");
    expect(sl(mapped.nameSpan!)).toBe("City");
    expect(sl(mapped.theme!)).toBe("Council");
    expect(mapped.theme!.text).toBe("Council");
  });
});
