import type { AnnouncedDate } from "@fundtrace/contract";

const months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const monthOf = (m: string): number => {
  const k = m.toLowerCase().slice(0, 3);
  return months.findIndex((x) => x.startsWith(k)) + 1;
};
const monthPattern = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
/** Each pattern with a cue its every match contains, tested first so most passages skip the pattern. */
const MONTH_CUE = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const patterns: Array<{ re: RegExp; cue: RegExp; read: (m: RegExpExecArray) => [number, number, number] }> = [
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${monthPattern})\\.?,?\\s+(\\d{4})\\b`, "g"), cue: MONTH_CUE, read: (m) => [Number(m[3]), monthOf(m[2]!), Number(m[1])] },
  { re: new RegExp(`\\b(${monthPattern})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "g"), cue: MONTH_CUE, read: (m) => [Number(m[3]), monthOf(m[1]!), Number(m[2])] },
  { re: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b/g, cue: /\d[/.]\d{1,2}[/.]\d/, read: (m) => [m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]), Number(m[2]), Number(m[1])] },
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, cue: /\d{4}-\d{2}-\d{2}/, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
];

const HAS_DIGIT = /\d/;
const pad = (n: number, w = 2) => String(n).padStart(w, "0");
function valid(y: number, mo: number, d: number): boolean {
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** Full dates (day, month and year) in `text.slice(from, to)`, UK day-first, in order. */
export function findDates(text: string, from: number, to: number): AnnouncedDate[] {
  const slice = text.slice(from, to);
  if (!HAS_DIGIT.test(slice)) return []; // every pattern needs a day or a year in digits
  let found: Array<AnnouncedDate & { rank: number }> | null = null;
  for (let rank = 0; rank < patterns.length; rank++) {
    const { re, cue, read } = patterns[rank]!;
    if (!cue.test(slice)) continue;
    // an exec loop, not matchAll (which copies the pattern); every match holds a digit, so none is empty
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const [y, mo, d] = read(m);
      if (!valid(y, mo, d)) continue;
      const start = from + m.index;
      (found ??= []).push({ date: `${y}-${pad(mo)}-${pad(d)}`, text: m[0], start, end: start + m[0].length, rank });
    }
  }
  if (found === null) return [];
  // where two readings overlap, the earlier pattern wins; one sweep, not a comparison with every other
  found.sort((a, b) => a.start - b.start || a.rank - b.rank);
  const out: AnnouncedDate[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && last.end > f.start) {
      const lastRank = (last as AnnouncedDate & { rank?: number }).rank ?? 0;
      if (f.rank < lastRank) out[out.length - 1] = f;
      continue;
    }
    out.push(f);
  }
  return out.map(({ date, text, start, end }) => ({ date, text, start, end }));
}
