import { describe, expect, it } from "vitest";
import { relativeTime } from "./relative-time";

const now = Date.UTC(2025, 4, 6, 12, 0, 0);
const ago = (ms: number) => relativeTime(now - ms, now);

describe("relativeTime", () => {
  it("says just now for the last few seconds, and for a clock slightly ahead", () => {
    expect(ago(0)).toBe("just now");
    expect(ago(4_999)).toBe("just now");
    expect(ago(-2_000)).toBe("just now");
  });

  it("counts whole seconds, minutes, hours, days, months and years", () => {
    expect(ago(42_000)).toBe("42 s ago");
    expect(ago(3 * 60_000 + 59_000)).toBe("3 min ago");
    expect(ago(300_000)).toBe("5 min ago");
    expect(ago(5 * 3_600_000)).toBe("5 h ago");
    expect(ago(86_400_000)).toBe("1 day ago");
    expect(ago(9 * 86_400_000)).toBe("9 days ago");
    expect(ago(65 * 86_400_000)).toBe("2 months ago");
    expect(ago(400 * 86_400_000)).toBe("1 year ago");
  });
});
