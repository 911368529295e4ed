import { plainNumber } from "../cells.js";
import { escapeHtml } from "./escape.js";
import { amountSortKey, type RecordView } from "./record-views.js";

/** The table's columns: header, whether it sorts as numbers, and the cell. */
interface TableColumn {
  title: string;
  numeric: boolean;
  cell: (view: RecordView) => { text: string; sort?: string; title?: string };
}

export const RECORD_TABLE_COLUMNS: readonly TableColumn[] = [
  { title: "Record", numeric: false, cell: (v) => ({ text: v.id }) },
  { title: "Project name", numeric: false, cell: (v) => ({ text: v.name ?? "" }) },
  { title: "Recipients", numeric: false, cell: (v) => ({ text: v.recipients }) },
  {
    title: "Amount",
    numeric: true,
    cell: (v) => ({
      text: v.amount?.written ?? "",
      sort: amountSortKey(v),
      ...(v.amount ? { title: `${v.amount.currency} ${plainNumber(v.amount.value)} (${v.amount.qualifier})` } : {}),
    }),
  },
  { title: "Round", numeric: false, cell: (v) => ({ text: v.round ?? "" }) },
  { title: "Sources", numeric: true, cell: (v) => ({ text: String(v.documentCount), sort: String(v.documentCount), title: `${v.sources.length} mention(s) in ${v.documentCount} document(s)` }) },
  {
    title: "Conflicts",
    numeric: true,
    cell: (v) => ({
      text: v.conflicts.length > 0 ? `⚠ ${v.conflicts.length}` : "",
      sort: String(v.conflicts.length),
      ...(v.conflicts.length > 0 ? { title: `Sources disagree on ${v.conflicts.map((c) => c.field).join(", ")}` } : {}),
    }),
  },
];

/** The sortable, filterable table of records: one row per record, `data-index` its index in the page's data. */
export function renderRecordTable(views: readonly RecordView[]): string {
  const head = RECORD_TABLE_COLUMNS.map(
    (c, i) =>
      `<th scope="col" data-col="${i}" data-type="${c.numeric ? "number" : "text"}" aria-sort="none"><button type="button">${escapeHtml(c.title)}</button></th>`,
  ).join("");
  const rows = views.map((v, index) => {
    const cells = RECORD_TABLE_COLUMNS.map((c) => {
      const cell = c.cell(v);
      const attrs = [
        ...(c.numeric ? [`class="num"`] : []),
        ...(cell.sort !== undefined ? [`data-sort="${escapeHtml(cell.sort)}"`] : []),
        ...(cell.title !== undefined ? [`title="${escapeHtml(cell.title)}"`] : []),
      ];
      return `<td${attrs.length > 0 ? ` ${attrs.join(" ")}` : ""}>${escapeHtml(cell.text)}</td>`;
    });
    return `<tr data-index="${index}" data-record="${escapeHtml(v.id)}" tabindex="0" aria-selected="false">${cells.join("")}</tr>`;
  });
  return `<table id="records"><thead><tr>${head}</tr></thead><tbody>\n${rows.join("\n")}\n</tbody></table>`;
}
