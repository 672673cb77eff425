import { generateSync } from "otplib";
import { describe, expect, it } from "vitest";
import { suiteDatabase, testDatabases } from "../db/test-databases";
import { VirtualClock } from "./testing/virtual-clock";
import { nextTotpCode } from "./totp";

const SEED = "P3YOQUQTABCDO2S5FNDOAMMBM7NGFQKG";
const codeAt = (epochS: number) => generateSync({ secret: SEED, epoch: epochS });

describe("nextTotpCode", () => {
  it("gives the RFC 6238 code, never the same 30 s step twice for one owner, and waits only for a third code", async () => {
    const clock = new VirtualClock(1_700_000_010_000);
    expect(await nextTotpCode("owner-a", SEED, clock)).toBe(codeAt(1_700_000_010));
    // The second code in the same step is the next step's, at once (one step of drift).
    expect(await nextTotpCode("owner-a", SEED, clock)).toBe(codeAt(1_700_000_040));
    expect(clock.now()).toBe(1_700_000_010_000);
    // A third would be two steps ahead: it waits until the next step begins.
    let third: string | undefined;
    void nextTotpCode("owner-a", SEED, clock).then((code) => (third = code));
    await clock.runUntil(() => third !== undefined);
    expect(third).toBe(codeAt(1_700_000_070));
    expect(clock.now()).toBeGreaterThanOrEqual(1_700_000_040_000);
    // Another connection has its own steps.
    expect(await nextTotpCode("owner-b", SEED, clock)).toBe(codeAt(1_700_000_040));
  });
});

describe.each(testDatabases())("TOTP steps shared through the database on $name", ({ open }) => {
  suiteDatabase(open);

  it("two logins at once (on any instances) never send the same code", async () => {
    const clock = new VirtualClock(1_700_000_100_000);
    const codes = await Promise.all([nextTotpCode("shared-owner", SEED, clock), nextTotpCode("shared-owner", SEED, clock)]);
    expect(new Set(codes)).toEqual(new Set([codeAt(1_700_000_100), codeAt(1_700_000_130)]));
  });
});
