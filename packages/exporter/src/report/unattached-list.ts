import type { UnattachedAmount } from "@fundtrace/contract";
import { plainNumber } from "../cells.js";
import { escapeHtml } from "./escape.js";

/** The amounts found but attached to no record, each with its reason; `data-u` links a row to its span. */
export function renderUnattached(unattached: readonly UnattachedAmount[]): string {
  if (unattached.length === 0) return `<p class="hint">Every amount found was attached to a record.</p>`;
  const rows = unattached.map(
    (u, i) =>
      `<tr data-u="${i}" tabindex="0"><td>${escapeHtml(u.doc)}</td><td>${escapeHtml(u.text)}</td><td class="num">${escapeHtml(plainNumber(u.value))}</td><td>${escapeHtml(u.reason)}</td></tr>`,
  );
  return `<table id="unattached-table"><thead><tr><th scope="col">Document</th><th scope="col">As written</th><th scope="col">Value</th><th scope="col">Why not attached</th></tr></thead><tbody>\n${rows.join("\n")}\n</tbody></table>`;
}
