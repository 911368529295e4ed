import type { Rng } from "./prng.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const BASE = Date.UTC(2012, 0, 1);
const SPAN_DAYS = 12 * 365;

/** A calendar day, counted from 1 January 2012. */
export interface Day {
  year: number;
  month: number;
  day: number;
  weekday: number;
  iso: string;
}

/** The day `n` days after 1 January 2012, wrapping within 2012–2023. */
export function dayOf(n: number): Day {
  const d = new Date(BASE + (((n % SPAN_DAYS) + SPAN_DAYS) % SPAN_DAYS) * 86400000);
  const year = d.getUTCFullYear(), month = d.getUTCMonth() + 1, day = d.getUTCDate();
  return { year, month, day, weekday: d.getUTCDay(), iso: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` };
}

/**
 * The day `back` days before day `n`, never reaching back across the 2012–2023 wrap: an earlier
 * round of a grant announced in January 2012 is dated 1 January 2012, not late 2023.
 */
export function dayBefore(n: number, back: number): Day {
  const cycleStart = n - (((n % SPAN_DAYS) + SPAN_DAYS) % SPAN_DAYS);
  return dayOf(Math.max(cycleStart, n - back));
}

const ordinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;
const two = (n: number) => String(n).padStart(2, "0");

/** The day written as UK pages write it: "25 November 2020", "30/10/20", "Monday 3 May 2021", "21st June 2021". */
export function ukDate(rng: Rng, d: Day): string {
  switch (rng.int(6)) {
    case 0: return `${two(d.day)}/${two(d.month)}/${String(d.year).slice(2)}`;
    case 1: return `${DAYS[d.weekday]} ${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
    case 2: return `${ordinal(d.day)} ${MONTHS[d.month - 1]} ${d.year}`;
    case 3: return `${d.day} ${MONTHS[d.month - 1]!.slice(0, 3)} ${d.year}`;
    default: return `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
  }
}

/** "25 November 2020": the form prose uses. */
export const longDate = (d: Day): string => `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;

/** A comment timestamp: "March 22, 2017 at 5:04 pm" or "12 April 2021". */
export function commentDate(rng: Rng, d: Day): string {
  if (rng.chance(0.5)) return longDate(d);
  const h = rng.range(1, 12), m = rng.int(60);
  return `${MONTHS[d.month - 1]} ${d.day}, ${d.year} at ${h}:${two(m)} ${rng.chance(0.5) ? "am" : "pm"}`;
}

export { MONTHS };
