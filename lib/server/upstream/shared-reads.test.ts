import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useDatabaseForTests } from "../db/client";
import { secondInstanceOf, suiteDatabase, testDatabases } from "../db/test-databases";
import { forgetSharedReads, sharedRead } from "./shared-reads";

let loads = 0;
const slowList = async () => {
  await new Promise((resolve) => setTimeout(resolve, 40));
  loads++;
  return { status: 200, data: [{ id: "device-1", privateKey: "wg-private-key-kept-secret" }], load: loads };
};

describe.each(testDatabases())("reads shared through the database on $name", ({ name, open }) => {
  process.env.ENCRYPTION_KEY = Buffer.alloc(32, 3).toString("base64");
  const database = suiteDatabase(open);
  let n = 0;
  const freshKey = () => `${name}\u0000GET /device ${++n}`;

  it("ten viewers at once cost one vendor call, and a later one within the interval costs none", async () => {
    const key = freshKey();
    const before = loads;
    const answers = await Promise.all(Array.from({ length: 10 }, () => sharedRead(key, "conn-a", 5_000, slowList)));
    expect(loads - before).toBe(1);
    expect(new Set(answers.map((a) => a.value.load)).size).toBe(1);
    expect((await sharedRead(key, "conn-a", 5_000, slowList)).shared).toBe(true);
    expect(loads - before).toBe(1);
  });

  it("keeps vendor data encrypted at rest, and a change on the connection makes the next read go to the vendor", async () => {
    const key = freshKey();
    await sharedRead(key, "conn-b", 5_000, slowList);
    const rows = await database().db.execute(sql`select reply from read_cache`);
    expect(JSON.stringify((rows as unknown as { rows: unknown[] }).rows)).not.toContain("wg-private-key");
    const before = loads;
    await forgetSharedReads("conn-b");
    expect((await sharedRead(key, "conn-b", 5_000, slowList)).shared).toBe(false);
    expect(loads - before).toBe(1);
  });

  it("a failed vendor call is not kept: the next reader calls again", async () => {
    const key = freshKey();
    await expect(sharedRead(key, "conn-c", 5_000, () => Promise.reject(new Error("vendor down")))).rejects.toThrow("vendor down");
    expect((await sharedRead(key, "conn-c", 5_000, slowList)).shared).toBe(false);
  });

  it.runIf(name === "postgres")("a read made on one instance serves another", async () => {
    const other = await secondInstanceOf(database());
    try {
      const key = freshKey();
      const before = loads;
      const here = await sharedRead(key, "conn-d", 5_000, slowList);
      useDatabaseForTests(other);
      const there = await sharedRead(key, "conn-d", 5_000, slowList);
      expect(there).toEqual({ value: here.value, shared: true, expiresAt: here.expiresAt });
      expect(loads - before).toBe(1);
    } finally {
      useDatabaseForTests(database());
      await other.close();
    }
  });
});
