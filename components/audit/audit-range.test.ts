import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rangeOf, rangeProblem, type TRangeChoice } from "./audit-range";

const anchorMs = Date.UTC(2026, 2, 10, 12, 0, 0);
const choice = (preset: TRangeChoice["preset"], fromDay = "", toDay = ""): TRangeChoice => ({ preset, anchorMs, fromDay, toDay });

describe("the audit page's date range", () => {
  const zone = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = "Europe/Berlin";
  });
  afterEach(() => {
    process.env.TZ = zone;
  });

  it("counts a preset back from when it was chosen, up to now", () => {
    expect(rangeOf(choice("24h"))).toEqual({ from: "2026-03-09T12:00:00.000Z" });
    expect(rangeOf(choice("7d"))).toEqual({ from: "2026-03-03T12:00:00.000Z" });
    expect(rangeOf(choice("30d"))).toEqual({ from: "2026-02-08T12:00:00.000Z" });
    expect(rangeOf(choice("all"))).toEqual({});
  });

  it("takes chosen days whole, in the browser's time zone", () => {
    // Berlin is UTC+1 in March before the switch: the day starts at 23:00 UTC the evening before.
    expect(rangeOf(choice("custom", "2026-03-01", "2026-03-02"))).toEqual({ from: "2026-02-28T23:00:00.000Z", to: "2026-03-02T22:59:59.999Z" });
    expect(rangeOf(choice("custom", "2026-03-01", ""))).toEqual({ from: "2026-02-28T23:00:00.000Z" });
    expect(rangeOf(choice("custom", "", "garbage"))).toEqual({});
  });

  it("refuses days the wrong way round", () => {
    expect(rangeProblem(choice("custom", "2026-03-02", "2026-03-01"))).toBe("The range ends before it starts");
    expect(rangeProblem(choice("custom", "2026-03-01", "2026-03-01"))).toBeNull();
    expect(rangeProblem(choice("7d"))).toBeNull();
  });
});
