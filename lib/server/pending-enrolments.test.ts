import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useDatabaseForTests } from "./db/client";
import { secondInstanceOf, suiteDatabase, testDatabases } from "./db/test-databases";
import { forgetEnrolment, pendingEnrolment } from "./pending-enrolments";

type TSecret = { secret: string };
let generated = 0;
const generate = async (): Promise<TSecret> => {
  await new Promise((resolve) => setTimeout(resolve, 30));
  return { secret: `JBSWY3DPEHPK3PX${++generated}` };
};
const options = (regenerate = false) => ({ ttlMs: 600_000, regenerate, generate });

describe.each(testDatabases())("pending enrolments on $name", ({ name, open }) => {
  process.env.ENCRYPTION_KEY = Buffer.alloc(32, 9).toString("base64");
  const database = suiteDatabase(open);

  it("asks the vendor once for five callers at once, and gives a reload the same secret", async () => {
    const before = generated;
    const all = await Promise.all(Array.from({ length: 5 }, () => pendingEnrolment(`${name}/ana`, options())));
    expect(generated - before).toBe(1);
    expect(new Set(all.map((e) => e.enrolment.secret)).size).toBe(1);
    expect(all.filter((e) => !e.reused)).toHaveLength(1);
    const reload = await pendingEnrolment<TSecret>(`${name}/ana`, options());
    expect(reload).toMatchObject({ enrolment: all[0]!.enrolment, reused: true });
    expect(generated - before).toBe(1);
  });

  it("keeps the secret encrypted, makes a new one on request, and forgets it once confirmed", async () => {
    const first = await pendingEnrolment<TSecret>(`${name}/bob`, options());
    const rows = await database().db.execute(sql`select enrolment from pending_enrolments`);
    expect(JSON.stringify((rows as unknown as { rows: unknown[] }).rows)).not.toContain(first.enrolment.secret);
    const renewed = await pendingEnrolment<TSecret>(`${name}/bob`, options(true));
    expect(renewed.enrolment.secret).not.toBe(first.enrolment.secret);
    await forgetEnrolment(`${name}/bob`);
    expect((await pendingEnrolment<TSecret>(`${name}/bob`, options())).reused).toBe(false);
  });

  it("does not keep a failed request: the next caller asks again", async () => {
    const failing = { ttlMs: 600_000, regenerate: false, generate: () => Promise.reject(new Error("vendor down")) };
    await expect(pendingEnrolment(`${name}/cleo`, failing)).rejects.toThrow("vendor down");
    expect((await pendingEnrolment<TSecret>(`${name}/cleo`, options())).reused).toBe(false);
  });

  it.runIf(name === "postgres")("serves the enrolment made on one instance to another", async () => {
    const other = await secondInstanceOf(database());
    try {
      const here = await pendingEnrolment<TSecret>("shared/dan", options());
      useDatabaseForTests(other);
      const before = generated;
      const there = await pendingEnrolment<TSecret>("shared/dan", options());
      expect(there).toMatchObject({ enrolment: here.enrolment, reused: true });
      expect(generated).toBe(before);
    } finally {
      useDatabaseForTests(database());
      await other.close();
    }
  });
});
