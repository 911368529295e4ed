import { TextBuilder } from "./builder.js";
import { dayOf, type Day } from "./dates.js";
import type { WrittenAmount } from "./money.js";
import type { OrgPool } from "./organisations.js";
import { POOLS } from "./pools.js";
import type { Rng } from "./prng.js";
import { uniqueQuote, type Span } from "./quotes.js";
import type { DraftMention, GeneratedDocument, GoldNegative, ProjectTruth, Style } from "./types.js";
import type { Grant, Window } from "./world.js";

interface PendingMention {
  grant: Grant;
  recipients: number[];
  span: Span;
  kind: "funding" | "reference";
  organisations: string[];
  amount: WrittenAmount | null;
  name: string | null;
  places: string[];
  template: string;
  round: string | null;
}

/** What a style writes into: the text, the mentions and negatives with their spans. */
export class DocContext {
  readonly b = new TextBuilder();
  readonly day: Day;
  /** The date as the page states it, or null when the page gives none. */
  published: string | null = null;
  /** A round the page states for every grant on it (a press release's title). */
  round: string | null = null;
  private readonly pending: PendingMention[] = [];
  private readonly traps: Array<{ span: Span; why: string }> = [];
  private readonly introduced: ProjectTruth[] = [];
  private filler: string[] | null = null;

  constructor(
    readonly rng: Rng,
    readonly window: Window,
    readonly pool: OrgPool,
    readonly index: number,
    readonly id: string,
    dayNumber: number,
  ) {
    this.day = dayOf(dayNumber);
  }

  /** Records a passage about a grant; `span` is the part that states it (the future quote). */
  mention(
    grant: Grant,
    span: Span,
    fields: { kind?: "funding" | "reference"; organisations: string[]; amount: WrittenAmount | null; name?: boolean; places?: string[]; template: string; round?: string | null },
  ): void {
    grant.lastDoc = this.index;
    const named = Boolean(fields.name && grant.name);
    if (named) grant.nameStated = true;
    if (!grant.introduced) {
      grant.introduced = true;
      this.introduced.push({
        key: grant.key,
        name: grant.name,
        organisations: grant.orgs.map((o) => o.full),
        round: grant.round,
        amount: { value: grant.value, qualifier: "exact" },
      });
    }
    const recipients = fields.organisations.map((n) =>
      grant.orgs.findIndex((o) => o.forms.includes(n) || o.proseForms.includes(n) || o.full === n || o.full === `The ${n}` || (o.place !== null && `${o.place} Council` === n)),
    );
    this.pending.push({
      grant,
      recipients,
      span,
      kind: fields.kind ?? "funding",
      organisations: fields.organisations,
      amount: fields.amount,
      name: named ? grant.name : null,
      places: fields.places ?? [],
      template: fields.template,
      round: fields.round ?? this.round,
    });
  }

  /** The next background sentence, none repeated within the document. */
  nextFiller(): string {
    if (!this.filler || this.filler.length === 0) this.filler = this.rng.sample(POOLS.filler.sentences, POOLS.filler.sentences.length);
    return this.filler.pop()!;
  }

  /** Records a trap: money or a name that must not become a record. */
  negative(span: Span, why: string): void {
    this.traps.push({ span, why });
  }

  /** The finished document: quotes widened until each occurs exactly once. */
  finish(style: Style): GeneratedDocument {
    const text = this.b.toString();
    const mentions: DraftMention[] = this.pending.map((p) => {
      const q = uniqueQuote(text, p.span);
      const m: DraftMention = {
        doc: this.id,
        quote: text.slice(q.start, q.end),
        kind: p.kind,
        organisations: p.organisations,
        amount: p.amount ? { value: p.amount.value, qualifier: p.amount.qualifier } : null,
        name: p.name,
        project: p.grant.key,
        template: p.template,
        precision: p.amount ? p.amount.precision : null,
        round: p.round,
        recipients: p.recipients,
      };
      if (p.places.length) m.places = p.places;
      return m;
    });
    const negatives: GoldNegative[] = this.traps.map((t) => {
      const q = uniqueQuote(text, t.span);
      return { doc: this.id, quote: text.slice(q.start, q.end), why: t.why };
    });
    return { id: this.id, text, style, published: this.published, mentions, negatives, projects: this.introduced };
  }
}
