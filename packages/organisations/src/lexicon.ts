import designators from "./data/designators.json" with { type: "json" };
import type { OrganisationKind } from "@fundtrace/contract";

/** Lower-cases and folds curly apostrophes, for comparing words against the word lists. */
export const foldWord = (w: string): string => w.toLowerCase().replace(/[’‘`´]/g, "'");

const heads = new Map(Object.entries(designators.heads) as Array<[string, OrganisationKind]>);
const strong = new Set(designators.strongHeads);
const connectors = new Set(designators.connectors);
const generic = new Set(designators.genericWords);
const openers = Object.entries(designators.openers) as Array<[string, OrganisationKind]>;
const plural = new Map(Object.entries(designators.pluralToSingular));
const ellipsis = new Set(designators.ellipsisHeads);

export const lexicon = {
  /** The kind an organisation head word signals ("council" → local-authority), or undefined. */
  headKind: (word: string): OrganisationKind | undefined => heads.get(foldWord(word)),
  isStrongHead: (word: string): boolean => strong.has(foldWord(word)),
  isConnector: (word: string): boolean => connectors.has(foldWord(word)),
  isGeneric: (word: string): boolean => generic.has(foldWord(word)),
  /** The opener ("University of", "London Borough of") a name starts with, if any. */
  openerOf: (name: string): [string, OrganisationKind] | undefined => {
    const f = foldWord(name);
    return openers.find(([o]) => f === o || f.startsWith(o + " "));
  },
  singularOf: (word: string): string | undefined => plural.get(foldWord(word)),
  /** Designators that may stand alone after "and" as an ellipsis: "Wigan Council and CCG". */
  isEllipsisHead: (phrase: string): boolean => ellipsis.has(foldWord(phrase)),
} as const;
