import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api-client";
import { retryThrottled, throttledRetryDelay } from "./throttle-retry";

const throttled = new ApiError(429, "upstream_throttled", "N2N DL is throttling connection \"x\" (HTTP 429)");

describe("retrying after N2N throttles", () => {
  it("retries a 429 up to six times, a 5xx twice, never a 4xx", () => {
    expect([0, 5].map((n) => retryThrottled(n, throttled))).toEqual([true, true]);
    expect(retryThrottled(6, throttled)).toBe(false);
    expect(retryThrottled(1, new ApiError(503, "upstream_unavailable", "down"))).toBe(true);
    expect(retryThrottled(2, new ApiError(503, "upstream_unavailable", "down"))).toBe(false);
    expect(retryThrottled(0, new ApiError(400, "bad_request", "limit"))).toBe(false);
    expect(retryThrottled(0, new ApiError(403, "forbidden", "role"))).toBe(false);
  });

  it("waits at least most of a 5-second window after a 429, doubling to a minute", () => {
    expect(throttledRetryDelay(0, throttled, () => 0)).toBe(3_750);
    expect(throttledRetryDelay(0, throttled, () => 1)).toBe(5_000);
    expect(throttledRetryDelay(1, throttled, () => 1)).toBe(10_000);
    expect(throttledRetryDelay(10, throttled, () => 1)).toBe(60_000);
    expect(throttledRetryDelay(1, new ApiError(503, "x", "y"))).toBe(2_000);
  });
});
