import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { audit, listAudit } from "./audit";
import { createConnection, deleteConnection, listConnections, updateConnection, upstreamConnection } from "./connections";
import { useDatabaseForTests } from "./db/client";
import type { TDatabase } from "./db/open-database";
import { testDatabases } from "./db/test-databases";
import { noteDrift } from "./drift";
import { callVendor } from "./upstream";
import { HttpError } from "./http/errors";
import { backgroundSettled } from "./background-work";

const API_KEY = "nettica-api-Zx81Qw7Lk2Mn4Bv6Cx9Pq3Rt5Yu8Io0A";

describe.each(testDatabases())("connections and audit on $name", ({ open }) => {
  let database: TDatabase;
  beforeAll(async () => {
    process.env.ENCRYPTION_KEY = Buffer.alloc(32, 7).toString("base64");
    database = await open();
    useDatabaseForTests(database);
  });
  afterAll(async () => {
    await backgroundSettled();
    useDatabaseForTests(undefined);
    await database.close();
  });

  it("re-pointed at another host, a connection sends it no stored secret unless the admin enters it again or confirms", async () => {
    const seen: string[] = [];
    const stranger = createServer((req, res) => {
      seen.push(JSON.stringify(req.headers));
      res.writeHead(200, { "content-type": "application/json" }).end("[]");
    });
    await new Promise<void>((resolve) => stranger.listen(0, "127.0.0.1", resolve));
    const strangerUrl = `http://127.0.0.1:${(stranger.address() as AddressInfo).port}`;
    try {
      const view = await createConnection({ vendor: "nettica", name: "Moving", baseUrl: "http://127.0.0.1:9/nettica", values: { apiKey: API_KEY }, clearSecrets: [] });
      // Another path on the same origin is fine.
      await updateConnection(view.id, { baseUrl: "http://127.0.0.1:9/nettica/v2", values: {}, clearSecrets: [] });
      const moved = updateConnection(view.id, { baseUrl: strangerUrl, values: {}, clearSecrets: [] });
      await expect(moved).rejects.toMatchObject({ status: 409, code: "secrets_for_new_host", message: expect.stringContaining(`another host (${strangerUrl})`) });
      expect((await upstreamConnection(view.id)).baseUrl).toBe("http://127.0.0.1:9/nettica/v2");
      // Entered again, the new key goes there, never the stored one.
      await updateConnection(view.id, { baseUrl: strangerUrl, values: { apiKey: "nettica-api-for-the-new-host-0000000" }, clearSecrets: [] });
      await callVendor(await upstreamConnection(view.id), { method: "GET", path: "/device" });
      expect(seen.join()).toContain("nettica-api-for-the-new-host-0000000");
      expect(seen.join()).not.toContain(API_KEY);
      // Confirmed: the admin says the stored key belongs to the new host.
      await updateConnection(view.id, { baseUrl: "http://127.0.0.1:9/nettica", values: { apiKey: API_KEY }, clearSecrets: [] });
      await updateConnection(view.id, { baseUrl: strangerUrl, values: {}, clearSecrets: [], keepSecretsForNewHost: true });
      expect((await upstreamConnection(view.id)).values.apiKey).toBe(API_KEY);
      await deleteConnection(view.id);
    } finally {
      await new Promise((resolve) => stranger.close(resolve));
    }
  });

  it("never shows Megaport's access key, not even one an older version stored as a plain setting", async () => {
    const ACCESS_KEY = "megaport-access-7Hq2Lx9Vc4Bn6Mz1";
    const view = await createConnection({ vendor: "megaport", name: "Megaport keys", values: { accessKey: ACCESS_KEY, secretKey: "sk-1" }, clearSecrets: [] });
    expect(view.secrets.accessKey).toEqual({ set: true });
    expect(JSON.stringify(await listConnections())).not.toContain(ACCESS_KEY);
    expect((await upstreamConnection(view.id)).values.accessKey).toBe(ACCESS_KEY);
    // As a row written before the key became secret: in settings, in clear.
    await database.db.execute(sql`update connections set settings = ${JSON.stringify({ accessKey: ACCESS_KEY })}::jsonb, secrets = secrets - 'accessKey' where id = ${view.id}`);
    const listed = (await listConnections()).find((c) => c.id === view.id)!;
    expect(JSON.stringify(listed)).not.toContain(ACCESS_KEY);
    expect(listed.secrets.accessKey).toEqual({ set: true });
    expect((await upstreamConnection(view.id)).values.accessKey).toBe(ACCESS_KEY);
    // Its next edit stores it sealed.
    await updateConnection(view.id, { name: "Megaport keys, renamed", values: {}, clearSecrets: [] });
    const stored = await database.db.execute(sql`select settings, secrets from connections where id = ${view.id}`);
    const row = (stored as unknown as { rows: { settings: Record<string, string>; secrets: Record<string, string> }[] }).rows[0]!;
    expect(row.settings.accessKey).toBeUndefined();
    expect(row.secrets.accessKey).toMatch(/^v1\./);
    expect(JSON.stringify(row)).not.toContain(ACCESS_KEY);
    await deleteConnection(view.id);
  });

  it("shows each connection's latest unreadable vendor records, and forgets them with the connection", async () => {
    const view = await createConnection({ vendor: "megaport", name: "Drifting", values: { accessKey: "ak", secretKey: "sk" }, clearSecrets: [] });
    const record = (n: number) => ({ record: `product ${n} (uid-${n})`, path: "resources.vll", message: "Invalid input" });
    await noteDrift(view.id, "megaport.listProducts", [record(3)], Date.parse("2026-01-01T10:00:00Z"));
    await noteDrift(view.id, "megaport.getCompany", [record(1), record(2)], Date.parse("2026-01-01T11:00:00Z"));
    const listed = (await listConnections()).find((c) => c.id === view.id);
    expect(listed?.drift).toEqual({ operation: "megaport.getCompany", count: 2, reason: "product 1 (uid-1): resources.vll — Invalid input", seenAt: "2026-01-01T11:00:00.000Z" });
    // What instances shared for it: a vendor session, a cached read, a pending enrolment.
    await database.db.execute(sql`insert into vendor_tokens (key, connection_id, version, token, updated_at) values (${`${view.id}/1/megaport-oauth`}, ${view.id}, 1, 'v1.sealed', now())`);
    await database.db.execute(sql`insert into read_cache (key, connection_id, reply) values ('k1', ${view.id}, 'v1.sealed')`);
    await database.db.execute(sql`insert into pending_enrolments (key, enrolment, expires_at) values (${`acreto.otp/${view.id}/1/ana`}, 'v1.sealed', now())`);
    await database.db.execute(sql`insert into attention_state (id, connection_id, kind, first_seen, last_seen) values (${`megaport/${view.id}/service_down/uid-1`}, ${view.id}, 'megaport.service_down', now(), now())`);
    // What the alerting pass holds for it, and a mute of one of its rules.
    await database.db.execute(sql`insert into attention_judgements (connection_key, connection_id, judged_at, baseline_done) values (${view.id}, ${view.id}, now(), true)`);
    await database.db.execute(
      sql`insert into attention_alerts (connection_key, item_id, connection_id, vendor, kind, severity, title, detail, href, entered_at, announced) values (${view.id}, ${`megaport/${view.id}/service_down/uid-1`}, ${view.id}, 'megaport', 'megaport.service_down', 'critical', 'x is down', 'd', '/megaport', now(), true)`,
    );
    await database.db.execute(sql`insert into alert_mutes (rule, connection_id, until, created_by) values ('megaport.service_down', ${view.id}, now() + interval '1 hour', 'ops@example.test')`);
    await deleteConnection(view.id);
    const left = await database.db.execute(
      sql`select (select count(*) from connection_drift) + (select count(*) from vendor_tokens) + (select count(*) from read_cache) + (select count(*) from pending_enrolments) + (select count(*) from attention_state)
        + (select count(*) from attention_judgements) + (select count(*) from attention_alerts) + (select count(*) from alert_mutes) as n`,
    );
    expect(Number((left as unknown as { rows: { n: number }[] }).rows[0]!.n)).toBe(0);
  });

  it("stores a secret only encrypted and never shows it in the API view", async () => {
    const view = await createConnection({ vendor: "nettica", name: "Lab", values: { apiKey: API_KEY }, clearSecrets: [] });
    expect(view.secrets).toEqual({ apiKey: { set: true } });
    expect(JSON.stringify(view)).not.toContain(API_KEY);
    expect(view.baseUrl).toBe("https://my.nettica.com/api/v1.0");

    const raw = await database.db.execute(sql`select secrets::text as secrets, settings::text as settings from connections`);
    const [row] = (raw as unknown as { rows: { secrets: string; settings: string }[] }).rows;
    expect(row!.secrets + row!.settings).not.toContain(API_KEY);
    expect(row!.secrets).toMatch(/"apiKey": ?"v1\.[\w-]+\.[\w-]+\.[\w-]+"/);

    expect((await upstreamConnection(view.id)).values.apiKey).toBe(API_KEY);
  });

  it("keeps a stored secret when the form leaves it empty, replaces it when given, and bumps the version", async () => {
    const created = await createConnection({ vendor: "acreto", name: "Acme", values: { username: "ops@acme.test", password: "first-pass" }, clearSecrets: [] });
    const renamed = await updateConnection(created.id, { name: "Acme IoT", values: { username: "ops@acme.test", password: "" }, clearSecrets: [] });
    expect(renamed.version).toBe(created.version + 1);
    expect((await upstreamConnection(created.id)).values.password).toBe("first-pass");
    await updateConnection(created.id, { values: { username: "ops@acme.test", password: "second-pass" }, clearSecrets: [] });
    expect((await upstreamConnection(created.id)).values.password).toBe("second-pass");
  });

  it("refuses incomplete credentials and unknown fields with a 400 naming what is missing", async () => {
    const missing = createConnection({ vendor: "n2n", name: "N2N", values: { email: "a@b.test" }, clearSecrets: [] });
    await expect(missing).rejects.toMatchObject({ status: 400, message: "Provide API key, or Email + Password" });
    const unknown = createConnection({ vendor: "nettica", name: "X", values: { apiKey: "k", bogus: "1" }, clearSecrets: [] });
    await expect(unknown).rejects.toBeInstanceOf(HttpError);
    const noUrl = createConnection({ vendor: "provision", name: "IPAM", values: { apiKey: "k", secretKey: "s" }, clearSecrets: [] });
    await expect(noUrl).rejects.toMatchObject({ status: 400 });
  });

  it("answers 404 for an id that is not a row id (36 dashes, a uuid with junk) without asking the database", async () => {
    for (const id of ["-".repeat(36), "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz", "00000000-0000-0000-0000-000000000000"]) {
      await expect(upstreamConnection(id)).rejects.toMatchObject({ status: 404 });
      await expect(deleteConnection(id)).rejects.toBeInstanceOf(HttpError);
    }
  });

  it("gives a connection from the environment a version that fits the database's integer columns", async () => {
    const versions: number[] = [];
    for (let n = 0; n < 200; n++) {
      process.env.NETTICA_API_KEY = `nettica-api-${String(n).padStart(32, "0")}`;
      versions.push((await upstreamConnection("env:nettica")).version);
    }
    delete process.env.NETTICA_API_KEY;
    expect(Math.max(...versions)).toBeLessThanOrEqual(2_147_483_647);
    expect(new Set(versions).size).toBe(200); // still one per configuration
  });

  it("a ciphertext moved to another connection does not decrypt", async () => {
    const a = await createConnection({ vendor: "nettica", name: "A", values: { apiKey: "key-a" }, clearSecrets: [] });
    const b = await createConnection({ vendor: "nettica", name: "B", values: { apiKey: "key-b" }, clearSecrets: [] });
    await database.db.execute(sql`update connections set secrets = (select secrets from connections where id = ${a.id}) where id = ${b.id}`);
    await expect(upstreamConnection(b.id)).rejects.toThrow();
    await deleteConnection(b.id);
    expect((await listConnections()).some((c) => c.id === b.id)).toBe(false);
  });

  it("keeps the audit trail append-only and redacts secrets in details", async () => {
    await audit({ actor: null, action: "test.event", target: "x", details: { apiKey: API_KEY, note: "hello" } });
    const [event] = await listAudit({ action: "test.event", limit: 10 });
    expect(event?.details.note).toBe("hello");
    expect(JSON.stringify(event)).not.toContain(API_KEY);
    const refusal = (query: Promise<unknown>) => query.then(() => "allowed", (error: Error) => String((error.cause as Error | undefined)?.message));
    expect(await refusal(database.db.execute(sql`delete from audit_events`))).toMatch(/append-only/);
    expect(await refusal(database.db.execute(sql`update audit_events set action = 'x'`))).toMatch(/append-only/);
  });
});
