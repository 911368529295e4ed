/** The separator between the values of a multi-valued cell. */
export const MULTI_VALUE_SEPARATOR = "; ";

/** Joins the values of a multi-valued cell with "; ", leaving out empty values. */
export function joinValues(values: ReadonlyArray<string | null | undefined>): string {
  return values.filter((v): v is string => typeof v === "string" && v !== "").join(MULTI_VALUE_SEPARATOR);
}

/**
 * Joins values that line up one-to-one with another multi-valued cell (e.g. identifiers with recipients):
 * one entry per item, empty where an item has none. When no item has a value the cell is empty.
 */
export function joinAligned(values: ReadonlyArray<string | null | undefined>): string {
  if (values.every((v) => v === null || v === undefined || v === "")) return "";
  return values.map((v) => v ?? "").join(MULTI_VALUE_SEPARATOR);
}

/** Collapses every run of whitespace (spaces, tabs, line breaks) to one space and trims the ends. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/** Rewrites JavaScript's exponent notation ("5e-7", "1.5e-10") as plain decimal digits, exactly. */
function expandExponent(text: string): string {
  const m = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/u.exec(text);
  if (!m || m[1] === undefined || m[3] === undefined) return text;
  const digits = m[1] + (m[2] ?? "");
  const point = m[1].length + Number(m[3]);
  if (point <= 0) return `0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + "0".repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * A number as spreadsheets read it: no currency sign, no thousands separators, no exponent,
 * an integer when whole (5000000, 1234.5). It reads back as the same number. Non-finite numbers give an empty cell.
 */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return "";
  if (Number.isInteger(value)) return BigInt(value).toString();
  const text = String(value);
  return text.startsWith("-") ? `-${expandExponent(text.slice(1))}` : expandExponent(text);
}
