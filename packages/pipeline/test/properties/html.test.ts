import fc from "fast-check";
import { describe, it } from "vitest";
import { htmlToText, loadRegister, mapResultToSource, runPipeline } from "@fundtrace/pipeline";
import { text as messyText } from "./arbitraries.js";
import { property, timeout } from "./budget.js";
import { inBounds } from "./checks.js";

const register = await loadRegister();
const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

describe("htmlToText is total", () => {
  const markup = fc.array(fc.oneof(
    messyText(10),
    fc.constantFrom("<p>", "</p>", "<li>", "<ol>", "</ol>", "<ul>", "<br/>", "<td>", "<tr>", "<pre>", "</pre>", "<b>", "</b>", "<!--", "-->", "<script>", "</script>", "<head>", "</head>", "<body>", "<a href=\"", "\">", "'", "<", ">", "&", "&amp;", "&#", "&#x", ";", "&pound;", "&nbsp;", "</", "<!", "<?", "<svg/>"),
  ), { maxLength: 40 }).map((p) => p.join(""));

  it("never throws; the map is in bounds and monotone, and each character maps to itself, its entity or its tag", () => {
    property("htmlToText", "generated markup", markup, (html) => {
      const { text, toSource, readable } = htmlToText(html);
      let lastStart = 0;
      let lastEnd = 0;
      for (let k = 0; k < text.length; k++) {
        const s = toSource(k);
        const e = toSource(k + 1, "end");
        if (!(s >= 0 && s < e && e <= html.length)) throw new Error(`character ${k} maps to [${s}, ${e}) in a page of length ${html.length}`);
        if (s < lastStart || e < lastEnd) throw new Error(`the map goes backwards at ${k}`);
        lastStart = s;
        lastEnd = e;
        const c = text[k]!;
        const slice = html.slice(s, e);
        if (!(slice === c || (/^\s+$/.test(slice) && /\s/.test(c)) || slice.startsWith("&") || slice.startsWith("<") || /^[\s\S]*>$/.test(slice))) {
          throw new Error(`character ${JSON.stringify(c)} at ${k} maps to ${JSON.stringify(slice)}`);
        }
      }
      if (readable().length !== html.length) throw new Error("the readable copy has another length");
    }, 300);
  }, timeout);

  it("the pipeline's spans on a page's text map into the page, in bounds and in order", () => {
    const page = fc.array(fc.oneof(markup, fc.constantFrom("<li>Leeds City Council (&pound;1.2m) to pilot a new service</li>", "<p>Hackney council has been awarded &pound;2&nbsp;million to test &lsquo;contextual safeguarding&rsquo;.</p>", "<h2>Round 2 projects</h2>", "<tr><td>Durham University</td><td>&pound;1.75m</td></tr>")), { maxLength: 12 }).map((p) => p.join(""));
    property("htmlToText", "pipeline spans mapped to the page", page, (html) => {
      const { text, toSource } = htmlToText(html);
      const r = mapResultToSource(runPipeline([{ id: "page", text }], { register }), new Map([["page", toSource]]));
      const n = html.length;
      for (const m of r.mentions) {
        inBounds(m, n, "mention");
        for (const s of [...m.organisations, ...m.places, ...(m.amount ? [m.amount] : []), ...(m.amount?.qualifierSpan ? [m.amount.qualifierSpan] : []), ...[m.nameSpan, m.round, m.theme, m.funder, m.programme, m.announced].filter((q) => q !== null)]) inBounds(s, n, "span in mention");
        if (m.amount) {
          const slice = html.slice(m.amount.start, m.amount.end);
          if (collapse(htmlToText(slice).text) !== collapse(m.amount.text)) throw new Error(`amount ${JSON.stringify(m.amount.text)} maps to ${JSON.stringify(slice)}`);
        }
      }
      for (const p of r.projects) for (const s of p.sources) inBounds(s, n, "record source");
      for (const u of r.unattached) inBounds(u, n, "unattached amount");
    }, 100);
  }, timeout);
});
