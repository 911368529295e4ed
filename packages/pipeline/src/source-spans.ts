import type { Amount, Mention, Message, Project, UnattachedAmount } from "@fundtrace/contract";
import type { ToSource } from "./html.js";
import type { PipelineResult } from "./run.js";

interface Spanned { start: number; end: number }

/** A span of the text mapped to the source: the smallest slice of the source that holds it. */
export function mapSpan<S extends Spanned>(span: S, toSource: ToSource): S {
  const start = toSource(span.start, "start");
  const end = span.end > span.start ? Math.max(start, toSource(span.end, "end")) : start;
  return { ...span, start, end };
}

const mapNullable = <S extends Spanned>(span: S | null, toSource: ToSource): S | null => (span ? mapSpan(span, toSource) : null);

function mapAmount(amount: Amount, toSource: ToSource): Amount {
  return { ...mapSpan(amount, toSource), qualifierSpan: mapNullable(amount.qualifierSpan, toSource) };
}

/**
 * A mention found in the text `htmlToText` made, with every span moved to the HTML: the passage,
 * organisations, amount and its qualifier, name, places, round, theme, funder, programme and
 * announcement date. Quoted `text`s stay as read (entities decoded, whitespace collapsed), so
 * `html.slice(start, end)` holds the same words with the markup and escapes the page has there.
 */
export function mapMentionSpans(mention: Mention, toSource: ToSource): Mention {
  return {
    ...mapSpan(mention, toSource),
    nameSpan: mapNullable(mention.nameSpan, toSource),
    organisations: mention.organisations.map((o) => mapSpan(o, toSource)),
    amount: mention.amount ? mapAmount(mention.amount, toSource) : null,
    places: mention.places.map((p) => mapSpan(p, toSource)),
    round: mapNullable(mention.round, toSource),
    theme: mapNullable(mention.theme, toSource),
    funder: mapNullable(mention.funder, toSource),
    programme: mapNullable(mention.programme, toSource),
    announced: mapNullable(mention.announced, toSource),
  };
}

/**
 * The result of `runPipeline` with the spans of the documents in `maps` (document id → its map)
 * moved to their sources: mentions, each record's sources and amount, unattached amounts and
 * message spans. Documents not in `maps` are left as they are.
 */
export function mapResultToSource(result: PipelineResult, maps: ReadonlyMap<string, ToSource>): PipelineResult {
  if (maps.size === 0) return result;
  const docOf = new Map(result.mentions.map((m) => [m.id, m.doc]));
  const mapIn = <S extends Spanned>(doc: string | undefined, span: S): S => {
    const toSource = doc === undefined ? undefined : maps.get(doc);
    return toSource ? mapSpan(span, toSource) : span;
  };
  const mentions = result.mentions.map((m) => {
    const toSource = maps.get(m.doc);
    return toSource ? mapMentionSpans(m, toSource) : m;
  });
  const projects = result.projects.map((p): Project => {
    const amountDoc = p.provenance["amount"] === undefined ? undefined : docOf.get(p.provenance["amount"]);
    const toSource = amountDoc === undefined ? undefined : maps.get(amountDoc);
    return {
      ...p,
      sources: p.sources.map((s) => mapIn(s.doc, s)),
      amount: p.amount && toSource ? mapAmount(p.amount, toSource) : p.amount,
    };
  });
  const unattached = result.unattached.map((u): UnattachedAmount => mapIn(u.doc, u));
  const messages = result.messages.map((m): Message => (m.span ? { ...m, span: mapIn(m.source, m.span) } : m));
  return { ...result, mentions, projects, unattached, messages };
}
