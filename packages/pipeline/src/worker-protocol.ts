import type { Document, Mention, Message, UnattachedAmount } from "@fundtrace/contract";

/** What the composer asks an extraction worker. */
export type WorkerRequest =
  | { type: "names"; id: number; names: string[] }
  | { type: "extract"; id: number; doc: Document; compromise: boolean }
  | { type: "references"; id: number; doc: Document; own: Mention[] };

/** What a worker answers, matched to its request by `id`. */
export type WorkerReply =
  | { type: "ready"; id: number }
  | { type: "ok"; id: number }
  | { type: "extracted"; id: number; mentions: Mention[]; unattached: UnattachedAmount[]; messages: Message[] }
  | { type: "references"; id: number; references: Mention[] }
  | { type: "error"; id: number; message: string };
