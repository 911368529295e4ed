import { describe, expect, test } from "vitest";
import { escapeHtml, jsonForScript, renderReport } from "@fundtrace/exporter";
import { decodeEntities, scripts, startTags, tokenizeHtml, visibleText } from "./html-tokens.js";
import { hostileReportInput, LIVE_MARKUP, PAYLOADS } from "./report-fixtures.js";

/** Every element the page is built from; anything else came from input. */
const PAGE_ELEMENTS = new Set([
  "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "main", "section", "div", "label",
  "input", "span", "table", "thead", "tbody", "tr", "th", "td", "button", "ul", "li", "small", "article", "pre", "script",
]);

const empty = renderReport({ projects: [], mentions: [], documents: [], unattached: [] });
const emptyScript = scripts(tokenizeHtml(empty)).find((s) => !s.attrs.has("type"))?.text;

describe("escapeHtml and jsonForScript", () => {
  test("escapes the five characters that matter in text and quoted attributes", () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
    expect(decodeEntities(escapeHtml(PAYLOADS.svg))).toBe(PAYLOADS.svg);
  });

  test("script JSON cannot close its element and reads back as the same value", () => {
    const value = { name: PAYLOADS.close, other: "<!-- & \u2028 \u2029 >" };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/u);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe("renderReport with hostile input", () => {
  const html = renderReport(hostileReportInput());
  const tokens = tokenizeHtml(html);

  test("the payloads appear nowhere as markup", () => {
    for (const live of [...LIVE_MARKUP, ...Object.values(PAYLOADS)]) expect(html.includes(live), live).toBe(false);
  });

  test("only the page's own elements are present, with no event handler attributes", () => {
    const tags = startTags(tokens);
    expect(tags.length).toBeGreaterThan(20);
    for (const tag of tags) {
      expect(PAGE_ELEMENTS, `unexpected <${tag.name}>`).toContain(tag.name);
      for (const [name] of tag.attrs) expect(name, `attribute ${name} on <${tag.name}>`).not.toMatch(/^on|^src$|^href$/u);
    }
  });

  test("exactly two scripts: the data (JSON, no '<') and the page's own code, the same as for an empty report", () => {
    const found = scripts(tokens);
    expect(found).toHaveLength(2);
    const [data, code] = found;
    expect(data?.attrs.get("type")).toBe("application/json");
    expect(data?.text).not.toContain("<");
    const parsed = JSON.parse(data?.text ?? "") as { records: Array<{ name: string; conflicts: unknown[]; merges: unknown[] }> };
    expect(parsed.records[0]?.name).toBe(`${PAYLOADS.close} ${PAYLOADS.svg}`);
    expect(JSON.stringify(parsed)).toContain(PAYLOADS.script);
    expect(code?.attrs.size).toBe(0);
    expect(code?.text).toBe(emptyScript);
  });

  test("the payloads are in the page as text: document, names, reasons, attribute values", () => {
    const text = visibleText(tokens);
    for (const payload of Object.values(PAYLOADS)) expect(text).toContain(payload);
    const titles = startTags(tokens).flatMap((t) => t.attrs.filter(([n]) => n === "title").map(([, v]) => v));
    expect(titles.some((t) => t.includes(`recipient: ${PAYLOADS.img} Council`))).toBe(true);
    const docAttr = startTags(tokens).find((t) => t.name === "article")?.attrs.find(([n]) => n === "data-doc")?.[1];
    expect(docAttr).toBe(hostileReportInput().documents[0]?.id);
  });

  test("the page's code never parses strings as HTML", () => {
    expect(emptyScript).toBeDefined();
    expect(emptyScript).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/u);
  });
});
