import type { Mention, Project, UnattachedAmount } from "@fundtrace/contract";
import type { ReportLimits } from "./limits.js";

/** One field's contribution to a pairwise merge decision (the shape `@fundtrace/dedupe` returns). */
export interface ReportEvidence {
  field: string;
  outcome: string;
  /** log2(m/u): positive for a merge, negative against. */
  weight: number;
  detail: string;
}

/** Why two mentions were (or were not) put in one record (the shape of `@fundtrace/dedupe`'s `Decision`). */
export interface ReportDecision {
  a: string;
  b: string;
  merged: boolean;
  score: number;
  evidence: ReportEvidence[];
  /** The cannot-link constraint (or cluster rule) that kept them apart, when one did. */
  constraint?: string;
}

/** A source document as the report shows it: its id and original text (offsets index into it). */
export interface ReportDocument {
  id: string;
  text: string;
}

/** Everything the review page is built from. */
export interface ReportInput {
  projects: Project[];
  mentions: Mention[];
  documents: ReportDocument[];
  unattached: UnattachedAmount[];
  /** Pairwise decisions, used to explain the merges of each record; optional. */
  decisions?: ReportDecision[];
  /** How much the page shows (default `DEFAULT_REPORT_LIMITS`); pass Infinity for everything. */
  limits?: Partial<ReportLimits>;
}
