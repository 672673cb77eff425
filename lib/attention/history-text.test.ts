import { describe, expect, it } from "vitest";
import { episodeWhen, rangeWords } from "./history-text";

const at = (day: number, hours: number, minutes: number) => new Date(2026, 10, day, hours, minutes).getTime();
const iso = (ms: number) => new Date(ms).toISOString();

describe("the history's times", () => {
  const now = at(4, 12, 0);
  it("says today's episodes by the clock, with how long they lasted", () => {
    expect(episodeWhen(iso(at(4, 10, 2)), iso(at(4, 10, 41)), now)).toBe("10:02 – 10:41 (39 min)");
  });
  it("adds the date when it was not today, and the end's date when it ended another day", () => {
    expect(episodeWhen(iso(at(2, 9, 5)), iso(at(2, 9, 6)), now)).toBe("2 Nov 09:05 – 09:06 (1 min)");
    expect(episodeWhen(iso(at(3, 23, 50)), iso(at(4, 0, 20)), now)).toBe("3 Nov 23:50 – 4 Nov 00:20 (30 min)");
    expect(episodeWhen(iso(at(1, 23, 50)), iso(at(3, 0, 20)), now)).toBe("1 Nov 23:50 – 3 Nov 00:20 (24 h)");
  });
  it("says since when for what still stands", () => {
    expect(episodeWhen(iso(at(4, 10, 2)), null, now)).toBe("since 10:02");
    expect(episodeWhen(iso(at(1, 8, 0)), null, now)).toBe("since 1 Nov 08:00");
  });
  it("names the range", () => {
    expect([1, 7, 90].map(rangeWords)).toEqual(["in the last 24 hours", "in the last 7 days", "in the last 90 days"]);
  });
});
