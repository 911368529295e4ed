import { escapeHtml } from "./escape.js";
import type { Highlight } from "./highlights.js";
import { kindRank } from "./highlight-kinds.js";

/** A piece of text between two consecutive span boundaries, with every highlight that covers it, outermost first. */
export interface Segment {
  start: number;
  end: number;
  covering: Highlight[];
}

/** Outermost first: passages, then longer spans, then by kind, then by position. */
const nesting = (a: Highlight, b: Highlight): number =>
  (a.kind === "passage" ? 0 : 1) - (b.kind === "passage" ? 0 : 1) ||
  b.end - b.start - (a.end - a.start) ||
  kindRank(a.kind) - kindRank(b.kind) ||
  a.start - b.start;

/**
 * Splits `[0, length)` at every start and end of every highlight. Each segment lies wholly inside or wholly outside
 * each highlight, so highlights that overlap (without nesting) can still be written as well-formed markup: every
 * segment opens and closes its own elements.
 */
export function splitAtBoundaries(length: number, highlights: readonly Highlight[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const h of highlights) {
    cuts.add(Math.min(Math.max(h.start, 0), length));
    cuts.add(Math.min(Math.max(h.end, 0), length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const sorted = [...highlights].sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  // One sweep: the highlights begun so far, in `sorted` order, less those that ended before the
  // segment (segment ends only grow, so those never come back). Linear in the segments and what
  // covers them; filtering every highlight for every segment made a page of 100 000 mentions take minutes.
  let active: Highlight[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    let added = false;
    while (next < sorted.length && (sorted[next] as Highlight).start <= start) {
      active.push(sorted[next] as Highlight);
      next++;
      added = true;
    }
    if (added || active.some((h) => h.end < end)) active = active.filter((h) => h.end >= end);
    segments.push({ start, end, covering: active.length === 0 ? [] : [...active].sort(nesting) });
  }
  return segments;
}

const joinNumbers = (values: readonly number[]): string => values.join(" ");

/** The opening tag of one highlight's element inside one segment. */
function openTag(h: Highlight, segment: Segment, mentionIds: readonly string[]): string {
  const classes = ["hl", `k-${h.kind}`];
  if (segment.start === h.start) classes.push("first");
  if (segment.end === h.end) classes.push("last");
  const attrs = [`class="${classes.join(" ")}"`];
  if (h.records.length > 0) attrs.push(`data-r="${joinNumbers(h.records)}"`);
  if (h.mentions.length > 0) {
    attrs.push(`data-mi="${joinNumbers(h.mentions)}"`);
    attrs.push(`data-m="${escapeHtml(h.mentions.map((i) => mentionIds[i] ?? "").join(" "))}"`);
  }
  if (h.unattached.length > 0) attrs.push(`data-u="${joinNumbers(h.unattached)}"`);
  attrs.push(`title="${escapeHtml(h.labels.join("\n"))}"`);
  return `<span ${attrs.join(" ")}>`;
}

/**
 * A document's text as HTML with its highlights: every piece of text escaped, each segment wrapped in one `<span>`
 * per highlight covering it (outermost first), all closed before the next segment. `first`/`last` mark the segments
 * where a highlight begins and ends, so its outline can be drawn once around the whole span.
 */
export function renderHighlightedText(text: string, highlights: readonly Highlight[], mentionIds: readonly string[]): string {
  const parts: string[] = [];
  for (const segment of splitAtBoundaries(text.length, highlights)) {
    const body = escapeHtml(text.slice(segment.start, segment.end));
    if (segment.covering.length === 0) {
      parts.push(body);
      continue;
    }
    parts.push(segment.covering.map((h) => openTag(h, segment, mentionIds)).join(""), body, "</span>".repeat(segment.covering.length));
  }
  return parts.join("");
}
