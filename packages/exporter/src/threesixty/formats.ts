/**
 * The two JSON Schema formats the 360Giving schema uses, checked without ajv-formats. They matter:
 * `awardDate` is `oneOf` [date-time, YYYY-MM-DD pattern], so an ignored format would match every date
 * twice and fail `oneOf`.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-]\d{2}:?\d{2})$/u;

/** RFC 3339 date-time with a real calendar date and time. */
export function isDateTime(text: string): boolean {
  const m = DATE_TIME.exec(text);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const day = new Date(Date.UTC(y, mo - 1, d));
  const realDate = day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
  return realDate && h <= 23 && mi <= 59 && s <= 60;
}

/** An absolute URI: a scheme, and parseable as a URL. */
export function isUri(text: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:/u.test(text) && URL.canParse(text);
}

export const GIVING_FORMATS = { "date-time": isDateTime, uri: isUri } as const;
