import type { Amount } from "@fundtrace/contract";
import { isStrongOrganisation, trimSpan, type AuthorityLookup } from "@fundtrace/organisations";
import type { ListEntry } from "./list-entry.js";

export interface Cell { start: number; end: number }
export type ColumnRole = "organisation" | "name" | "amount" | "other";

const separator = /\s*(?:\||\t)\s*/g;

/** The cells of a table row written with pipes or tabs ("Org | £1.2m | Project"), or null. */
export function cellsOf(text: string, start: number, end: number): Cell[] | null {
  const line = text.slice(start, end);
  if (!/[|\t]/.test(line)) return null;
  const cells: Cell[] = [];
  let at = 0;
  for (const m of line.matchAll(separator)) {
    cells.push({ start: start + at, end: start + m.index });
    at = m.index + m[0].length;
  }
  cells.push({ start: start + at, end });
  const trimmed = cells.map((c) => { const [s, e] = trimSpan(text, c.start, c.end, " \t|"); return { start: s, end: e }; });
  return trimmed.length >= 2 ? trimmed : null;
}

const roles: Array<[RegExp, ColumnRole]> = [
  [/\b(?:organi[sz]ation|recipient|grantee|applicant|lead|council|authority|body|charity|awarded to|provider|partner)s?\b/i, "organisation"],
  [/\b(?:project|programme|program|scheme|title|initiative|name|activity)s?\b/i, "name"],
  [/\b(?:amount|award|grant|funding|value|£|total|sum)\b/i, "amount"],
];

/** What each column of a header row ("Organisation | Award | Project") holds. */
export function headerRoles(text: string, cells: readonly Cell[]): ColumnRole[] {
  return cells.map((c) => roles.find(([re]) => re.test(text.slice(c.start, c.end)))?.[1] ?? "other");
}

/**
 * A table row as a list entry: the organisation is the column the header names, or else the
 * cell that reads as an organisation; the project name is the header's name column, or else the
 * remaining title-case cell.
 */
export function tableEntry(text: string, cells: readonly Cell[], amounts: readonly Amount[], header: readonly ColumnRole[] | null, lookup: AuthorityLookup): ListEntry | null {
  const amount = amounts[0];
  if (!amount) return null;
  const amountCell = cells.findIndex((c) => c.start <= amount.start && c.end >= amount.end);
  if (amountCell < 0) return null;
  const others = cells.map((c, i) => ({ c, i })).filter(({ i, c }) => i !== amountCell && c.end > c.start);
  if (others.length === 0) return null;
  const usable = header && header.length === cells.length ? header : null;
  const reads = (c: Cell) => {
    const t = text.slice(c.start, c.end);
    return isStrongOrganisation(t) || lookup.resolve(t) !== null;
  };
  const org = (usable ? others.find(({ i }) => usable[i] === "organisation") : undefined) ?? others.find(({ c }) => reads(c)) ?? others[0]!;
  const nameCell = (usable ? others.find(({ i }) => usable[i] === "name") : undefined) ?? others.find(({ c, i }) => i !== org.i && /^[\p{Lu}‘“'"]/u.test(text.slice(c.start, c.end)));
  if (!/^[\p{Lu}\p{N}]/u.test(text.slice(org.c.start, org.c.end))) return null;
  if (/^(?:grand\s+|sub-?)?total\b/i.test(text.slice(org.c.start, org.c.end))) return null;
  return { rule: "extract/table-row", leadStart: org.c.start, leadEnd: org.c.end, amount, name: nameCell && nameCell.i !== org.i ? nameCell.c : null };
}
