import type { RegisterData } from "@fundtrace/authorities";

/** How a text qualifies an amount, as the gold format spells it. */
export type GoldQualifier = "exact" | "up-to" | "about" | "over" | "under";

export interface GoldAmount {
  value: number;
  qualifier: GoldQualifier;
}

/** One passage about one project, as /work/shared/eval/GOLD.md describes it. */
export interface GoldMention {
  doc: string;
  /** Copied from the text; occurs exactly once in the document. */
  quote: string;
  kind: "funding" | "reference";
  /** Recipients named in the passage, as written. */
  organisations: string[];
  amount: GoldAmount | null;
  name: string | null;
  places?: string[];
}

/** The canonical, merged view of one grant. */
export interface GoldProject {
  key: string;
  name: string | null;
  organisations: string[];
  amount: GoldAmount | null;
  round: string | null;
  mentions: GoldMention[];
}

/** Money or an organisation-like string that must not become a project record. */
export interface GoldNegative {
  doc: string;
  quote: string;
  why: string;
}

export interface GoldFile {
  corpus: string;
  docs: Record<string, { file: string; published: string | null }>;
  projects: GoldProject[];
  negatives: GoldNegative[];
}

/** The page layouts the generator writes. */
export type Style =
  | "list-paren"
  | "list-colon"
  | "list-numbered"
  | "table"
  | "bullets"
  | "news"
  | "press"
  | "blog"
  | "page";

export const STYLES: readonly Style[] = ["list-paren", "list-colon", "list-numbered", "table", "bullets", "news", "press", "blog", "page"];

export interface CorpusOptions {
  seed: number;
  /** How many documents to write. */
  documents: number;
  /** The register data (`data/register.json` of @fundtrace/authorities): councils are taken from it. */
  register: RegisterData;
  /** The gold file's `corpus` name (default "generated"). */
  corpus?: string;
  /** Relative weights of the styles (defaults in `styles/weights.ts`). */
  styles?: Partial<Record<Style, number>>;
  /** Documents per window: grants repeat only within a window, so memory stays bounded (default 200). */
  window?: number;
  /** Prefix of document ids (default "gen"): `gen-000001`. */
  idPrefix?: string;
}

/** A gold mention with what the generator knows about it. */
export interface DraftMention extends GoldMention {
  project: string;
  /** The template that wrote it, e.g. "news/awarded-to". */
  template: string;
  /** Unit of the last digit of the written amount (for picking a project's most precise amount). */
  precision: number | null;
  /** The funding round the document states for this mention, if any. */
  round: string | null;
  /** For each of `organisations`, the recipient of the project it names (its index in the project's `organisations`), or -1. */
  recipients: number[];
}

/** One generated document with its share of the gold. */
export interface GeneratedDocument {
  id: string;
  text: string;
  style: Style;
  published: string | null;
  mentions: DraftMention[];
  negatives: GoldNegative[];
  /** The grants this document mentions for the first time. */
  projects: ProjectTruth[];
}

/** What a generated grant is, whatever any one text says of it. */
export interface ProjectTruth {
  key: string;
  name: string | null;
  /** The recipients' fullest names (a council's official name). */
  organisations: string[];
  round: string | null;
  /** The awarded value in pounds and how the announcement qualified it. */
  amount: GoldAmount;
}
