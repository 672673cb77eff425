import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { TDb } from "../db/open-database";
import { secondInstanceOf, suiteDatabase, testDatabases } from "../db/test-databases";
import { admitShared } from "./shared-throttle";
import { VirtualClock } from "./testing/virtual-clock";
import { testConnectionOf } from "./testing/test-server";
import { credentialKeyOf, pauseAfterThrottled, sharedUpstreamUsage, throttle, throttlePlanOf } from "./throttle";

const WINDOW_MS = 5_000;
/** The most calls in any 5-second interval. */
const busiest = (times: number[]) => Math.max(...times.map((at) => times.filter((t) => t >= at && t < at + WINDOW_MS).length));


describe.each(testDatabases())("throttles shared through the database on $name", ({ name, open }) => {
  const database = suiteDatabase(open);

  it("admits no more than TPS×5 in any 5 s to 40 callers, and counts them for every instance to see", async () => {
    const clock = new VirtualClock(Date.parse("2026-03-01T10:00:01.234Z"));
    const conn = testConnectionOf("n2n", "http://n2n.test", { apiKey: `key-${Math.random()}`, tps: "2", tpd: "1000" });
    const admitted: number[] = [];
    for (let caller = 0; caller < 40; caller++) void throttle(conn, clock).then(() => admitted.push(clock.now()));
    await clock.runUntil(() => admitted.length === 40, 100_000, 1);
    expect(busiest(admitted)).toBeLessThanOrEqual(10);
    expect(admitted.at(-1)! - admitted[0]!).toBe(3 * 5_500);
    expect(await sharedUpstreamUsage(conn, clock)).toMatchObject({ callsToday: 40, perDay: 1000, window: { limit: 10, used: 10 } });
  });

  it("holds every caller after a 429 for the vendor's Retry-After", async () => {
    const start = Date.parse("2026-03-01T11:00:00.000Z");
    const clock = new VirtualClock(start);
    const conn = testConnectionOf("n2n", "http://n2n.test", { apiKey: `key-${Math.random()}`, tps: "2" });
    await throttle(conn, clock);
    pauseAfterThrottled(conn, 3_000, clock);
    // The hold reaches the database in the background; until then the call would be admitted (and counted).
    await expect.poll(async () => JSON.stringify(await database().db.execute(sql`select paused_until from throttle_state where credential_key = ${credentialKeyOf(conn)}`))).toMatch(/paused_until":"?2026/);
    const admission = await admitShared(database().db, credentialKeyOf(conn), throttlePlanOf(conn)!, () => clock.now());
    expect(admission).toEqual({ waitMs: 3_000 });
  });

  it.runIf(name === "postgres")("keeps the sum of two instances under the vendor's limit", async () => {
    const other = await secondInstanceOf(database());
    try {
      const clock = new VirtualClock(Date.parse("2026-03-01T12:00:00.500Z"));
      const conn = testConnectionOf("n2n", "http://n2n.test", { apiKey: `key-${Math.random()}`, tps: "2" });
      const plan = throttlePlanOf(conn)!;
      const admitted: number[] = [];
      // Each caller asks its own instance's database, as two servers would.
      const caller = async (db: TDb) => {
        for (;;) {
          const admission = await admitShared(db, credentialKeyOf(conn), plan, () => clock.now());
          if ("admittedAt" in admission) return admitted.push(admission.admittedAt);
          if ("waitMs" in admission) await clock.sleep(admission.waitMs);
        }
      };
      for (let n = 0; n < 30; n++) void caller(n % 2 ? database().db : other.db);
      await clock.runUntil(() => admitted.length === 30, 100_000, 2);
      expect(busiest(admitted)).toBeLessThanOrEqual(10);
    } finally {
      await other.close();
    }
  });
});
