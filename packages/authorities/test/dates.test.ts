import { describe, expect, it } from "vitest";
import { isFormer, pickByDate } from "../src/index.js";

const old = { code: "OLD", startDate: null, endDate: "2020-03-31" };
const successor = { code: "NEW", startDate: "2020-04-01", endDate: null };
const sameDay = { code: "SAME", startDate: "2020-03-31", endDate: null };

describe("pickByDate", () => {
  it("takes the body that existed on the day, with inclusive end dates", () => {
    expect(pickByDate([old, successor], "2019-01-01")?.code).toBe("OLD");
    expect(pickByDate([old, successor], "2020-03-31")?.code).toBe("OLD");
    expect(pickByDate([old, successor], "2020-04-01")?.code).toBe("NEW");
  });

  it("gives a hand-over day to the body starting that day", () => {
    expect(pickByDate([old, sameDay], "2020-03-31")?.code).toBe("SAME");
  });

  it("without a date, prefers the one current body", () => {
    expect(pickByDate([old, successor])?.code).toBe("NEW");
    expect(pickByDate([old, successor], null)?.code).toBe("NEW");
    expect(pickByDate([successor, sameDay])).toBeNull();
  });

  it("takes the nearest in time when none existed on the day", () => {
    const early = { code: "EARLY", startDate: "2000-01-01", endDate: "2001-01-01" };
    const late = { code: "LATE", startDate: "2010-01-01", endDate: null };
    expect(pickByDate([early, late], "2002-01-01")?.code).toBe("EARLY");
    expect(pickByDate([early, late], "2009-06-01")?.code).toBe("LATE");
  });

  it("returns null for nothing or for two bodies alive on the same day", () => {
    expect(pickByDate([], "2020-01-01")).toBeNull();
    expect(pickByDate([successor, { code: "TWIN", startDate: "2020-01-01", endDate: null }], "2021-01-01")).toBeNull();
  });
});

describe("isFormer", () => {
  it("is true after the end date, and always for an ended body without a date", () => {
    expect(isFormer(old, "2020-03-31")).toBe(false);
    expect(isFormer(old, "2020-04-01")).toBe(true);
    expect(isFormer(old)).toBe(true);
    expect(isFormer(successor)).toBe(false);
    expect(isFormer(successor, "2030-01-01")).toBe(false);
  });
});
