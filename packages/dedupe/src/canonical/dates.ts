import type { Members } from "./members.js";

/** First and last announcement dates stated by the funding mentions, with the mentions stating them. */
export function canonicalDates(members: Members): { first: string | null; last: string | null; firstFrom: string | null; lastFrom: string | null } {
  let first: string | null = null;
  let last: string | null = null;
  let firstFrom: string | null = null;
  let lastFrom: string | null = null;
  for (const m of members.funding) {
    const d = m.announced?.date;
    if (!d) continue;
    if (first === null || d < first) {
      first = d;
      firstFrom = members.credit(m, "firstAnnounced")[0] ?? m.id;
    }
    if (last === null || d > last) {
      last = d;
      lastFrom = members.credit(m, "lastAnnounced")[0] ?? m.id;
    }
  }
  return { first, last, firstFrom, lastFrom };
}
