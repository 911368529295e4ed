import type { Project } from "@fundtrace/contract";
import { fold } from "../text/fold.js";
import type { Members } from "./members.js";

/** Every place any member names, once each (by GSS code when linked, else by folded name), in source order. */
export function canonicalPlaces(members: Members): Project["places"] {
  let seen: Map<string, { name: string; gss: string | null }> | null = null;
  for (const list of [members.funding, members.references]) {
    for (const m of list) {
      for (const place of m.places) {
        const gss = place.link?.gss ?? null;
        const key = gss ?? `name:${fold(place.name).trim()}`;
        if (!seen) seen = new Map();
        if (!seen.has(key)) seen.set(key, { name: place.name, gss });
      }
    }
  }
  return seen ? [...seen.values()] : [];
}
