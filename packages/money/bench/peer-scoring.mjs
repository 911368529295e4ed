// How a Duckling case is scored against an Amount; shared by bench.mjs and documented in the README.
// Duckling unit names map to ISO codes; units with no single code (Cent, Dinar, Riyal, Rial,
// Unnamed) are checked on value only. simple → one single amount, exact (or "about" where the
// input says "around"); between → a range with Duckling's max; under → under/up-to; above → over.
export const DUCKLING_CODE = { Dollar: "USD", Pound: "GBP", Euro: "EUR" };
export const ISO = /^[A-Z]{3}$/;
export const close = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

export function ducklingPasses(c, found) {
  if (found.length !== 1) return false;
  const a = found[0];
  const code = DUCKLING_CODE[c.currency] ?? (ISO.test(c.currency) ? c.currency : null);
  if (code !== null && a.currency !== code) return false;
  switch (c.kind) {
    case "simple":
      return a.kind === "single" && (a.qualifier === "exact" || a.qualifier === "about") && close(a.value, c.value * (c.currency === "Cent" ? 0.01 : 1));
    case "between":
      return a.kind === "range" && close(a.max, c.max) && (close(a.min, c.min) || sharedScale(a, c));
    case "under":
      return close(a.value, c.max) && (a.qualifier === "under" || a.qualifier === "up-to");
    case "above":
      return close(a.value, c.min) && a.qualifier === "over";
    default:
      return false;
  }
}

// Duckling leaves the low end of "7-9 lakh rupees" unscaled (min 7); we share the multiplier, so
// accept the low end scaled like the high one: min × (max / the last number written).
function sharedScale(a, c) {
  const numbers = c.input.match(/\d+(?:\.\d+)?/g) ?? [];
  const written = Number(numbers.at(-1));
  return written > 0 && close(a.min, c.min * (c.max / written));
}
