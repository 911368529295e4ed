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
      firstFrom = members.cite(m, "firstAnnounced");
    }
    if (last === null || d > last) {
      last = d;
      lastFrom = members.cite(m, "lastAnnounced");
    }
  }
  return { first, last, firstFrom, lastFrom };
}
