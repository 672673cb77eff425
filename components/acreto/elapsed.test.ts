import { describe, expect, it } from "vitest";
import { formatDuration, formatElapsed } from "./elapsed";

describe("formatElapsed", () => {
  it("reads like a stopwatch", () => {
    expect(formatElapsed(0)).toBe("0:00");
    expect(formatElapsed(7_900)).toBe("0:07");
    expect(formatElapsed(754_000)).toBe("12:34");
    expect(formatElapsed(3_725_000)).toBe("1:02:05");
    expect(formatElapsed(-500)).toBe("0:00");
  });
});

describe("formatDuration", () => {
  it("says seconds, then minutes and seconds", () => {
    expect(formatDuration(4_400)).toBe("4 s");
    expect(formatDuration(125_000)).toBe("2 min 5 s");
    expect(formatDuration(180_000)).toBe("3 min");
  });
});
