import { describe, expect, it } from "vitest";
import { formatDay, formatMoment, formatTimeOfDay } from "./format-time";

const at = Date.UTC(2026, 11, 4, 19, 43, 50); // 4 Dec 2026, 19:43:50 UTC

describe("format-time", () => {
  it("writes a day, a moment and a time of day the same way on every page", () => {
    expect(formatDay(at, "UTC")).toBe("4 Dec 2026");
    expect(formatMoment(at, "UTC")).toBe("4 Dec 2026, 19:43:50");
    expect(formatTimeOfDay(at, "UTC")).toBe("19:43:50");
  });

  it("reads ISO text as well as epoch ms, with the hours 00–23", () => {
    expect(formatMoment("2026-01-02T00:04:05.000Z", "UTC")).toBe("2 Jan 2026, 00:04:05");
    expect(formatTimeOfDay("2026-01-02T23:59:59Z", "UTC")).toBe("23:59:59");
  });

  it("writes the day in the time zone given", () => {
    expect(formatDay(1739455200000, "UTC")).toBe("13 Feb 2025");
    expect(formatDay(1739455200000, "Australia/Sydney")).toBe("14 Feb 2025");
    expect(formatMoment(at, "Australia/Sydney")).toBe("5 Dec 2026, 06:43:50");
  });

  it("says — for no time, and shows unreadable text as it was sent", () => {
    expect(formatDay(null)).toBe("—");
    expect(formatMoment(undefined)).toBe("—");
    expect(formatDay("")).toBe("—");
    expect(formatMoment(Number.NaN)).toBe("—");
    expect(formatMoment(8.64e15 + 1)).toBe("—");
    expect(formatDay("next Tuesday")).toBe("next Tuesday");
  });
});
