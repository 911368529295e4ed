import data from "./data/html.json" with { type: "json" };
import cp1252 from "./data/windows-1252.json" with { type: "json" };

/**
 * Maps an offset into the text `htmlToText` made to an offset into the HTML it was made from.
 * `side` says which edge of a span the offset is: "start" (the default) gives where the character
 * at `offset` starts in the HTML, "end" gives where the character before `offset` ends, so
 * `[toSource(s), toSource(e, "end"))` is the smallest slice of the HTML that holds the text's
 * `[s, e)`. Monotone: a span that is well formed in the text is well formed in the HTML.
 */
export type ToSource = (offset: number, side?: "start" | "end") => number;

export interface HtmlText {
  /** The page as plain text: what every stage reads. */
  text: string;
  toSource: ToSource;
  /**
   * The HTML with its markup blanked: the same length as the HTML, tags, comments and dropped
   * elements turned into spaces, text and entities as written. Slicing it by mapped spans gives
   * readable passages (entities stay escaped: "&amp;", "&pound;").
   */
  readable: () => string;
}

const COPY = 0;
const SPACE = 1;
const ENTITY = 2;
const INSERTED = 3;

const dropContent = new Set(data.dropContent);
/** Elements whose content runs to their end tag (or the end of the page) whatever it holds. */
const rawText = new Set(["script", "style", "title", "textarea", "noscript", "xmp", "plaintext"]);
const paragraphBreak = new Set(data.paragraphBreak);
const lineBreak = new Set(data.lineBreak);
const cells = new Set(data.cell);
const preformatted = new Set(data.preformatted);
const named = new Map(Object.entries(data.entities as Record<string, string>));
const windows1252 = new Map(Object.entries(cp1252.c1 as Record<string, string>).map(([k, v]) => [Number(k), v]));

/** Growable parallel arrays: one row per piece of text and the HTML it came from. */
class Segments {
  n = 0;
  t = new Int32Array(1024);
  tl = new Int32Array(1024);
  s = new Int32Array(1024);
  sl = new Int32Array(1024);
  kind = new Uint8Array(1024);

  push(t: number, tl: number, s: number, sl: number, kind: number): void {
    const last = this.n - 1;
    if (kind === COPY && last >= 0 && this.kind[last] === COPY && this.t[last]! + this.tl[last]! === t && this.s[last]! + this.sl[last]! === s) {
      this.tl[last]! += tl;
      this.sl[last]! += sl;
      return;
    }
    if (this.n === this.t.length) this.grow();
    this.t[this.n] = t;
    this.tl[this.n] = tl;
    this.s[this.n] = s;
    this.sl[this.n] = sl;
    this.kind[this.n] = kind;
    this.n++;
  }

  private grow(): void {
    const size = this.t.length * 2;
    const int = (a: Int32Array) => { const b = new Int32Array(size); b.set(a); return b; };
    this.t = int(this.t);
    this.tl = int(this.tl);
    this.s = int(this.s);
    this.sl = int(this.sl);
    const k = new Uint8Array(size);
    k.set(this.kind);
    this.kind = k;
  }

