import type { DocContext } from "./context.js";
import { hasSuffix } from "./recipients.js";
import type { Grant } from "./world.js";

const listOf = (xs: readonly string[]): string =>
  xs.length <= 1 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`;

/** What a purpose clause said: whether it named the project, which places it listed. */
export interface Described {
  named: boolean;
  places: string[];
}

/**
 * The purpose of a grant as a clause ("to develop the ‘Open Doors’ mentoring scheme in Luton and
 * Walsall"), naming the project and listing places only sometimes.
 */
export function purposeClause(ctx: DocContext, g: Grant, allowName = true, allowPlaces = true): { text: string } & Described {
  const rng = ctx.rng;
  const named = Boolean(allowName && g.name && rng.chance(0.75));
  let text: string;
  if (named && g.name) {
    const n = g.name;
    const act = hasSuffix(n) ? "" : ` ${g.activity}`;
    const q = rng.chance(0.8) ? `‘${n}’` : n;
    const its = rng.pick(["its", "their"]);
    switch (rng.int(5)) {
      case 0: text = `to develop the ${q}${act}`; break;
      case 1: text = `for a ${g.activity} called ${q}`; break;
      case 2: text = `to expand ${its} ${n}${act}`; break;
      case 3: text = `to fund ${n}, a new ${g.activity} to ${g.verb} ${g.object}`; break;
      default: text = `for the ${n}${act}, which will ${g.verb} ${g.object}`;
    }
  } else {
    text = `to ${g.verb} ${g.object}`;
  }
  const places = allowPlaces && g.places.length && rng.chance(0.8) ? g.places : [];
  if (places.length === 1) text += ` in ${places[0]}`;
  else if (places.length > 1) text += rng.chance(0.5) ? ` across ${listOf(places)}` : ` in ${listOf(places)}`;
  return { text, named, places };
}

/** Writes the rest of an entry after its purpose: extra sentences, sometimes a per-person amount (a trap). */
export function writeExtras(ctx: DocContext, g: Grant, max = 5): void {
  const { b } = ctx;
  for (const e of g.extras.slice(0, max)) b.add(` ${e}`);
  if (g.trap) {
    b.add(" ");
    const at = b.add(g.trap);
    ctx.negative({ start: at, end: at + g.trap.length }, "a per-person or running cost inside a grant description");
  }
}

export { listOf };
