import { POOLS } from "./pools.js";

const { first, second, suffixes } = POOLS.projects;
/** How many distinct names the pools give: one per pair of words (the suffix follows from the pair). */
export const NAME_SPACE = first.length * second.length;
// An odd multiplier coprime with the space spreads consecutive grants over the pools.
const STEP = (() => {
  let s = Math.floor(NAME_SPACE * 0.6180339887) | 1;
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  while (gcd(s, NAME_SPACE) !== 1) s += 2;
  return s;
})();

/**
 * The project name of the `n`-th named grant of a stream ("Open Doors", "Bright Futures Hub",
 * "Stories from the Shore Programme"). A bijection over pairs of words, the suffix fixed by the
 * pair, so no two names differ only by "Hub" or "Project": distinct for the first `NAME_SPACE`
 * grants (then it wraps).
 */
export function projectName(n: number, offset: number): string {
  const k = (((n + offset) % NAME_SPACE) * STEP) % NAME_SPACE;
  const a = k % first.length;
  const b = Math.floor(k / first.length);
  const suffix = suffixes[(a * 7 + b * 13) % suffixes.length] ?? "";
  return `${first[a]} ${second[b]}${suffix ? ` ${suffix}` : ""}`;
}
