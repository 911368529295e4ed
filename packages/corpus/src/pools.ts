import organisations from "./data/organisations.json" with { type: "json" };
import projects from "./data/projects.json" with { type: "json" };
import purposes from "./data/purposes.json" with { type: "json" };
import funders from "./data/funders.json" with { type: "json" };
import people from "./data/people.json" with { type: "json" };
import boilerplate from "./data/boilerplate.json" with { type: "json" };
import places from "./data/places.json" with { type: "json" };
import filler from "./data/filler.json" with { type: "json" };
import phrases from "./data/phrases.json" with { type: "json" };

/** The word lists and name pools, as data. */
export const POOLS = { organisations, projects, purposes, funders, people, boilerplate, places, filler, phrases } as const;
export type Pools = typeof POOLS;
export type Funder = (typeof funders.funders)[number];
