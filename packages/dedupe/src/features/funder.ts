import { labelComparator } from "./labelled.js";
import { F_FUNDER, F_FUNDER_ACRONYM } from "./prepare.js";

/** Funder ("Department for Education" = "DfE"). */
export const funderComparator = labelComparator(
  "funder",
  { id: F_FUNDER, acronym: F_FUNDER_ACRONYM, longForm: (p) => p.funderLongForm, text: (m) => m?.funder?.text },
  "funder",
);
