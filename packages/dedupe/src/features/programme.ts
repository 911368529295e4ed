import { labelComparator } from "./labelled.js";
import { F_PROGRAMME, F_PROGRAMME_ACRONYM } from "./prepare.js";

/** Funding programme ("Children's Social Care Innovation Programme"). */
export const programmeComparator = labelComparator(
  "programme",
  { id: F_PROGRAMME, acronym: F_PROGRAMME_ACRONYM, longForm: (p) => p.programmeLongForm, text: (m) => m?.programme?.text },
  "programme",
);
