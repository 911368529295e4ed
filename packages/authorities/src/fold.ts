/**
 * Folding: the case- and punctuation-blind form of a name that every comparison uses.
 * NFKD with accents removed, curly apostrophes straightened then dropped ("King’s" → "kings"),
 * "&" read as "and", lower case, any other punctuation a single space.
 */
export function foldName(name: string): string {
  return isPlainAscii(name) ? name.toLowerCase() : foldFully(name);
}

/** `foldName` step by step, for any name (`foldName` takes a short cut for plain ASCII ones). */
export function foldFully(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[‘’ʼ‛`´]/g, "'")
    .replace(/&/g, " and ")
    .toLowerCase()
    .replace(/'/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * ASCII letters and digits in words joined by single spaces, with no space at either end: what
 * `foldName` turns into its lower case and nothing else (most names, as written).
 */
function isPlainAscii(name: string): boolean {
  let space = true; // at the start, as after a space: a leading space is not plain
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
    } else if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) space = false;
    else return false;
  }
  return !space;
}

/** Folds a name into its words. */
export function foldWords(name: string): string[] {
  const folded = foldName(name);
  return folded === "" ? [] : folded.split(" ");
}

/** True when the text's first letter is a capital. */
export function isCapitalised(text: string): boolean {
  const first = text.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** True when the text has letters and none of them is lower case ("MBC", "LBC"). */
export function isAllCaps(text: string): boolean {
  return UPPER.test(text) && !LOWER.test(text);
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
