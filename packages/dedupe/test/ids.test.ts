import type { Mention, Project } from "@fundtrace/contract";
import { stableId } from "@fundtrace/contract";
import { describe, expect, it } from "vitest";
import { assignIds, mentionClusters } from "../src/ids.js";
import { mention } from "./fixtures/build.js";

const none = new Map<string, string>();
const noProjects = new Map<string, Project>();
const at = (doc: string, start: number, id: string, end?: number): Mention => ({ ...mention({ id, doc, start }), end: end ?? start + 10 });

describe("assignIds", () => {
  it("gives a new record the stable id of its earliest mention", () => {
    const { ids } = assignIds(mentionClusters([[at("d1", 5, "m1")], [at("d2", 0, "m2")]]), none, noProjects);
    expect(ids.map((x) => x.id)).toEqual([stableId("p", "d1", 5), stableId("p", "d2", 0)]);
  });

  it("gives the later of two records whose earliest mentions start at one place the longer id", () => {
    const a = at("d1", 5, "m1", 20);
    const b = at("d1", 5, "m2", 30);
    const { ids } = assignIds(mentionClusters([[a], [b]]), none, noProjects);
    expect(ids[0]!.id).toBe(stableId("p", "d1", 5));
    expect(ids[1]!.id).toBe(stableId("p", "d1", 5, 30, "m2"));
  });

  it("does not give a new record the id an existing record keeps", () => {
    const taken = stableId("p", "d1", 5);
    const existing = new Map<string, Project>([[taken, { id: taken } as Project]]);
    const { ids } = assignIds(mentionClusters([[at("d1", 5, "m1", 20)]]), none, existing);
    expect(ids[0]!.id).toBe(stableId("p", "d1", 5, 20, "m1"));
  });

  it("does the same when existing ids are of another form", () => {
    const existing = new Map<string, Project>([["legacy-7", { id: "legacy-7" } as Project]]);
    const a = at("d1", 5, "m1", 20);
    const b = at("d1", 5, "m2", 30);
    const { ids } = assignIds(mentionClusters([[a], [b], [at("d3", 1, "m3")]]), none, existing);
    expect(ids.map((x) => x.id)).toEqual([stableId("p", "d1", 5), stableId("p", "d1", 5, 30, "m2"), stableId("p", "d3", 1)]);
  });
});
