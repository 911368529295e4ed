/** The word lists under `data/`, compiled once into immutable matchers. */
import currencies from "./data/currencies.json" with { type: "json" };
import multipliers from "./data/multipliers.json" with { type: "json" };
import qualifiers from "./data/qualifiers.json" with { type: "json" };
import periods from "./data/periods.json" with { type: "json" };
import cues from "./data/cues.json" with { type: "json" };
import type { Qualifier } from "@fundtrace/contract";
import { phrasesAfter, phrasesBefore, type PhraseEntry } from "./phrases.js";

export type Period = "year" | "month" | "week" | "day";

/**
 * What a currency form says: the ISO code, and the unit it counts in: factor × 10^exponent of the
 * currency ("MGBP" → 1 × 10^6, "pence" → 1 × 10^-2, "nickels" → 5 × 10^-2).
 */
export interface CurrencyForm {
  readonly code: string;
  readonly exponent: number;
  readonly factor: number;
  /** A minor unit (pence, cents): the number counts hundredths. */
  readonly minor: boolean;
}

export interface MultiplierForm {
  readonly exponent: number;
  /** The word alone marks money ("10 grand"). */
  readonly impliesMoney: boolean;
}

/** At most one space between a currency sign or multiplier and its number. */
const TIGHT = "[ \\u00a0]?";

/** A symbol written after a number only counts when attached ("10$", "20€"): "2019 £5m" is not 2019 pounds. */
const isSymbol = (form: string): boolean => !/[\p{L}]/u.test(form);

const prefixEntries: PhraseEntry<CurrencyForm>[] = currencies.prefix.map((c) => ({
  phrase: c.form,
  value: { code: c.code, exponent: 0, factor: 1, minor: false },
  caseSensitive: c.caseSensitive === true,
}));

const ISO_CODE = /^[A-Z]{3}$/;
const suffixEntries: PhraseEntry<CurrencyForm>[] = [
  ...currencies.suffix.map((c) => ({
    phrase: c.form,
    value: { code: c.code, exponent: 0, factor: 1, minor: false },
    caseSensitive: c.caseSensitive === true,
    attached: isSymbol(c.form),
  })),
  // "48.5 MGBP": a code with a magnitude letter in front.
  ...currencies.suffix
    .filter((c) => ISO_CODE.test(c.form))
    .flatMap((c) =>
      currencies.codePrefixMultipliers.map((m) => ({
        phrase: `${m.form}${c.form}`,
        value: { code: c.code, exponent: Math.round(Math.log10(m.factor)), factor: 1, minor: false },
        caseSensitive: true,
      })),
    ),
];

const minorEntries: PhraseEntry<CurrencyForm>[] = currencies.minor.map((c) => ({
  phrase: c.form,
  value: { code: c.code, exponent: c.exponent, factor: "factor" in c && typeof c.factor === "number" ? c.factor : 1, minor: true },
  caseSensitive: c.caseSensitive === true,
  attached: c.attached === true || isSymbol(c.form),
}));

const multiplierEntries: PhraseEntry<MultiplierForm>[] = multipliers.multipliers.map((m) => ({
  phrase: m.form,
  value: { exponent: m.exponent, impliesMoney: m.impliesMoney === true },
  caseSensitive: m.caseSensitive === true,
}));

/** A currency written just before a number ("£", "US$", "GBP "). */
export const currencyBefore = phrasesBefore(prefixEntries, { gap: TIGHT, window: 24 });
/** A currency written just after a number ("pounds", "EUR", "10$"). */
export const currencyAfter = phrasesAfter(suffixEntries, { gap: TIGHT });
/** A minor unit written after a number ("470 pence", "43c"). */
export const minorAfter = phrasesAfter(minorEntries, { gap: TIGHT });
/** A magnitude after a number ("m", "bn", "million", "k"). */
export const multiplierAfter = phrasesAfter(multiplierEntries, { gap: TIGHT });

export const qualifierBefore = phrasesBefore<Qualifier>(
  qualifiers.before.map((q) => ({ phrase: q.phrase, value: q.qualifier as Qualifier })),
);
export const qualifierAfter = phrasesAfter<Qualifier>(
  qualifiers.after.map((q) => ({ phrase: q.phrase, value: q.qualifier as Qualifier, attached: q.attached === true })),
);
export const periodAfter = phrasesAfter<Period>(
  periods.periods.map((p) => ({ phrase: p.phrase, value: p.period as Period, attached: p.attached === true })),
);

export const cueBefore = phrasesBefore<true>(cues.before.map((phrase) => ({ phrase, value: true })));
export const cueAfter = phrasesAfter<true>(cues.after.map((phrase) => ({ phrase, value: true })));
/** Words that may follow an amount without being what a number counts. */
export const notCounted: ReadonlySet<string> = new Set(cues.notCounted);
