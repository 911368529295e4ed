/**
 * Text folding shared by every comparison: compatibility decomposition, no accents,
 * one apostrophe, one hyphen, lower case. The result has the same words as the input.
 */
export function fold(text: string): string {
  // text of characters the fold leaves alone ("£", ASCII but the backtick) only changes case
  return isPlain(text) ? text.toLowerCase() : foldFully(text);
}

/** `fold` step by step, for any text (`fold` takes a short cut for plain ASCII). */
export function foldFully(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2019\u2018\u02bc`\u00b4]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .toLowerCase();
}

/**
 * The Latin-1 characters `foldFully` changes only by lower-casing: each its own decomposition, and
 * none of the quotes it replaces. Worked out with the fold's own steps when the module loads.
 */
const PLAIN = (() => {
  const plain = new Uint8Array(256);
  for (let c = 0; c < 256; c++) {
    const ch = String.fromCharCode(c);
    plain[c] = foldFully(ch) === ch.toLowerCase() && ch.normalize("NFKD") === ch ? 1 : 0;
  }
  return plain;
})();

function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff || PLAIN[c] === 0) return false;
  }
  return true;
}

/** Splits digits glued to letters ("catch22" → "catch 22"). */
export function splitDigits(text: string): string {
  return text.replace(/(\p{L})(\p{N})/gu, "$1 $2").replace(/(\p{N})(\p{L})/gu, "$1 $2");
}

/**
 * Words of a text for comparison: folded, `&` read as "and", possessive apostrophes dropped
 * ("Barnardo's" → "barnardos"), hyphens and other punctuation separate words.
 */
export function words(text: string): string[] {
  const s = splitDigits(fold(text).replace(/&/g, " and ").replace(/'/g, ""));
  return s.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/** A light plural stem so "kitbags" meets "kitbag" and "services" meets "service". */
export function stem(word: string): string {
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
    return word.slice(0, -1);
  }
  return word;
}
