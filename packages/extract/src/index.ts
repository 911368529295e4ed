export { extractMentions, type ExtractOptions, type Extraction } from "./extract.js";
export { findReferences, indexNames, type KnownProject, type NameIndex } from "./references.js";
export { findDates } from "./dates.js";
export { readSections, roundOfHeading, type BlockContext, type RoundHeading } from "./context/sections.js";
export { findFunder, findProgramme } from "./context/funder.js";
export { aggregateKind } from "./rules/aggregate.js";
export { findProjectName } from "./rules/name.js";
export { findPlaces } from "./rules/places.js";
