/** Options of the money stage, with their defaults. */

export interface MoneyOptions {
  /** Read only from this offset of the text (default 0). Offsets in the results stay offsets into the whole text. */
  readonly from?: number;
  /** Read only up to this offset, exclusive (default: the end of the text). */
  readonly to?: number;
  /**
   * ISO 4217 code for amounts written without a currency ("(350k)") when the text writes no other
   * currency. Default null: such amounts take the dominant currency written in the text, or are dropped.
   */
  readonly defaultCurrency?: string | null;
  /** Accept amounts written without a currency when the context marks them as money. Default true. */
  readonly inferCurrency?: boolean;
  /** Names the input in diagnostics (a document id or path). Default "text". */
  readonly source?: string;
}

export interface ResolvedOptions {
  readonly from: number;
  readonly to: number;
  readonly defaultCurrency: string | null;
  readonly inferCurrency: boolean;
  readonly source: string;
  /** Internal: the caller vouches that the text is money (`parseMoney`), so no context cue is needed. */
  readonly assumeMoney: boolean;
}

/** Fills defaults; a malformed currency code is a programmer error and throws. */
export function resolveOptions(options: MoneyOptions = {}, assumeMoney = false): ResolvedOptions {
  const defaultCurrency = options.defaultCurrency ?? null;
  if (defaultCurrency !== null && !/^[A-Z]{3}$/.test(defaultCurrency)) {
    throw new TypeError(`defaultCurrency must be an ISO 4217 code such as "GBP", got ${JSON.stringify(defaultCurrency)}`);
  }
  const from = options.from ?? 0;
  const to = options.to ?? Infinity;
  if (!Number.isInteger(from) || from < 0 || !(Number.isInteger(to) || to === Infinity) || to < from) {
    throw new RangeError(`from/to must be offsets with 0 <= from <= to, got from=${from} to=${to}`);
  }
  return {
    from,
    to,
    defaultCurrency,
    inferCurrency: options.inferCurrency ?? true,
    source: options.source ?? "text",
    assumeMoney,
  };
}
