/** The stages of a run, in the order they come. */
export type RunStage = "read" | "extract" | "reconcile" | "write";

/**
 * Where a run is, for a progress display: the stage, how far through it (`done` of `total`
 * steps: inputs read, documents extracted, reconcile phases finished, outputs written), and
 * what it is on (the phase just finished, or the output being written).
 */
export interface RunProgress {
  stage: RunStage;
  done: number;
  total: number;
  item?: string;
}

/** Called as a run moves on: a value to show, never a reason to throw. */
export type OnRunProgress = (progress: RunProgress) => void;
