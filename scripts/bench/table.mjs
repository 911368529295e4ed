// Formats the figures as one aligned text table.
export function formatTable(rows) {
  const head = ["measure", "value", "bar", ""];
  const cells = [head, ...rows.map((r) => [r.measure, r.value, r.bar ?? "", r.ok === undefined || r.ok === null ? "" : r.ok ? "ok" : "MISSED"])];
  const widths = head.map((_, i) => Math.max(...cells.map((c) => String(c[i]).length)));
  const line = (c) => c.map((x, i) => String(x).padEnd(widths[i])).join("  ").trimEnd();
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

export const mb = (bytes) => `${(bytes / 1e6).toFixed(bytes >= 1e8 ? 0 : 1)} MB`;
export const f2 = (x) => (x == null || Number.isNaN(x) ? "n/a" : x.toFixed(2));
export const f3 = (x) => (x == null || Number.isNaN(x) ? "n/a" : x.toFixed(3));
