import type { Mention, Message, Project, RegisterLink } from "@fundtrace/contract";

/** Links an organisation name to the local-authority register (injected; e.g. from @fundtrace/authorities). */
export type LinkOrganisation = (name: string, date: string | null) => RegisterLink | null;

/** Which decisions `reconcile` returns: every pair it weighed that scored near a merge, only merges, or none. */
export type DecisionLevel = "all" | "merges" | "none";

export interface ReconcileOptions {
  /** Used for organisations whose `link` the recogniser left null. */
  linkOrganisation?: LinkOrganisation;
  /** The passage text of a mention, for description similarity. Without it descriptions are not compared. */
  passageText?: (mention: Mention) => string;
  /** Records from an earlier run: their ids are kept, and a merge of two keeps the older id. */
  existing?: Project[];
  /** The mentions the existing records were built from (so they are reconciled again with the new ones). */
  existingMentions?: Mention[];
  /** Merge threshold on the summed log-odds weights (default from data/weights.json). */
  threshold?: number;
  /** Which decisions to return (default "all"). */
  decisions?: DecisionLevel;
  /** Called as each phase ends (the names of `RECONCILE_PHASES`, in that order), e.g. to time them or show progress. */
  onPhase?: (phase: ReconcilePhase) => void;
}

/** One field's contribution to a pairwise decision. */
export interface Evidence {
  field: string;
  outcome: string;
  /** log2(m/u): positive for, negative against. */
  weight: number;
  detail: string;
}

/** Why two mentions were (not) put in one record. */
export interface Decision {
  a: string;
  b: string;
  merged: boolean;
  score: number;
  evidence: Evidence[];
  /** The cannot-link constraint (or cluster rule) that kept them apart, when one did. */
  constraint?: string;
}

export interface Reconciled {
  projects: Project[];
  decisions: Decision[];
  messages: Message[];
}

/** Options of `explain`: those of `reconcile`, plus the mentions of the run being explained. */
export interface ExplainOptions extends ReconcileOptions {
  /** The run's mentions, so organisations named by many funding mentions weigh as in `reconcile`. */
  population?: readonly Mention[];
}

/** The phases of `reconcile`, in the order they run; `onPhase` is called with each as it ends. */
export const RECONCILE_PHASES = ["gather", "prepare", "block", "cluster", "references", "records", "decisions"] as const;
export type ReconcilePhase = (typeof RECONCILE_PHASES)[number];
