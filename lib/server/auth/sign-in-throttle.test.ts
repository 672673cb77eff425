import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useDatabaseForTests } from "../db/client";
import { openDatabase, type TDatabase } from "../db/open-database";
import { testDatabases } from "../db/test-databases";
import { THROTTLE_LIMITS, THROTTLE_WINDOW_MS, beginAttempt, lockedAccounts, pairLockMs, settleAttempt, unlockAccount } from "./sign-in-throttle";

const MINUTE = 60_000;
const t0 = new Date("2026-03-01T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

/** A second connection to the same database, as a second console instance would have. */
async function secondConnection(name: string, first: TDatabase): Promise<TDatabase | null> {
  if (name !== "postgres") return null; // PGlite is embedded: one process, one connection.
  const result = await first.db.execute(sql`select current_database() as name`);
  const [row] = (result as unknown as { rows: { name: string }[] }).rows;
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${row!.name}`;
  const second = await openDatabase({ url: url.toString() });
  return { ...second, close: second.close };
}

describe.each(testDatabases())("sign-in throttle on $name", ({ name, open }) => {
  let database: TDatabase;
  let other: TDatabase | null;
  beforeAll(async () => {
    database = await open();
    useDatabaseForTests(database);
    other = await secondConnection(name, database);
  });
  afterAll(async () => {
    useDatabaseForTests(undefined);
    await other?.close();
    await database.close();
  });

  it("allows five failures per account from one address, then locks it there for 15 minutes, longer after each further failure", async () => {
    const who = { account: "ana@example.test", ip: "10.0.0.1" };
    for (let i = 0; i < THROTTLE_LIMITS.pair; i++) {
      const attempt = await beginAttempt(who, at(i * MINUTE));
      expect(attempt.allowed).toBe(true);
      await settleAttempt(attempt, "failed", at(i * MINUTE));
    }
    expect((await beginAttempt(who, at(5 * MINUTE))).allowed).toBe(false);
    // The same account from another address is not locked out; another account from this address neither.
    expect((await beginAttempt({ ...who, ip: "10.0.0.2" }, at(6 * MINUTE))).allowed).toBe(true);
    expect((await beginAttempt({ account: "bob@example.test", ip: "10.0.0.1" }, at(6 * MINUTE))).allowed).toBe(true);
    // 15 minutes after the last failure, one more try; refused attempts did not extend the lock.
    expect((await beginAttempt(who, at(4 * MINUTE + THROTTLE_WINDOW_MS - 1))).allowed).toBe(false);
    const sixth = await beginAttempt(who, at(4 * MINUTE + THROTTLE_WINDOW_MS));
    expect(sixth.allowed).toBe(true);
    await settleAttempt(sixth, "failed", at(4 * MINUTE + THROTTLE_WINDOW_MS));
    // That one failed too: now the lock is 30 minutes.
    expect(pairLockMs(6)).toBe(2 * THROTTLE_WINDOW_MS);
    expect((await beginAttempt(who, at(4 * MINUTE + 3 * THROTTLE_WINDOW_MS - 1))).allowed).toBe(false);
    expect((await beginAttempt(who, at(4 * MINUTE + 3 * THROTTLE_WINDOW_MS))).allowed).toBe(true);
    expect(await lockedAccounts(at(4 * MINUTE + THROTTLE_WINDOW_MS + MINUTE))).toContain("ana@example.test");
  });

  it("a stranger's 50 guesses from one address do not keep the owner out from another, and an admin can unlock", async () => {
    const owner = "owner@example.test";
    let through = 0;
    for (let i = 0; i < 50; i++) {
      const attempt = await beginAttempt({ account: owner, ip: "198.51.100.7" }, at(i * 1_000));
      if (attempt.allowed) {
        through++;
        await settleAttempt(attempt, "failed", at(i * 1_000));
      }
    }
    expect(through).toBe(THROTTLE_LIMITS.pair);
    expect((await beginAttempt({ account: owner, ip: "203.0.113.20" }, at(60_000))).allowed).toBe(true);
    expect(await lockedAccounts(at(60_000))).toContain(owner);
    await unlockAccount("Owner@Example.test");
    expect(await lockedAccounts(at(60_000))).not.toContain(owner);
    expect((await beginAttempt({ account: owner, ip: "198.51.100.7" }, at(61_000))).allowed).toBe(true);
  });

  it("a success clears this address's failures on the account but not the address's others", async () => {
    const who = { account: "cleo@example.test", ip: "10.0.1.1" };
    for (let i = 0; i < 4; i++) await settleAttempt(await beginAttempt(who, t0), "failed", t0);
    const success = await beginAttempt(who, t0);
    expect(success.allowed).toBe(true);
    await settleAttempt(success, "succeeded", t0);
    for (let i = 0; i < THROTTLE_LIMITS.pair; i++) await settleAttempt(await beginAttempt(who, t0), "failed", t0);
    expect((await beginAttempt(who, t0)).allowed).toBe(false);
  });

  it("an attempt waiting for its code counts neither way", async () => {
    const who = { account: "dan@example.test", ip: "10.0.2.1" };
    for (let i = 0; i < 20; i++) await settleAttempt(await beginAttempt(who, t0), "not_counted", t0);
    expect((await beginAttempt(who, t0)).allowed).toBe(true);
  });

  it("allows twenty failures per address across accounts (password spraying)", async () => {
    const ip = "10.9.9.9";
    for (let i = 0; i < THROTTLE_LIMITS.ip; i++) {
      const attempt = await beginAttempt({ account: `user${i}@example.test`, ip }, t0);
      expect(attempt.allowed, `attempt ${i + 1}`).toBe(true);
    }
    expect((await beginAttempt({ account: "fresh@example.test", ip }, t0)).allowed).toBe(false);
    expect((await beginAttempt({ account: "fresh@example.test", ip: "10.9.9.10" }, t0)).allowed).toBe(true);
  });

  it("holds across two connections: guesses alternating between two instances share one count", async () => {
    const dbs = [database.db, (other ?? database).db];
    const who = { account: "eve@example.test", ip: "10.0.3.1" };
    const allowed: boolean[] = [];
    for (let i = 0; i < 8; i++) {
      const attempt = await beginAttempt(who, t0, dbs[i % 2]);
      allowed.push(attempt.allowed);
      if (attempt.allowed) await settleAttempt(attempt, "failed", t0, dbs[i % 2]);
    }
    expect(allowed).toEqual([true, true, true, true, true, false, false, false]);
    if (name === "postgres") expect(other).not.toBeNull();
  });

  it("lets no more than five of 12 parallel guesses on two instances through", async () => {
    const dbs = [database.db, (other ?? database).db];
    const who = { account: "fay@example.test", ip: "10.0.4.1" };
    const attempts = await Promise.all(Array.from({ length: 12 }, (_, i) => beginAttempt(who, t0, dbs[i % 2])));
    const through = attempts.filter((a) => a.allowed).length;
    console.log(`${name}: ${through} of 12 parallel guesses got through`);
    expect(through).toBeLessThanOrEqual(THROTTLE_LIMITS.pair);
    // The burst and what follows together get no more than five guesses.
    let later = 0;
    for (let i = 0; i < 8; i++) if ((await beginAttempt(who, t0, dbs[i % 2])).allowed) later++;
    expect(through + later).toBe(THROTTLE_LIMITS.pair);
  });
});
