import { describe, expect, it } from "vitest";
import { WindowLimiter } from "./rate-limiter";
import { VirtualClock } from "./testing/virtual-clock";

describe("WindowLimiter (N2N TPS × 5 per 5-second window)", () => {
  it("never admits more than TPS×5 calls in any 5 s window under 100 concurrent callers", async () => {
    const clock = new VirtualClock(1_700_000_000_000);
    const tps = 2;
    const limiter = new WindowLimiter(tps * 5, 5_000, clock);
    const admitted: { caller: number; at: number }[] = [];
    for (let caller = 0; caller < 100; caller += 1) {
      void limiter.acquire().then(() => admitted.push({ caller, at: clock.now() }));
    }
    await clock.runUntil(() => admitted.length === 100);

    for (const { at } of admitted) {
      const inWindow = admitted.filter((other) => other.at >= at && other.at < at + 5_000).length;
      expect(inWindow).toBeLessThanOrEqual(tps * 5);
    }
    // Everyone got through, in the order they asked, and no time was wasted: ten windows of ten.
    expect(admitted.map((a) => a.caller)).toEqual([...Array(100).keys()]);
    expect(admitted.at(-1)!.at - admitted[0].at).toBe(9 * 5_000);
  });

  it("admits at once while under the limit, then waits for the oldest call to leave the window", async () => {
    const clock = new VirtualClock();
    const limiter = new WindowLimiter(3, 1_000, clock);
    for (let i = 0; i < 3; i += 1) await limiter.acquire();
    expect(limiter.used()).toBe(3);
    expect(clock.now()).toBe(0);
    let fourth = false;
    void limiter.acquire().then(() => (fourth = true));
    await clock.runUntil(() => fourth);
    expect(clock.now()).toBe(1_000);
  });

  it("holds 500 per rolling 5 minutes (Megaport)", async () => {
    const clock = new VirtualClock();
    const limiter = new WindowLimiter(500, 300_000, clock);
    const times: number[] = [];
    for (let i = 0; i < 1_200; i += 1) void limiter.acquire().then(() => times.push(clock.now()));
    await clock.runUntil(() => times.length === 1_200);
    expect(times.filter((t) => t < 300_000)).toHaveLength(500);
    expect(times.filter((t) => t >= 300_000 && t < 600_000)).toHaveLength(500);
  });
});
