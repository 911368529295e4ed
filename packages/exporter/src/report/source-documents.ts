import type { Highlight } from "./highlights.js";
import { escapeHtml } from "./escape.js";
import { HIGHLIGHT_KINDS } from "./highlight-kinds.js";
import { renderHighlightedText } from "./segments.js";
import type { ReportDocument } from "./types.js";

/** The legend: one sample of each highlight kind, drawn with the same classes as the highlights. */
export function renderLegend(): string {
  const items = HIGHLIGHT_KINDS.map((k) => `<li><span class="hl k-${k.kind} first last">${escapeHtml(k.label)}</span></li>`);
  items.push(`<li><span class="hl k-recipient first last sel">Selected record</span></li>`);
  return `<ul class="legend" aria-label="Legend">${items.join("")}</ul>`;
}

/** Every source document with its highlights, in input order. */
export function renderDocuments(
  documents: readonly ReportDocument[],
  highlights: ReadonlyMap<string, Highlight[]>,
  mentionIds: readonly string[],
): string {
  return documents
    .map((d, i) => {
      const body = renderHighlightedText(d.text, highlights.get(d.id) ?? [], mentionIds);
      const count = (highlights.get(d.id) ?? []).filter((h) => h.kind === "passage").length;
      return `<article class="doc" id="doc-${i}" data-doc="${escapeHtml(d.id)}"><h3>${escapeHtml(d.id)} <small>${count} passage(s), ${d.text.length} characters</small></h3><pre class="text">${body}</pre></article>`;
    })
    .join("\n");
}
