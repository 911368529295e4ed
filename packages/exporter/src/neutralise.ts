/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"):
 * = + - @, tab (0x09) and carriage return (0x0D).
 */
export const FORMULA_TRIGGERS: readonly string[] = ["=", "+", "-", "@", "\t", "\r"];

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/u;

/** True for a cell that is nothing but a number ("5000000", "-5", "1.5"), which spreadsheets keep as a number. */
export function isPlainNumber(cell: string): boolean {
  return PLAIN_NUMBER.test(cell);
}

/**
 * Neutralises spreadsheet formula injection: a cell starting with = + - @ tab or CR gets a leading
 * apostrophe, so Excel and LibreOffice show it as text. A cell that is purely a number is left alone.
 * Idempotent: a neutralised cell starts with an apostrophe and is never changed again.
 */
export function neutraliseFormula(cell: string): string {
  const first = cell.charAt(0);
  if (!FORMULA_TRIGGERS.includes(first) || isPlainNumber(cell)) return cell;
  return `'${cell}`;
}

/** Options shared by every row builder. */
export interface RowOptions {
  /** Prefix formula-like cells with an apostrophe (default true). Set false for raw values. */
  neutraliseFormulas?: boolean;
}

/** Applies the formula policy of `options` to every cell of a row. */
export function applyFormulaPolicy(row: readonly string[], options: RowOptions = {}): string[] {
  return options.neutraliseFormulas === false ? [...row] : row.map(neutraliseFormula);
}
