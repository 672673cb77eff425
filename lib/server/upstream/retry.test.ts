import { describe, expect, it } from "vitest";
import { backoffMs, isIdempotent, isRetryStatus, parseRetryAfter } from "./retry";

describe("retry policy", () => {
  it("retries only reads, or PUT/DELETE flagged idempotent", () => {
    expect(isIdempotent("GET")).toBe(true);
    expect(isIdempotent("HEAD")).toBe(true);
    expect(isIdempotent("POST", true)).toBe(false);
    expect(isIdempotent("PATCH", true)).toBe(false);
    expect(isIdempotent("PUT")).toBe(false);
    expect(isIdempotent("PUT", true)).toBe(true);
    expect(isIdempotent("DELETE", true)).toBe(true);
    expect([429, 502, 503, 504].every(isRetryStatus)).toBe(true);
    expect([400, 401, 500, 501].some(isRetryStatus)).toBe(false);
  });

  it("reads Retry-After as seconds or an HTTP date", () => {
    const now = Date.parse("2025-01-01T00:00:00Z");
    expect(parseRetryAfter("3", now)).toBe(3_000);
    expect(parseRetryAfter("Wed, 01 Jan 2025 00:00:05 GMT", now)).toBe(5_000);
    expect(parseRetryAfter("Tue, 31 Dec 2024 23:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it("backs off exponentially with jitter, never below Retry-After", () => {
    expect(backoffMs(1, undefined, () => 0)).toBe(100);
    expect(backoffMs(1, undefined, () => 1)).toBe(200);
    expect(backoffMs(2, undefined, () => 1)).toBe(400);
    expect(backoffMs(10, undefined, () => 1)).toBe(4_000);
    expect(backoffMs(1, 2_500, () => 1)).toBe(2_500);
  });
});
