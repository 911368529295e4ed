import data from "./data/lexicon.json" with { type: "json" };

const set = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
const alternation = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|");

/** Word lists and the patterns compiled from them, once. */
export const words = {
  finiteVerbs: set(data.finiteVerbs),
  aggregateNouns: alternation(data.aggregateNouns),
  numberWords: alternation(data.numberWords),
  fundNouns: alternation(data.fundNouns),
  receiveVerbs: alternation(data.receiveVerbs),
  passiveVerbs: alternation(data.passiveVerbs),
  giveVerbs: alternation(data.giveVerbs),
  projectHeads: set(data.projectHeads),
  projectHeadPattern: alternation(data.projectHeads),
  /** Project head nouns matching either capitalisation of the first letter ("model", "Model"). */
  projectHeadCased: data.projectHeads.map((h) => `[${h[0]!.toUpperCase()}${h[0]}]${h.slice(1)}`).join("|"),
  namingCues: alternation(data.namingCues),
  pronounSubjects: set(data.pronounSubjects),
  placePrepositions: alternation(data.placePrepositions),
  nonPlaces: new Set(data.nonPlaces),
  regions: data.regions,
  /** Group nouns whose possessive is usually part of a name ("Islington Women’s Hub"). */
  possessiveNameWords: set(data.possessiveNameWords),
} as const;
