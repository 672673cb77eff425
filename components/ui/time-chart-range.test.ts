import { describe, expect, it } from "vitest";
import { inTimeRange, parseTimeRange, rangeStart, TIME_RANGES } from "./time-chart-range";

const HOUR = 3_600_000;
const now = Date.UTC(2026, 2, 1, 12, 0);

describe("time chart range", () => {
  it("reads the range from the URL, anything unknown being everything loaded", () => {
    expect(parseTimeRange("6h")).toBe("6h");
    expect(parseTimeRange("7d")).toBe("7d");
    expect(parseTimeRange(null)).toBe("all");
    expect(parseTimeRange("2h")).toBe("all");
    expect(TIME_RANGES.map((r) => r.value)).toEqual(["1h", "6h", "24h", "7d", "all"]);
  });

  it("starts each range that far back from now", () => {
    expect(rangeStart("1h", now)).toBe(now - HOUR);
    expect(rangeStart("24h", now)).toBe(now - 24 * HOUR);
    expect(rangeStart("7d", now)).toBe(now - 7 * 24 * HOUR);
    expect(rangeStart("all", now)).toBeNull();
  });

  it("keeps the items from the start of the range on (its edge included, a time ahead of now too)", () => {
    const times = [now + 60_000, now, now - HOUR, now - HOUR - 1, now - 5 * HOUR, now - 30 * HOUR];
    const pick = (range: Parameters<typeof inTimeRange>[1]) => inTimeRange(times, range, now, (t) => t);
    expect(pick("1h")).toEqual([now + 60_000, now, now - HOUR]);
    expect(pick("6h")).toHaveLength(5);
    expect(pick("24h")).toHaveLength(5);
    expect(pick("all")).toEqual(times);
  });
});
