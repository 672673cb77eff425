import { describe, expect, it } from "vitest";
import { QUIET_AFTER_MS, isBackgroundRequest } from "./user-activity";

describe("background requests", () => {
  it("counts a page's calls as activity for a minute after the last input, then as background", () => {
    const now = Date.now();
    expect(isBackgroundRequest(now)).toBe(false);
    expect(isBackgroundRequest(now + QUIET_AFTER_MS - 1_000)).toBe(false);
    expect(isBackgroundRequest(now + QUIET_AFTER_MS + 1_000)).toBe(true);
  });
});
