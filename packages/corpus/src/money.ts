import type { Rng } from "./prng.js";
import type { GoldQualifier } from "./types.js";

/** A written amount: the text as it appears, what it states and how precisely. */
export interface WrittenAmount {
  /** The whole expression, qualifier included: "nearly £600,000". */
  text: string;
  value: number;
  qualifier: GoldQualifier;
  /** Unit of the last digit written: £4.85m → 10000, £5m → 1000000, £4,850,000 → 1. */
  precision: number;
}

const thousands = (n: number): string => Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** Decimal places needed to write `value / unit` exactly (at most 3). */
function decimals(value: number, unit: number): number {
  for (let d = 0; d <= 3; d++) {
    const scaled = (value / unit) * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6) return d;
  }
  return 4;
}

export type MoneyForm = "m" | "million" | "full" | "k" | "bn";

/** The forms a value can be written in exactly. */
export function formsFor(value: number): MoneyForm[] {
  if (value >= 1e9) return decimals(value, 1e9) <= 3 ? ["bn"] : ["full"];
  if (value >= 1e6) return decimals(value, 1e6) <= 3 ? ["m", "m", "million", "full"] : ["full"];
  if (value >= 1e5) return value % 1000 === 0 ? ["k", "full", "full"] : ["full"];
  if (value >= 1e4 && value % 1000 === 0) return ["full", "full", "k"];
  return ["full"];
}

/** Writes a value exactly in one form, with its precision. */
export function writeMoney(value: number, form: MoneyForm, spaced = false): { text: string; precision: number } {
  switch (form) {
    case "bn": {
      const d = Math.min(3, decimals(value, 1e9));
      return { text: `£${(value / 1e9).toFixed(d)}bn`, precision: 1e9 / 10 ** d };
    }
    case "m":
    case "million": {
      const d = Math.min(3, decimals(value, 1e6));
      const n = (value / 1e6).toFixed(d);
      return { text: form === "m" ? `£${n}${spaced ? " m" : "m"}` : `£${n} million`, precision: 1e6 / 10 ** d };
    }
    case "k":
      return { text: `£${thousands(value / 1000)}k`, precision: 1000 };
    case "full": {
      let p = 1;
      while (p < value && value % (p * 10) === 0) p *= 10;
      return { text: `£${thousands(value)}`, precision: p };
    }
  }
}

/** A value written in a random exact form. */
export function exactMoney(rng: Rng, value: number): { text: string; precision: number } {
  return writeMoney(value, rng.pick(formsFor(value)), rng.chance(0.03));
}

/** Rounds to `sig` significant figures. */
export function roundSig(value: number, sig: number): number {
  const unit = 10 ** (Math.floor(Math.log10(value)) - sig + 1);
  return Math.round(value / unit) * unit;
}

const WORDS: Record<Exclude<GoldQualifier, "exact">, readonly string[]> = {
  "up-to": ["up to"],
  about: ["about", "around", "approximately", "some", "roughly"],
  over: ["more than", "over", "just over"],
  under: ["nearly", "almost", "just under"],
};

/** The amount with a qualifier word in front ("up to £1.2m"); capitalised at the start of a line. */
export function qualified(rng: Rng, value: number, qualifier: GoldQualifier, capital = false): WrittenAmount {
  const m = exactMoney(rng, value);
  if (qualifier === "exact") return { text: m.text, value, qualifier, precision: m.precision };
  let word = rng.pick(WORDS[qualifier]);
  if (capital) word = word[0]!.toUpperCase() + word.slice(1);
  return { text: `${word} ${m.text}`, value, qualifier, precision: m.precision };
}

/**
 * How a later text restates an amount: the same value in another form, or rounded to one or two
 * significant figures with the qualifier a writer would use ("nearly £5m" for £4.85m, "more than
 * £770,000" for £771k, "about £5m"), or rounded with no qualifier at all.
 */
export function restated(rng: Rng, value: number): WrittenAmount {
  if (rng.chance(0.45)) return qualified(rng, value, "exact");
  let rounded = roundSig(value, rng.chance(0.5) ? 1 : 2);
  if (rounded === value) rounded = roundSig(value, 1);
  if (rounded === value) return qualified(rng, value, "exact");
  const r = rng.next();
  const qualifier: GoldQualifier = r < 0.3 ? "exact" : r < 0.6 ? "about" : rounded > value ? "under" : "over";
  return qualified(rng, rounded, qualifier);
}

/** A grant value: log-uniform from £5,000 to £12m, with the precision announcements use. */
export function grantValue(rng: Rng): number {
  const v = 10 ** (3.7 + rng.next() * 3.38);
  const r = rng.next();
  let unit: number;
  if (v >= 1e6) unit = r < 0.4 ? 1e5 : r < 0.85 ? 1e4 : 1e3;
  else if (v >= 1e5) unit = r < 0.6 ? 1e3 : r < 0.9 ? 1e4 : 1;
  else unit = r < 0.5 ? 500 : r < 0.8 ? 250 : r < 0.95 ? 1000 : 1;
  return Math.max(unit, Math.round(v / unit) * unit);
}

/** A salary range or rate as job adverts write it. */
export function salary(rng: Rng): { low: string; high: string } {
  const lo = rng.range(22, 52) * 1000 + rng.int(1000);
  const hi = lo + rng.range(2, 9) * 1000 + rng.int(1000);
  return { low: `£${thousands(lo)}`, high: `£${thousands(hi)}` };
}

export { thousands };
