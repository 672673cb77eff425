import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulators, type TRunningSimulators } from "@/simulators";
import { callVendor } from "./call-vendor";
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

  describe("a quota learned from the vendor's 429s", () => {
    let sims: TRunningSimulators;
    beforeAll(async () => {
      sims = await startSimulators({ port: 0 });
    });
    afterAll(() => sims?.close());

    // One database is enough (15 s of real time): Postgres when the suite has one, else PGlite.
    it.runIf(name === "postgres" || !process.env.TEST_DATABASE_URL)("where none is set: after the first burst's 429s, calls keep within what the vendor allows", async () => {
      // N2N holds this key to 4 TPS (20 calls per 5 s); the connection states no quota, so 5 TPS (25) is assumed.
      sims.simulators.n2n.control.setKeyLimits(sims.credentials.n2n.apiKey, { tps: 4, tpd: 100_000 });
      const conn = { ...testConnectionOf("n2n", sims.urls.n2n, { apiKey: sims.credentials.n2n.apiKey }), id: `learn-${name}-${Math.random()}` };
      const refused = () => sims.simulators.n2n.stats.snapshot().byStatus["429"] ?? 0;
      const pages = (from: number, count: number) =>
        Promise.all(Array.from({ length: count }, (_, n) => callVendor(conn, { method: "GET", path: "/devices", query: { limit: 10, skip: (from + n) * 10 } }).then((r) => r.status)));
      // The burst starts just after N2N's counter resets, so all of it falls in one of its windows.
      await new Promise((resolve) => setTimeout(resolve, 5_000 - (Date.now() % 5_000) + 50));
      const before = refused();
      expect(await pages(0, 25)).toEqual(Array(25).fill(200)); // the refused ones waited and were sent again
      const burst = refused() - before;
      expect(burst).toBeGreaterThan(0);
      await expect.poll(async () => (await sharedUpstreamUsage(conn)).window!.limit).toBe(20);
      const after = refused();
      expect(await pages(100, 30)).toEqual(Array(30).fill(200));
      expect(refused() - after).toBe(0);
    }, 60_000);
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
