import { escapeHtml, jsonForScript } from "./escape.js";
import { collectHighlights, recordsByMention } from "./highlights.js";
import { contentSecurityPolicy } from "./content-security-policy.js";
import { REPORT_SCRIPT } from "./page-script.js";
import { recordViews } from "./record-views.js";
import { renderRecordTable } from "./record-table.js";
import { renderDocuments, renderLegend } from "./source-documents.js";
import { REPORT_CSS } from "./styles.js";
import type { ReportInput } from "./types.js";
import { renderUnattached } from "./unattached-list.js";
import { DEFAULT_REPORT_LIMITS, pageContents } from "./limits.js";

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * The review page: one self-contained HTML file (inline CSS and script, nothing fetched) with a sortable,
 * filterable table of the records, every source document with its mentions highlighted, each record's details
 * (conflicts, merges explained, sources), and the amounts attached to no record. Pure and deterministic: the same
 * input gives the same bytes. Every piece of input text is HTML-escaped; the data the script reads is JSON in an
 * `application/json` element with `<` written as `\u003c`.
 */
export function renderReport(input: ReportInput): string {
  const page = pageContents(input, { ...DEFAULT_REPORT_LIMITS, ...input.limits });
  const { projects, mentions, documents, unattached } = page;
  const decisions = input.decisions ?? [];
  const recordsOf = recordsByMention(projects);
  const { byDocument, messages } = collectHighlights(documents, mentions, unattached, recordsOf);
  // excerpts come from the whole texts, whatever part of them the page shows
  const views = recordViews(projects, mentions, input.documents, decisions);
  const mentionIds = mentions.map((m) => m.id);
  const data = {
    records: views,
    mentions: mentions.map((m) => ({ id: m.id, doc: m.doc })),
    decisionsGiven: input.decisions !== undefined,
  };
  const summary = [
    plural(input.projects.length, "record", "records"),
    plural(input.documents.length, "document", "documents"),
    plural(input.mentions.length, "mention", "mentions"),
    `${plural(input.unattached.length, "amount", "amounts")} not attached`,
  ].join(" · ");
  const notice = page.notice === null ? "" : `<p class="notice" role="note">${escapeHtml(page.notice)}</p>`;
  const problems =
    messages.length === 0
      ? ""
      : `<section id="problems"><h2>Spans not shown (${messages.length})</h2><ul class="problems">${messages
          .map((m) => `<li>${escapeHtml(`${m.ruleId}: ${m.reason}`)}</li>`)
          .join("")}</ul></section>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(REPORT_SCRIPT, REPORT_CSS))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>fundtrace review: ${escapeHtml(plural(input.projects.length, "record", "records"))}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header><h1>fundtrace review</h1><p>${escapeHtml(summary)}</p>${notice}</header>
<main>
<section class="pane" id="records-pane" aria-label="Records">
<div class="controls"><label for="filter">Filter</label><input id="filter" type="search" placeholder="Type to filter records by any cell" autocomplete="off" spellcheck="false"><span id="count" aria-live="polite">${escapeHtml(plural(projects.length, "record", "records"))}</span></div>
<div class="table-wrap">${renderRecordTable(views)}</div>
<section id="details" aria-live="polite"><h2>Record details</h2><p class="hint">Click a record to highlight its mentions in every source and see its conflicts, merges and sources. Click a highlighted span to go to its record.</p></section>
<section id="unattached"><h2>Amounts attached to no record (${input.unattached.length})</h2>
${renderUnattached(unattached)}
</section>
${problems}
</section>
<section class="pane" id="sources-pane" aria-label="Source documents">
${renderLegend()}
${renderDocuments(documents, byDocument, mentionIds)}
</section>
</main>
<script type="application/json" id="fundtrace-data">${jsonForScript(data)}</script>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}
