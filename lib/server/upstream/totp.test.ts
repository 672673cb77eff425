import { generateSync } from "otplib";
import { describe, expect, it } from "vitest";
import { VirtualClock } from "./testing/virtual-clock";
import { nextTotpCode } from "./totp";

const SEED = "P3YOQUQTABCDO2S5FNDOAMMBM7NGFQKG";

describe("nextTotpCode", () => {
  it("gives the RFC 6238 code, and never the same 30 s step twice for one owner", async () => {
    const clock = new VirtualClock(1_700_000_010_000);
    const first = await nextTotpCode("owner-a", SEED, clock);
    expect(first).toBe(generateSync({ secret: SEED, epoch: 1_700_000_010 }));
    let second: string | undefined;
    void nextTotpCode("owner-a", SEED, clock).then((code) => (second = code));
    await clock.runUntil(() => second !== undefined);
    expect(second).toBe(generateSync({ secret: SEED, epoch: 1_700_000_040 }));
    expect(clock.now()).toBeGreaterThanOrEqual(1_700_000_040_000);
    // Another connection has its own steps.
    expect(await nextTotpCode("owner-b", SEED, clock)).toBe(second);
  });
});
