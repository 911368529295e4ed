import { POOLS } from "./pools.js";

const { first, second, suffixes } = POOLS.projects;
/** How many distinct names the pools give. */
export const NAME_SPACE = first.length * second.length * suffixes.length;
// An odd multiplier coprime with the space spreads consecutive grants over the pools.
const STEP = (() => {
  let s = Math.floor(NAME_SPACE * 0.6180339887) | 1;
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  while (gcd(s, NAME_SPACE) !== 1) s += 2;
  return s;
})();

/**
 * The project name of the `n`-th named grant of a stream ("Open Doors", "Bright Futures Hub",
 * "Stories from the Shore Programme"). A bijection over the pools: distinct for the first
 * `NAME_SPACE` grants (then it wraps).
 */
export function projectName(n: number, offset: number): string {
  let k = (((n + offset) % NAME_SPACE) * STEP) % NAME_SPACE;
  const a = k % first.length;
  k = Math.floor(k / first.length);
  const b = k % second.length;
  const c = Math.floor(k / second.length);
  const suffix = suffixes[c] ?? "";
  return `${first[a]} ${second[b]}${suffix ? ` ${suffix}` : ""}`;
}
