import data from "../../data/navigation.json" with { type: "json" };
import { anyPattern, isPhrase, phraseSet, snippet } from "../match.js";
import type { BoilerplateRule, DocView, Hit } from "../rule.js";
import { stripOuter } from "../view.js";

const PHRASES = phraseSet(data.phrases);
const PATTERNS = anyPattern(data.patterns);
const SEPARATORS = new Set<string>([...data.menuSeparators]);
const hasSeparator = (head: string): boolean => {
  for (const sep of SEPARATORS) if (head.includes(sep)) return true;
  return false;
};
const PATTERN_WORDS = 20;
/** A menu line's items are at most this many words; with no known item it needs MENU_ITEMS items. */
const ITEM_WORDS = 6;
const MENU_ITEMS = 4;
/** Tiny lines in one run (no blank lines between) with no known item: navigation when at least this many sit above the first or below the last prose block. */
const BARE_RUN = 5;

const wordCount = (s: string): number => (s.length === 0 ? 0 : s.split(" ").length);

/** Is a one-line head a menu: items split at | · • › » with a known navigation item, or many items? */
function menuLine(head: string): boolean {
  if (!hasSeparator(head)) return false;
  const items: string[] = [];
  let cur = "";
  for (const ch of head) {
    if (SEPARATORS.has(ch)) {
      items.push(cur);
      cur = "";
    } else cur += ch;
  }
  items.push(cur);
  if (items.length < 2) return false;
  let known = false;
  for (const raw of items) {
    const item = stripOuter(raw);
    if (item.length === 0) continue;
    if (wordCount(item) > ITEM_WORDS) return false;
    if (PHRASES.has(item)) known = true;
  }
  return known || items.length >= MENU_ITEMS;
}

function ownHits(doc: DocView): Map<number, Hit> {
  const { text, blocks } = doc;
  const hits = new Map<number, Hit>();
  for (let b = 0; b < blocks.length; b++) {
    if (isPhrase(PHRASES, blocks.norm(b))) {
      hits.set(b, { block: b, scope: "block", reason: `Navigation link "${snippet(text, blocks, b)}"` });
    } else if (blocks.lineCount[b] === 1 && blocks.words[b]! <= PATTERN_WORDS && PATTERNS.test(blocks.head(b))) {
      hits.set(b, { block: b, scope: "block", reason: `Navigation or footer line "${snippet(text, blocks, b)}"` });
    } else if (blocks.norm(b) !== null && menuLine(blocks.head(b))) {
      hits.set(b, { block: b, scope: "block", reason: `Menu line "${snippet(text, blocks, b)}"` });
    }
  }
  return hits;
}

/**
 * `boilerplate/navigation`: menus, share buttons and footer links. A block that is a known link
 * ("top of page", "Share", "Log Out", "Privacy policy"), a footer line ("© 2024 …", "Tags: …"), or a
 * menu line ("Home | News | Contact") is navigation. So are its neighbours in a run of tiny lines
 * (≤ 4 words, no blank line between), and any run of BARE_RUN tiny lines above the first or below the
 * last prose block. Above the first or below the last prose block, a sequence of tiny blocks holding two
 * known links is navigation even across blank lines.
 */
export const navigationRule: BoilerplateRule = {
  id: "boilerplate/navigation",
  detect(doc) {
    const { text, blocks, firstProse, lastProse } = doc;
    const hits = ownHits(doc);
    const extra: Hit[] = [];
    const outside = (from: number, to: number): boolean => to < firstProse || from > lastProse;
    // the blocks of [from, to) without a hit of their own, as one hit per stretch between own hits
    const takeIn = (from: number, to: number, reason: string): void => {
      for (let k = from; k < to; ) {
        if (hits.has(k)) {
          k++;
          continue;
        }
        let end = k + 1;
        while (end < to && !hits.has(end)) end++;
        extra.push(end - k === 1 ? { block: k, scope: "block", reason } : { block: k, to: end, scope: "block", reason });
        k = end;
      }
    };
    let i = 0;
    while (i < blocks.length) {
      if (!blocks.tiny(i)) {
        i++;
        continue;
      }
      let j = i;
      while (j < blocks.length && blocks.tiny(j)) j++;
      // [i, j): consecutive tiny blocks
      let known = 0;
      let firstKnown = -1;
      for (let k = i; k < j; k++) {
        if (hits.has(k)) {
          known++;
          if (firstKnown < 0) firstKnown = k;
        }
      }
      if (known >= 2 && outside(i, j - 1)) {
        takeIn(i, j, `Among navigation links such as "${snippet(text, blocks, firstKnown)}"`);
      } else {
        // physical runs inside the sequence
        let a = i;
        while (a < j) {
          let b = a;
          while (b < j && blocks.run[b] === blocks.run[a]) b++;
          let anchor = -1;
          for (let k = a; k < b; k++) if (hits.has(k)) anchor = anchor < 0 ? k : anchor;
          const size = b - a;
          if ((size >= 2 && anchor >= 0) || (size >= BARE_RUN && outside(a, b - 1))) {
            const why =
              anchor >= 0
                ? `In a run of short lines with the navigation link "${snippet(text, blocks, anchor)}"`
                : `In a run of ${size} short lines outside the article (a menu)`;
            takeIn(a, b, why);
          }
          a = b;
        }
      }
      i = j;
    }
    // the blocks' own hits first, then the blocks they take in (copied by index: a spread iterates, an object per hit)
    const out: Hit[] = [];
    hits.forEach((h) => out.push(h));
    for (let k = 0; k < extra.length; k++) out.push(extra[k]!);
    return out;
  },
};
