/** What a highlighted span of a source document is. */
export type HighlightKind = "passage" | "recipient" | "organisation" | "amount" | "name" | "place" | "unattached";

export interface HighlightStyle {
  kind: HighlightKind;
  /** The legend's wording. */
  label: string;
  /** The background colour of the span (the passage and unattached amounts are outlined instead). */
  background: string;
  /** The outline colour. */
  border: string;
}

/**
 * Every highlight kind with its legend label and colours, in nesting order (a passage encloses the spans in it).
 * Recipients, amounts, project names and places have distinct background colours.
 */
export const HIGHLIGHT_KINDS: readonly HighlightStyle[] = [
  { kind: "passage", label: "Mention passage", background: "transparent", border: "#7c7c7c" },
  { kind: "recipient", label: "Recipient", background: "#ffe066", border: "#b38f00" },
  { kind: "organisation", label: "Other organisation (partner, funder)", background: "#dcdcdc", border: "#8c8c8c" },
  { kind: "amount", label: "Amount", background: "#9ee6a8", border: "#2f8a3c" },
  { kind: "name", label: "Project name", background: "#a8ccff", border: "#2f63b3" },
  { kind: "place", label: "Place", background: "#f5b3ec", border: "#a3369a" },
  { kind: "unattached", label: "Amount attached to no record", background: "#ffffff", border: "#d1342f" },
];

/** The rank of a kind in nesting order: lower kinds enclose higher ones when two spans are equally long. */
export const kindRank = (kind: HighlightKind): number => HIGHLIGHT_KINDS.findIndex((k) => k.kind === kind);
