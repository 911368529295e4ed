import type { OrganisationKind } from "@fundtrace/contract";
import { lexicon } from "./lexicon.js";
import { isAcronym, wordsIn } from "./words.js";

/** The kind of body a name signals, from its opener or its last designator word. */
export function kindOfName(name: string, linked: boolean): OrganisationKind {
  if (linked) return "local-authority";
  const opener = lexicon.openerOf(name);
  if (opener) return opener[1];
  const words = wordsIn(name, 0, name.length).map((w) => w.text);
  for (let i = words.length - 1; i >= 0; i--) {
    const k = lexicon.headKind(words[i]!);
    if (k) return k;
  }
  if (words.some((w) => w.toUpperCase() === "NHS")) return "nhs";
  return words.length === 1 && isAcronym(words[0]!) ? "other" : "other";
}

/** Strong evidence that a phrase names an organisation on its own. */
export function isStrongOrganisation(name: string): boolean {
  const words = wordsIn(name, 0, name.length).map((w) => w.text);
  if (words.length === 0) return false;
  if (lexicon.openerOf(name)) return true;
  if (words.length === 1 && isAcronym(words[0]!)) return true;
  if (isAcronym(words[0]!) && words.length <= 4) return true;
  return words.some((w) => lexicon.isStrongHead(w));
}
