/** A span of a text that is to become a gold quote. */
export interface Span {
  start: number;
  end: number;
}

const occursOnce = (text: string, quote: string, at: number) =>
  quote.length > 0 && text.indexOf(quote) === at && text.indexOf(quote, at + 1) < 0;

/** The end of the line holding `i` (exclusive), or the text's end. */
function lineEnd(text: string, i: number): number {
  const n = text.indexOf("\n", i);
  return n < 0 ? text.length : n;
}
function lineStart(text: string, i: number): number {
  return text.lastIndexOf("\n", i - 1) + 1;
}
const trimSpan = (text: string, s: Span): Span => {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
};

/**
 * The shortest widening of `span` whose text occurs exactly once in `text`: the span itself, then
 * its clause up to the next sentence end, then its whole line, then neighbouring lines. A whole
 * document occurs once in itself, so this always ends.
 */
export function uniqueQuote(text: string, span: Span): Span {
  let s = trimSpan(text, span);
  if (occursOnce(text, text.slice(s.start, s.end), s.start)) return s;
  // to the end of the sentence
  const ls = lineStart(text, s.start), le = lineEnd(text, s.end);
  const stop = text.slice(s.end, le).search(/[.;:!?](\s|$)/);
  if (stop >= 0) {
    const c = trimSpan(text, { start: s.start, end: s.end + stop + 1 });
    if (occursOnce(text, text.slice(c.start, c.end), c.start)) return c;
  }
  let raw: Span = { start: ls, end: le };
  s = trimSpan(text, raw);
  while (!occursOnce(text, text.slice(s.start, s.end), s.start)) {
    if (raw.start === 0 && raw.end === text.length) break;
    raw = { start: raw.start > 0 ? lineStart(text, raw.start - 1) : 0, end: raw.end < text.length ? lineEnd(text, raw.end + 1) : text.length };
    s = trimSpan(text, raw);
  }
  return s;
}
