import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { describe, expect, it } from "vitest";
import { openPostgresPool } from "./postgres-pool";

const serverUrl = process.env.TEST_DATABASE_URL;

/** A connection already open, so that a count right after close() is not delayed by a connect. */
async function observer(): Promise<{ sessionsNamed: (name: string) => Promise<number>; end: () => Promise<void> }> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  return {
    sessionsNamed: async (name) =>
      (await client.query<{ n: number }>("select count(*)::int as n from pg_stat_activity where application_name = $1", [name])).rows[0]!.n,
    end: () => client.end(),
  };
}

function namedPool(): { applicationName: string; pooled: ReturnType<typeof openPostgresPool> } {
  const applicationName = `patchbay_pool_${randomBytes(4).toString("hex")}`;
  const url = new URL(serverUrl!);
  url.searchParams.set("application_name", applicationName);
  return { applicationName, pooled: openPostgresPool(url.toString()) };
}

describe.skipIf(!serverUrl)("Postgres pool", () => {
  it("leaves no session of its own on the server once close() resolves", async () => {
    const server = await observer();
    for (let round = 0; round < 20; round++) {
      const { applicationName, pooled } = namedPool();
      await Promise.all(Array.from({ length: 4 }, () => pooled.pool.query("select pg_sleep(0.01)")));
      expect(await server.sessionsNamed(applicationName)).toBe(4);
      await pooled.close();
      // pool.end() alone resolves while the sockets are still closing; a forced drop then killed them (57P01).
      expect(await server.sessionsNamed(applicationName), `round ${round}`).toBe(0);
    }
    await server.end();
  });

  it("survives the server ending an idle connection, and answers on a new one", async () => {
    const { applicationName, pooled } = namedPool();
    await pooled.pool.query("select 1");
    // No listener of the test's own: without the pool's, Node would throw the 57P01 as uncaught.
    const removed = new Promise<void>((resolve) => pooled.pool.once("remove", () => resolve()));
    const killer = new Client({ connectionString: serverUrl });
    await killer.connect();
    await killer.query("select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1", [applicationName]);
    await killer.end();
    await removed;
    const { rows } = await pooled.pool.query<{ one: number }>("select 1 as one");
    expect(rows[0]!.one).toBe(1);
    await pooled.close();
  });
});
