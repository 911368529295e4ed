const HTML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes text for HTML: `& < > " '` become character references, so the result is inert both as a text node
 * and inside a quoted attribute value.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * JSON for a `<script type="application/json">` element: `<`, `>` and `&` are written as `\u003c`, `\u003e` and
 * `\u0026` (and U+2028/U+2029 escaped), so no input can close the element (`</script>`) or open a comment
 * (`<!--`). JSON.parse reads the same value back.
 */
export function jsonForScript(value: unknown): string {
  return (JSON.stringify(value) ?? "null")
    .replace(/</gu, "\\u003c")
    .replace(/>/gu, "\\u003e")
    .replace(/&/gu, "\\u0026")
    .replace(/\u2028/gu, "\\u2028")
    .replace(/\u2029/gu, "\\u2029");
}
