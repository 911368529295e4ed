import type { Boilerplate } from "../types.js";
import { snippet } from "./match.js";
import type { BoilerplateRule, DocView, Hit } from "./rule.js";
import type { BlockViews } from "./view.js";

interface Owned {
  rule: string;
  hit: Hit;
}

/** Most blocks a backward reach may step over (marked or not), whatever `back` says. */
const BACK_STEPS_LIMIT = 12;

function firstAndLastProse(blocks: BlockViews): [number, number] {
  let first = blocks.length;
  let last = -1;
  for (let b = 0; b < blocks.length; b++) {
    if (!blocks.short(b)) {
      if (first === blocks.length) first = b;
      last = b;
    }
  }
  return [first, last];
}

/**
 * Runs the rules and spreads their hits: a block's own hit (from the earliest rule in priority order)
 * wins; then the earliest `rest` hit marks every later block; then each `section` hit takes in the short
 * blocks after it up to the next prose block that no rule claimed, and up to `back` short blocks before it
 * (stopping at a list item or a line with an amount).
 * Linear in blocks.
 */
export function detectBoilerplate(text: string, blocks: BlockViews, rules: readonly BoilerplateRule[]): Array<Boilerplate | null> {
  const n = blocks.length;
  const [firstProse, lastProse] = firstAndLastProse(blocks);
  const doc: DocView = { text, blocks, firstProse, lastProse };
  // the first rule to claim a block owns it: its hit, and the rule's id alongside (no object per block)
  const ownedHit: Array<Hit | null> = new Array<Hit | null>(n).fill(null);
  const ownedRule: string[] = new Array<string>(n);
  for (const rule of rules) {
    const hits = rule.detect(doc);
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h]!;
      const to = Math.min(n, hit.scope === "block" && hit.to !== undefined ? hit.to : hit.block + 1);
      for (let b = Math.max(0, hit.block); b < to; b++) {
        if (ownedHit[b] !== null) continue;
        ownedHit[b] = hit;
        ownedRule[b] = rule.id;
      }
    }
  }
  const owner = (i: number): Owned | null => (ownedHit[i] ? { rule: ownedRule[i]!, hit: ownedHit[i]! } : null);
  // one object per rule and reason: a page of thousands of menu lines shares a handful
  const shared = new Map<string, Map<string, Boilerplate>>();
  const verdict = (ruleId: string, reason: string): Boilerplate => {
    let byReason = shared.get(ruleId);
    if (!byReason) shared.set(ruleId, (byReason = new Map()));
    let b = byReason.get(reason);
    if (!b) byReason.set(reason, (b = { ruleId, reason }));
    return b;
  };
  const out: Array<Boilerplate | null> = ownedHit.map((hit, i) => (hit ? verdict(ownedRule[i]!, hit.reason) : null));

  // the reason is built once per region
  const regions = new Map<number, string>();
  const absorbed = (o: Owned, at: number): Boilerplate => {
    let reason = regions.get(at);
    if (reason === undefined) {
      reason = `In the ${o.hit.region ?? "boilerplate section"} that starts at block ${at} ("${snippet(text, blocks, at)}")`;
      regions.set(at, reason);
    }
    return verdict(o.rule, reason);
  };
  const reachBack = (o: Owned, at: number): void => {
    let budget = o.hit.back ?? 0;
    for (let k = at - 1, steps = 0; k >= 0 && budget > 0 && steps < BACK_STEPS_LIMIT; k--, steps++) {
      if (out[k] !== null) continue;
      // list items and lines with an amount above a sidebar are more likely the end of a list page
      if (!blocks.short(k) || blocks.layout(k) === "list-item" || blocks.money(k)) break;
      out[k] = absorbed(o, at);
      budget--;
    }
  };

  // rest: the earliest hit runs to the end of the document
  let restAt = -1;
  for (let i = 0; i < n; i++) {
    if (ownedHit[i]?.scope === "rest") {
      restAt = i;
      break;
    }
  }
  if (restAt >= 0) {
    const o = owner(restAt)!;
    for (let k = restAt + 1; k < n; k++) if (out[k] === null) out[k] = absorbed(o, restAt);
    reachBack(o, restAt);
  }

  // sections: one forward sweep; a section hit becomes the active section, short unmarked blocks join the
  // active section, and the first unmarked prose block ends it
  const limit = restAt >= 0 ? restAt : n;
  let active: { o: Owned; at: number } | null = null;
  for (let i = 0; i < limit; i++) {
    const o = ownedHit[i]?.scope === "section" ? owner(i) : null;
    if (o) {
      reachBack(o, i);
      active = { o, at: i };
      continue;
    }
    if (out[i] !== null) continue;
    if (active && blocks.short(i)) out[i] = absorbed(active.o, active.at);
    else active = null;
  }
  return out;
}
