import { describe, expect, it } from "vitest";
import { testConnectionOf } from "./testing/test-server";
import { throttle, throttlePlanOf, upstreamUsage } from "./throttle";
import type { VendorError } from "./vendor-error";

describe("per-connection throttle plans and daily usage", () => {
  it("reads N2N's TPS and TPD and Megaport's 500 per 5 minutes", () => {
    expect(throttlePlanOf(testConnectionOf("n2n", "http://x", { tps: "4", tpd: "1000" }))).toEqual({ limit: 20, windowMs: 5_000, perDay: 1_000 });
    expect(throttlePlanOf(testConnectionOf("n2n", "http://x", {}))).toMatchObject({ perDay: null });
    expect(throttlePlanOf(testConnectionOf("megaport", "http://x", {}))).toEqual({ limit: 500, windowMs: 300_000, perDay: null });
    expect(throttlePlanOf(testConnectionOf("nettica", "http://x", {}))).toBeNull();
  });

  it("counts today's calls and refuses once the daily quota is used", async () => {
    const conn = testConnectionOf("n2n", "http://x", { tps: "10", tpd: "3" });
    for (let i = 0; i < 3; i += 1) await throttle(conn);
    const error = (await throttle(conn).catch((e: unknown) => e)) as VendorError;
    expect(error).toMatchObject({ code: "upstream_throttled", vendor: "n2n" });
    expect(error.message).toContain("resets at 00:00 UTC");
    expect(error.retryAfterMs).toBeGreaterThan(0);
    const usage = upstreamUsage(conn);
    expect(usage).toMatchObject({ callsToday: 3, perDay: 3, window: { limit: 50, windowMs: 5_000, used: 4 } });
    expect(usage.day).toBe(new Date().toISOString().slice(0, 10));
  });
});