  /** The last segment whose text starts at or before `offset`. */
  find(offset: number): number {
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.t[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/**
 * `indexOf` that remembers its last answer, so a scanner moving forward never searches the same
 * stretch twice: searching from a position the last search passed over costs nothing.
 */
function finder(search: (from: number) => number): (from: number) => number {
  let from = Number.POSITIVE_INFINITY;
  let at = -1;
  return (p) => {
    if (p >= from && (at === -1 || at >= p)) return at;
    from = p;
    at = search(p);
    return at;
  };
}

function regexFinder(html: string, re: RegExp): (from: number) => number {
  return finder((p) => {
    re.lastIndex = p;
    const m = re.exec(html);
    return m ? m.index : -1;
  });
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isNameChar = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 45 || c === 58 || c === 95;
const isHtmlSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;

function numericEntity(digits: string, radix: number): string {
  if (digits.length > 8) return "\ufffd";
  const code = Number.parseInt(digits, radix);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
  return windows1252.get(code) ?? String.fromCodePoint(code);
}

const inlinePattern = /[\t\n\f\r ]+|&(?:#[xX]([0-9a-fA-F]+);?|#([0-9]+);?|([A-Za-z][A-Za-z0-9]{0,31});)/g;

/**
 * Reduces an HTML page to the text a reader sees, with a map back to the HTML. Script, style,
 * noscript, template, head and the like are dropped with their contents, and so are comments
 * and declarations; block elements become line breaks (paragraphs a blank line), list items a
 * line with a marker ("• ", or "1) " in an ordered list), table cells " | "; runs of HTML
 * whitespace become one space (kept as written inside <pre>); entities are decoded (named ones
 * such as &amp; &pound; &nbsp;, and numeric ones, with the Windows-1252 reading of &#128;–&#159;).
 * Linear in the length of the page, whatever the page holds.
 */
export function htmlToText(html: string): HtmlText {
  const n = html.length;
  const out: string[] = [];
  const segs = new Segments();
  let length = 0;
  let atLineStart = true;
  let pendingBreak = 0;
  let breakFrom = 0;
  let breakTo = 0;
  let pendingSpace = false;
  let spaceFrom = 0;
  let spaceTo = 0;
  let pendingCell = false;
  let cellFrom = 0;
  let cellTo = 0;
  let pre = 0;
  const lists: Array<{ ordered: boolean; count: number }> = [];

  const put = (s: string, from: number, to: number, kind: number) => {
    if (s.length === 0) return;
    out.push(s);
    segs.push(length, s.length, from, to - from, kind);
    length += s.length;
    atLineStart = s.charCodeAt(s.length - 1) === 10;
  };
  const flush = () => {
    if (length > 0) {
      if (pendingBreak > 0) {
        const have = atLineStart ? 1 : 0;
        if (pendingBreak > have) put("\n".repeat(pendingBreak - have), breakFrom, breakTo, INSERTED);
      } else if (pendingCell && !atLineStart) put(" | ", cellFrom, cellTo, INSERTED);
      else if (pendingSpace && !atLineStart) put(" ", spaceFrom, spaceTo, SPACE);
    }
    pendingBreak = 0;
    pendingSpace = false;
    pendingCell = false;
  };
  const breakAt = (lines: number, from: number, to: number) => {
    if (pendingBreak === 0) breakFrom = from;
    breakTo = to;
    pendingBreak = Math.max(pendingBreak, lines);
    pendingSpace = false;
    pendingCell = false;
  };

  /** Text between tags: [a, b). */
  const text = (a: number, b: number) => {
    if (a >= b) return;
    const region = html.slice(a, b);
    inlinePattern.lastIndex = 0;
    let at = 0;
    for (let m = inlinePattern.exec(region); m; m = inlinePattern.exec(region)) {
      const start = m.index;
      const end = start + m[0].length;
      const isSpace = m[0].charCodeAt(0) !== 38;
      let decoded: string | undefined;
      if (!isSpace) {
        if (m[1] !== undefined) decoded = numericEntity(m[1], 16);
        else if (m[2] !== undefined) decoded = numericEntity(m[2], 10);
        else decoded = named.get(m[3]!);
        if (decoded === undefined) continue;
      }
      if (start > at) { flush(); put(region.slice(at, start), a + at, a + start, COPY); }
      if (isSpace) {
        if (pre > 0) { flush(); put(m[0], a + start, a + end, COPY); }
        else if (pendingBreak === 0 && !pendingCell) {
          if (!pendingSpace) { spaceFrom = a + start; spaceTo = a + end; }
          pendingSpace = true;
        }
      } else {
        flush();
        put(decoded!, a + start, a + end, ENTITY);
      }
      at = end;
    }
    if (at < region.length) { flush(); put(region.slice(at), a + at, b, COPY); }
  };

  const nextGt = finder((p) => html.indexOf(">", p));
  const nextQuote = { 34: finder((p) => html.indexOf('"', p)), 39: finder((p) => html.indexOf("'", p)) } as Record<number, (p: number) => number>;
  const nextCommentEnd = finder((p) => html.indexOf("-->", p));
  const nextLt = finder((p) => html.indexOf("<", p));
  const endTags = new Map<string, (p: number) => number>();
  const endTagOf = (name: string) => {
    let f = endTags.get(name);
    if (!f) { f = regexFinder(html, new RegExp(`</${name}(?=[\\t\\n\\f\\r />]|$)`, "gi")); endTags.set(name, f); }
    return f;
  };
  const nextBody = regexFinder(html, /<body(?=[\t\n\f\r />]|$)/gi);

  /** The end (exclusive) of a start tag whose name ends at `p`, quoted attribute values honoured; -1 when there is no ">". */
  const startTagEnd = (p: number): { end: number; selfClosing: boolean } | null => {
    let gt = nextGt(p);
    if (gt < 0) return null;
    let q = p;
    let afterEquals = false;
    while (q < gt) {
      const c = html.charCodeAt(q);
      if (c === 61) afterEquals = true;
      else if ((c === 34 || c === 39) && afterEquals) {
        const close = nextQuote[c]!(q + 1);
        if (close < 0) break;
        q = close;
        afterEquals = false;
        if (gt < q) { gt = nextGt(q); if (gt < 0) return null; }
      } else if (!isHtmlSpace(c)) afterEquals = false;
      q++;
    }
    return { end: gt + 1, selfClosing: html.charCodeAt(gt - 1) === 47 };
  };

  let i = 0;
  while (i < n) {
    const lt = nextLt(i);
    if (lt < 0) { text(i, n); break; }
    text(i, lt);
    i = lt;
    const c1 = html.charCodeAt(i + 1);
    if (c1 === 33 && html.startsWith("<!--", i)) {
      if (html.startsWith("<!-->", i)) { i += 5; continue; }
      if (html.startsWith("<!--->", i)) { i += 6; continue; }
      const end = nextCommentEnd(i + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (c1 === 33 || c1 === 63) {
      const gt = nextGt(i + 2);
      i = gt < 0 ? n : gt + 1;
      continue;
    }
    const closing = c1 === 47;
    let p = closing ? i + 2 : i + 1;
    if (!isAsciiLetter(html.charCodeAt(p))) {
      if (closing) {
        const gt = nextGt(p);
        if (gt >= 0) { i = gt + 1; continue; }
      }
      text(i, i + 1);
      i++;
      continue;
    }
    const nameStart = p;
    while (p < n && isNameChar(html.charCodeAt(p))) p++;
    const name = html.slice(nameStart, p).toLowerCase();
    let tagEnd: number;
    let selfClosing = false;
    if (closing) {
      const gt = nextGt(p);
      if (gt < 0) { text(i, i + 1); i++; continue; }
      tagEnd = gt + 1;
    } else {
      const t = startTagEnd(p);
      if (!t) { text(i, i + 1); i++; continue; }
      tagEnd = t.end;
      selfClosing = t.selfClosing;
    }
    const from = i;
    i = tagEnd;

    if (!closing && name === "head") {
      const close = endTagOf("head")(i);
      const body = nextBody(i);
      if (close >= 0 && (body < 0 || close < body)) { const gt = nextGt(close); i = gt < 0 ? n : gt + 1; }
      else if (body >= 0) i = body;
      continue;
    }
    if (!closing && dropContent.has(name) && !(selfClosing && !rawText.has(name))) {
      const close = endTagOf(name)(i);
      if (close >= 0) { const gt = nextGt(close); i = gt < 0 ? n : gt + 1; }
      else if (rawText.has(name)) i = n;
      continue;
    }
    if (preformatted.has(name)) pre = closing ? Math.max(0, pre - 1) : pre + 1;
    if (name === "ul" || name === "ol" || name === "menu") {
      if (closing) lists.pop();
      else lists.push({ ordered: name === "ol", count: 0 });
    }
    if (paragraphBreak.has(name)) breakAt(2, from, tagEnd);
    else if (lineBreak.has(name)) {
      breakAt(1, from, tagEnd);
      if (name === "li" && !closing) {
        flush();
        const list = lists[lists.length - 1];
        const marker = list?.ordered ? `${++list.count}) ` : "• ";
        put(marker, from, tagEnd, INSERTED);
      }
    } else if (cells.has(name) && !closing && pendingBreak === 0) {
      pendingCell = true;
      pendingSpace = false;
      cellFrom = from;
      cellTo = tagEnd;
    }
  }

  const textOut = out.join("");
  const toSource: ToSource = (offset, side = "start") => {
    if (segs.n === 0) return 0;
    if (side === "end") {
      if (offset <= 0) return segs.s[0]!;
      const k = segs.find(Math.min(offset, length) - 1);
      const linear = segs.kind[k] === COPY || (segs.kind[k] === SPACE && segs.tl[k] === segs.sl[k]);
      return linear ? segs.s[k]! + (Math.min(offset, length) - segs.t[k]!) : segs.s[k]! + segs.sl[k]!;
    }
    if (offset >= length) return segs.s[segs.n - 1]! + segs.sl[segs.n - 1]!;
    const k = segs.find(Math.max(0, offset));
    const linear = segs.kind[k] === COPY || (segs.kind[k] === SPACE && segs.tl[k] === segs.sl[k]);
    return linear ? segs.s[k]! + (Math.max(0, offset) - segs.t[k]!) : segs.s[k]!;
  };
  const readable = () => {
    const parts: string[] = [];
    let cursor = 0;
    for (let k = 0; k < segs.n; k++) {
      if (segs.kind[k] === INSERTED) continue;
      const s = segs.s[k]!;
      const e = s + segs.sl[k]!;
      if (s > cursor) parts.push(" ".repeat(s - cursor));
      if (e > cursor) parts.push(html.slice(Math.max(s, cursor), e));
      cursor = Math.max(cursor, e);
    }
    if (n > cursor) parts.push(" ".repeat(n - cursor));
    return parts.join("");
  };
  return { text: textOut, toSource, readable };
}

const htmlStart = /^(?:\s|<\?xml[^>]{0,200}\?>|<!--[\s\S]{0,2000}?-->)*<(?:!doctype\s+html|html(?=[\s>]))/i;

/** Whether an input is HTML: a .html/.htm name, or text that opens with `<!doctype html` or `<html`. */
export function isHtml(path: string, text: string): boolean {
  if (/\.html?$/i.test(path)) return true;
  return htmlStart.test(text.slice(0, 4096));
}
