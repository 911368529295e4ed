import { amountComparator } from "./amount.js";
import { dateComparator } from "./date.js";
import { descriptionComparator } from "./description.js";
import { documentComparator } from "./document.js";
import { funderComparator } from "./funder.js";
import { nameComparator } from "./name.js";
import type { Comparator } from "./outcome.js";
import { organisationComparator } from "./organisation.js";
import { programmeComparator } from "./programme.js";
import { roundComparator } from "./round.js";

/**
 * The comparison features in waterfall order: cheap hard constraints first (document, amount,
 * round), then organisations and names, then softer evidence. Scoring stops at the first
 * hard constraint; explanations show every field.
 */
export const WATERFALL: readonly Comparator[] = [
  documentComparator,
  amountComparator,
  roundComparator,
  organisationComparator,
  nameComparator,
  descriptionComparator,
  dateComparator,
  programmeComparator,
  funderComparator,
];
