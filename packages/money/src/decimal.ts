/**
 * Exact decimals for money: `mantissa × 10^exponent`, where the exponent is the place of the last
 * digit the text states. Keeping the stated digits (not a float) gives exact values and precision:
 * "4.85" scaled by a million is 485 × 10^4, so the value is 4850000 and the precision 10000.
 */
export interface Decimal {
  /** The stated digits as an integer (non-negative, below 2^53 for exact values). */
  readonly mantissa: number;
  /** Power of ten of the last stated digit. */
  readonly exponent: number;
}

const power = (n: number): number => (n >= 0 ? 10 ** n : 1 / 10 ** -n);
/** `power(n)` for the places amounts are written to, worked out once (the same doubles). */
const POWERS = Array.from({ length: 41 }, (_, k) => power(k - 20));
const powerOfTen = (n: number): number => (n >= -20 && n <= 20 && Number.isInteger(n) ? POWERS[n + 20]! : power(n));

/** Reads digits as written: "1,234.50" → 123450 × 10^-2. Returns null for anything else. */
export function parseDigits(written: string): Decimal | null {
  const plain = written.replace(/,/g, "");
  const m = /^(\d*)(?:\.(\d+))?$/.exec(plain);
  if (!m || (m[1] === "" && m[2] === undefined)) return null;
  const whole = m[1] ?? "";
  const fraction = m[2] ?? "";
  return { mantissa: Number(`${whole}${fraction}` || "0"), exponent: fraction.length === 0 ? 0 : -fraction.length };
}

/** A whole number with no stated trailing zeros (number words): 1000000 → 1 × 10^6, 25 → 25 × 10^0. */
export function fromInteger(value: number): Decimal {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`fromInteger expects a non-negative integer, got ${value}`);
  if (value === 0) return { mantissa: 0, exponent: 0 };
  let mantissa = value;
  let exponent = 0;
  while (mantissa % 10 === 0) {
    mantissa /= 10;
    exponent += 1;
  }
  return { mantissa, exponent };
}

/** Multiplies by 10^by without touching the stated digits. */
export const scale = (d: Decimal, by: number): Decimal => ({ mantissa: d.mantissa, exponent: d.exponent + by });

/** Sum of two decimals, stated to the finer of the two places. */
export function add(a: Decimal, b: Decimal): Decimal {
  const exponent = Math.min(a.exponent, b.exponent);
  return {
    mantissa: a.mantissa * 10 ** (a.exponent - exponent) + b.mantissa * 10 ** (b.exponent - exponent),
    exponent,
  };
}

/** The value as a JavaScript number (exact for integers; the nearest double for fractions). */
export const toNumber = (d: Decimal): number =>
  d.exponent >= 0 ? d.mantissa * powerOfTen(d.exponent) : d.mantissa / 10 ** -d.exponent;

/** The unit of the last stated digit: £5m → 1000000, £4.85m → 10000, £3.14 → 0.01. */
export const precisionOf = (d: Decimal): number => powerOfTen(d.exponent);

/** Compares the values of two decimals (negative, zero or positive). */
export const compare = (a: Decimal, b: Decimal): number => {
  const exponent = Math.min(a.exponent, b.exponent);
  return a.mantissa * 10 ** (a.exponent - exponent) - b.mantissa * 10 ** (b.exponent - exponent);
};
