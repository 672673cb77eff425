import { describe, expect, it } from "vitest";
import { VirtualClock } from "./testing/virtual-clock";
import { testConnectionOf } from "./testing/test-server";
import { credentialKeyOf, pauseAfterThrottled, throttle, throttlePlanOf, upstreamUsage } from "./throttle";
import type { VendorError } from "./vendor-error";

const WINDOW_MS = 5_000;

/** The most calls that fall in one of the vendor's fixed windows [k·5 s, (k+1)·5 s), over every k and any phase. */
function busiestFixedWindow(times: number[], phases = 50): number {
  let busiest = 0;
  for (let p = 0; p < phases; p += 1) {
    const offset = (p * WINDOW_MS) / phases;
    const counts = new Map<number, number>();
    for (const t of times) {
      const k = Math.floor((t - offset) / WINDOW_MS);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    busiest = Math.max(busiest, ...counts.values());
  }
  return busiest;
}

describe("per-credential throttle plans and daily usage", () => {
  it("reads N2N's TPS and TPD and Megaport's 500 per 5 minutes", () => {
    expect(throttlePlanOf(testConnectionOf("n2n", "http://x", { tps: "4", tpd: "1000" }))).toEqual({ limit: 20, windowMs: 5_000, guardMs: 500, perDay: 1_000, learnable: false });
    expect(throttlePlanOf(testConnectionOf("n2n", "http://x", {}))).toMatchObject({ limit: 25, perDay: null, learnable: true });
    expect(throttlePlanOf(testConnectionOf("megaport", "http://x", {}))).toEqual({ limit: 500, windowMs: 300_000, guardMs: 0, perDay: null, learnable: true });
    expect(throttlePlanOf(testConnectionOf("nettica", "http://x", {}))).toBeNull();
  });

  it("two connections with the same key share one bucket; another key has its own", () => {
    const a = testConnectionOf("n2n", "http://n2n.test/v3", { apiKey: "key-1", tps: "2" });
    const b = testConnectionOf("n2n", "http://n2n.test/v3/", { apiKey: "key-1", tps: "2" });
    const other = testConnectionOf("n2n", "http://n2n.test/v3", { apiKey: "key-2", tps: "2" });
    expect(credentialKeyOf(a)).toBe(credentialKeyOf(b));
    expect(credentialKeyOf(a)).not.toBe(credentialKeyOf(other));
    expect(credentialKeyOf(a)).not.toContain("key-1");
  });

  it("admits no more than TPS×5 calls in any 5-second window to 100 concurrent callers over two connections of one key", async () => {
    const clock = new VirtualClock(Date.parse("2026-03-01T10:00:01.234Z"));
    const tps = 2;
    const apiKey = `key-${Math.random()}`;
    const first = testConnectionOf("n2n", "http://n2n.test", { apiKey, tps: String(tps) });
    const second = testConnectionOf("n2n", "http://n2n.test", { apiKey, tps: String(tps) });
    const admitted: number[] = [];
    for (let caller = 0; caller < 100; caller += 1) void throttle(caller % 2 ? first : second, clock).then(() => admitted.push(clock.now()));
    await clock.runUntil(() => admitted.length === 100);

    for (const at of admitted) expect(admitted.filter((t) => t >= at && t < at + WINDOW_MS).length).toBeLessThanOrEqual(tps * 5);
    expect(busiestFixedWindow(admitted)).toBeLessThanOrEqual(tps * 5);
    // Ten windows of ten calls, each 5.5 s apart (the guard): nobody was refused, everyone waited.
    expect(admitted.at(-1)! - admitted[0]!).toBe(9 * 5_500);
    expect(upstreamUsage(first, clock)).toMatchObject({ callsToday: 100, window: { limit: 10, windowMs: 5_000, used: 10 } });
  });

  it("after a 429 holds every caller of the key for the vendor's Retry-After, or one window when it names none", async () => {
    const start = Date.parse("2026-03-01T10:00:00.000Z");
    const clock = new VirtualClock(start);
    const conn = testConnectionOf("n2n", "http://n2n.test", { apiKey: `key-${Math.random()}`, tps: "2" });
    await throttle(conn, clock);
    pauseAfterThrottled(conn, 3_000, clock);
    const admitted: number[] = [];
    for (let caller = 0; caller < 3; caller += 1) void throttle(conn, clock).then(() => admitted.push(clock.now() - start));
    await clock.runUntil(() => admitted.length === 3);
    expect(admitted).toEqual([3_000, 3_000, 3_000]);

    pauseAfterThrottled(conn, undefined, clock);
    let next = -1;
    void throttle(conn, clock).then(() => (next = clock.now() - start));
    await clock.runUntil(() => next >= 0);
    expect(next).toBe(3_000 + 5_500);
  });

  it("counts today's calls, refuses once the daily quota is used, and starts again at 00:00 UTC", async () => {
    const clock = new VirtualClock(Date.parse("2026-03-01T23:59:58.000Z"));
    const conn = testConnectionOf("n2n", "http://x", { apiKey: `key-${Math.random()}`, tps: "10", tpd: "3" });
    for (let i = 0; i < 3; i += 1) await throttle(conn, clock);
    const error = (await throttle(conn, clock).catch((e: unknown) => e)) as VendorError;
    expect(error).toMatchObject({ code: "upstream_throttled", vendor: "n2n", retryAfterMs: 2_000 });
    expect(error.message).toContain("resets at 00:00 UTC");
    expect(upstreamUsage(conn, clock)).toEqual({
      day: "2026-03-01",
      callsToday: 3,
      perDay: 3,
      resetsAt: "2026-03-02T00:00:00.000Z",
      window: { limit: 50, windowMs: 5_000, used: 3 },
    });

    let midnight = false;
    void clock.sleep(2_000).then(() => (midnight = true));
    await clock.runUntil(() => midnight);
    await throttle(conn, clock);
    expect(upstreamUsage(conn, clock)).toMatchObject({ day: "2026-03-02", callsToday: 1, resetsAt: "2026-03-03T00:00:00.000Z" });
  });

  it("a lower TPS setting applies at once, counting the calls already made", async () => {
    const clock = new VirtualClock(0);
    const apiKey = `key-${Math.random()}`;
    for (let i = 0; i < 10; i += 1) await throttle(testConnectionOf("n2n", "http://x", { apiKey, tps: "2" }), clock);
    let admitted = false;
    void throttle(testConnectionOf("n2n", "http://x", { apiKey, tps: "1" }), clock).then(() => (admitted = true));
    await clock.runUntil(() => admitted);
    expect(clock.now()).toBe(5_500);
  });
});
