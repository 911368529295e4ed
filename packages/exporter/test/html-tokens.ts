/**
 * A small HTML tokenizer for tests, following the HTML tokenizer's rules for the constructs a page can contain:
 * a `<` starts a tag only when a letter (or `/` and a letter, or `!`) follows; attribute values may be quoted with
 * `"` or `'` or unquoted; `script` and `style` hold raw text up to their end tag. Character references are decoded
 * in text and attribute values.
 */
export type HtmlToken =
  | { type: "start"; name: string; attrs: Array<[string, string]>; end: number }
  | { type: "end"; name: string }
  | { type: "text"; text: string; raw: boolean }
  | { type: "comment"; text: string }
  | { type: "doctype"; text: string };

const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (all, ref: string) => {
    if (ref.startsWith("#x") || ref.startsWith("#X")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return NAMED[ref.toLowerCase()] ?? all;
  });
}

export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let i = 0;
  let text = "";
  const flush = () => {
    if (text) tokens.push({ type: "text", text: decodeEntities(text), raw: false });
    text = "";
  };
  while (i < html.length) {
    const rest = html.slice(i, i + 4);
    if (rest.startsWith("<!--")) {
      flush();
      const close = html.indexOf("-->", i + 4);
      const end = close < 0 ? html.length : close + 3;
      tokens.push({ type: "comment", text: html.slice(i + 4, close < 0 ? html.length : close) });
      i = end;
    } else if (rest.startsWith("<!")) {
      flush();
      const close = html.indexOf(">", i);
      tokens.push({ type: "doctype", text: html.slice(i + 2, close) });
      i = close + 1;
    } else if (/^<\/[a-z]/iu.test(rest)) {
      flush();
      const close = html.indexOf(">", i);
      tokens.push({ type: "end", name: /^<\/([^\s/>]+)/u.exec(html.slice(i))?.[1]?.toLowerCase() ?? "" });
      i = close < 0 ? html.length : close + 1;
    } else if (/^<[a-z]/iu.test(rest)) {
      flush();
      const name = (/^<([^\s/>]+)/u.exec(html.slice(i))?.[1] ?? "").toLowerCase();
      let j = i + 1 + name.length;
      const attrs: Array<[string, string]> = [];
      for (;;) {
        while (j < html.length && /[\s/]/u.test(html[j] ?? "")) j++;
        if (j >= html.length || html[j] === ">") break;
        const attr = /^[^\s/>=]+/u.exec(html.slice(j))?.[0] ?? html[j] ?? "";
        j += attr.length;
        while (/\s/u.test(html[j] ?? "")) j++;
        let value = "";
        if (html[j] === "=") {
          j++;
          while (/\s/u.test(html[j] ?? "")) j++;
          const q = html[j];
          if (q === '"' || q === "'") {
            const close = html.indexOf(q, j + 1);
            value = html.slice(j + 1, close);
            j = close + 1;
          } else {
            value = /^[^\s>]*/u.exec(html.slice(j))?.[0] ?? "";
            j += value.length;
          }
        }
        attrs.push([attr.toLowerCase(), decodeEntities(value)]);
      }
      tokens.push({ type: "start", name, attrs, end: j + 1 });
      i = j + 1;
      if (name === "script" || name === "style") {
        const close = html.toLowerCase().indexOf(`</${name}`, i);
        const end = close < 0 ? html.length : close;
        tokens.push({ type: "text", text: html.slice(i, end), raw: true });
        i = end;
      }
    } else {
      text += html[i];
      i++;
    }
  }
  flush();
  return tokens;
}

/** The start tags of a token list. */
export const startTags = (tokens: readonly HtmlToken[]) =>
  tokens.filter((t): t is Extract<HtmlToken, { type: "start" }> => t.type === "start");

/** The raw text of each `<script>` element, with its attributes. */
export function scripts(tokens: readonly HtmlToken[]): Array<{ attrs: Map<string, string>; text: string }> {
  const out: Array<{ attrs: Map<string, string>; text: string }> = [];
  tokens.forEach((t, i) => {
    if (t.type !== "start" || t.name !== "script") return;
    const next = tokens[i + 1];
    out.push({ attrs: new Map(t.attrs), text: next?.type === "text" && next.raw ? next.text : "" });
  });
  return out;
}

/** Every decoded text node outside script and style, joined. */
export const visibleText = (tokens: readonly HtmlToken[]): string =>
  tokens.map((t) => (t.type === "text" && !t.raw ? t.text : "")).join("");
