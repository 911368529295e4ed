import fc from "fast-check";
import { describe, it } from "vitest";
import { Organisation, Place } from "@fundtrace/contract";
import { noAuthorities, parseRecipientPhrase, type AuthorityLookup } from "@fundtrace/organisations";
import { loadRegister, lookupCache } from "@fundtrace/pipeline";
import { text } from "./arbitraries.js";
import { property, timeout } from "./budget.js";
import { conforms, exactQuote, inBounds } from "./checks.js";

const register = await loadRegister();
const withRegister = lookupCache(register);

/** A text and a phrase inside it: the whole text half the time, a random window otherwise. */
const phrase = fc.tuple(text(30), fc.nat(), fc.nat(), fc.boolean()).map(([t, x, y, whole]) => {
  if (whole) return { t, start: 0, end: t.length };
  const start = x % (t.length + 1);
  return { t, start, end: start + (y % (t.length - start + 1)) };
});

function check(authorities: AuthorityLookup) {
  return ({ t, start, end }: { t: string; start: number; end: number }) => {
    const r = parseRecipientPhrase(t, start, end, { authorities, knownOrganisations: new Set(["Catch 22"]), rule: "test" });
    for (const o of r.organisations) {
      conforms(Organisation, o, `organisation ${JSON.stringify(o.name)}`);
      inBounds(o, t.length, `organisation ${JSON.stringify(o.name)}`);
      if (o.start < start || o.end > end) throw new Error(`organisation ${JSON.stringify(o.name)} [${o.start}, ${o.end}) is outside the phrase [${start}, ${end})`);
    }
    for (const p of r.places) {
      conforms(Place, p, `place ${JSON.stringify(p.name)}`);
      inBounds(p, t.length, `place ${JSON.stringify(p.name)}`);
    }
    if (r.name) exactQuote(t, r.name, "name");
  };
}

describe("parseRecipientPhrase is total", () => {
  it("never throws without a register; organisations, places and names are valid and in bounds", () => {
    property("parseRecipientPhrase", "no authorities", phrase, check(noAuthorities), 300);
  }, timeout);

  it("never throws with the real register; organisations, places and names are valid and in bounds", () => {
    property("parseRecipientPhrase", "real register", fc.tuple(phrase, fc.constantFrom(null, "2015-04-01", "2024-05-09")), ([p, date]) => check(withRegister(date))(p), 300);
  }, timeout);
});
