import type { AuthorityRecord } from "./types.js";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** The `YYYY-MM-DD` part of a date string, or null when there is none (null means "no date"). */
export function isoDate(date: string | null | undefined): string | null {
  if (typeof date !== "string") return null;
  const m = ISO_DATE.exec(date.trim());
  return m ? m[0] : null;
}

function days(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * How far `date` lies outside the authority's lifetime, in days: 0 when it existed that day.
 * Both ends are inclusive: the register's `end-date` is the last day (Buckinghamshire County
 * Council ended 2020-03-31, its successor started 2020-04-01), though some successors start on
 * the end date itself (Northamptonshire 2021-04-01); `pickByDate` settles that overlap.
 */
export function distanceFromLifetime(record: Pick<AuthorityRecord, "startDate" | "endDate">, date: string): number {
  if (record.startDate !== null && date < record.startDate) return days(date, record.startDate);
  if (record.endDate !== null && date > record.endDate) return days(record.endDate, date);
  return 0;
}

/** True when the authority had ceased to exist by `date` (by now, without a date). */
export function isFormer(record: Pick<AuthorityRecord, "endDate" | "startDate">, date?: string | null): boolean {
  const day = isoDate(date);
  if (record.endDate === null) return false;
  return day === null ? true : day > record.endDate;
}

/**
 * Chooses among the authorities one name may mean, by date. Returns null when the choice is
 * genuinely ambiguous (two bodies in existence on that day, or two current bodies).
 * - With a date: the body in existence that day; on a hand-over day the one starting that day;
 *   if none existed, the nearest in time.
 * - Without a date: the current body; if all have ended, the one that ended last.
 */
export function pickByDate<T extends Pick<AuthorityRecord, "startDate" | "endDate">>(candidates: readonly T[], date?: string | null): T | null {
  if (candidates.length === 0) return null;
  if (candidates.length === 1) return candidates[0]!;
  const day = isoDate(date);
  if (day === null) {
    const current = candidates.filter((c) => c.endDate === null);
    if (current.length === 1) return current[0]!;
    if (current.length > 1) return null;
    const lastEnd = candidates.reduce((m, c) => (c.endDate! > m ? c.endDate! : m), "");
    const last = candidates.filter((c) => c.endDate === lastEnd);
    return last.length === 1 ? last[0]! : null;
  }
  const scored = candidates.map((c) => ({ c, d: distanceFromLifetime(c, day) }));
  const best = Math.min(...scored.map((s) => s.d));
  let nearest = scored.filter((s) => s.d === best).map((s) => s.c);
  if (best === 0 && nearest.length > 1) {
    // Hand-over day: the body ending today gives way to the one starting today.
    const starting = nearest.filter((c) => c.startDate === day);
    if (starting.length > 0) nearest = starting;
  }
  return nearest.length === 1 ? nearest[0]! : null;
}
