import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { openPostgresPool } from "./postgres-pool";
import { postgresSignals, type TSignals } from "./postgres-signals";

const serverUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!serverUrl)("signals between instances on one Postgres", () => {
  const opened: { signals: TSignals; close: () => Promise<void> }[] = [];
  /** An instance: its own pool, and a LISTEN connection named so the test can find (and drop) it. */
  const instance = (name: string) => {
    const url = new URL(serverUrl!);
    url.searchParams.set("application_name", name);
    const pooled = openPostgresPool(url.toString());
    const signals = postgresSignals(url.toString(), pooled.pool, name);
    const heard: string[] = [];
    signals.subscribe((payload) => heard.push(payload));
    opened.push({ signals, close: pooled.close });
    return { signals, heard };
  };
  afterEach(async () => {
    for (const { signals, close } of opened.splice(0)) {
      await signals.close();
      await close();
    }
  });
  /** The server processes of the instance's LISTEN connections. */
  const listeners = async (name: string) => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    try {
      const sql = "select pid from pg_stat_activity where application_name = $1 and query ilike 'listen%'";
      return (await client.query<{ pid: number }>(sql, [name])).rows.map((row) => row.pid);
    } finally {
      await client.end();
    }
  };
  const listening = async (name: string) => (await listeners(name)).length;

  it("reach every other instance once, and the sender's own subscribers at once", async () => {
    const tag = randomBytes(3).toString("hex");
    const a = instance(`sig_a_${tag}`);
    const b = instance(`sig_b_${tag}`);
    await expect.poll(() => listening(`sig_b_${tag}`)).toBe(1);
    await expect.poll(() => listening(`sig_a_${tag}`)).toBe(1);
    await a.signals.publish("reads-changed conn-1");
    expect(a.heard).toEqual(["reads-changed conn-1"]);
    await expect.poll(() => b.heard).toEqual(["reads-changed conn-1"]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(a.heard).toEqual(["reads-changed conn-1"]); // not a second time through the database
  });

  it("listen again after the server drops the connection", async () => {
    const tag = randomBytes(3).toString("hex");
    const a = instance(`sig_a_${tag}`);
    const b = instance(`sig_b_${tag}`);
    await expect.poll(() => listening(`sig_b_${tag}`)).toBe(1);
    const [dropped] = await listeners(`sig_b_${tag}`);
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query("select pg_terminate_backend($1)", [dropped]);
    await admin.end();
    // Listening again on a new connection (the dropped one may linger in pg_stat_activity for a moment).
    await expect.poll(async () => (await listeners(`sig_b_${tag}`)).filter((pid) => pid !== dropped).length, { timeout: 5_000 }).toBe(1);
    await a.signals.publish("reads-changed conn-2");
    await expect.poll(() => b.heard).toEqual(["reads-changed conn-2"]);
  });
});
