import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { Client } from "pg";
import { ACRETO_CREDENTIALS, N2N_CREDENTIALS, NETTICA_CREDENTIALS } from "../simulators/credentials";
import { signIn, waitForHealth, type TConsoleSession } from "../scripts/demo/console-api";
import { acretoStats, acretoUrl, clearAcretoStats, configureAcreto, LOGIN_ROUTE, resetAcreto } from "./acreto-simulator";
import { admin, simulatorUrl } from "./support";

// Two console processes on one Postgres, as on Vercel or behind a load balancer: what one does,
// the other knows; the vendors see one login, one read per interval and a quota kept by both.
const serverUrl = process.env.TEST_DATABASE_URL;
test.skip(!serverUrl, "needs a Postgres server (TEST_DATABASE_URL), as CI has");
test.describe.configure({ mode: "serial" });

const PORTS = [3111, 3112] as const;
const databaseName = `patchbay_two_${randomBytes(4).toString("hex")}`;
const consoles: ChildProcess[] = [];
let sessions: TConsoleSession[] = [];

async function onServer(statement: string) {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await onServer(`create database ${databaseName}`);
  const url = new URL(serverUrl!);
  url.pathname = `/${databaseName}`;
  for (const port of PORTS) {
    const env = {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: url.toString(),
      NEXTAUTH_SECRET: "two-instances-share-this-secret-0123456789",
      ENCRYPTION_KEY: Buffer.alloc(32, 42).toString("base64"),
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      MONITOR_DISABLED: "true",
      LOG_LEVEL: "warn",
    };
    delete env.NEXTAUTH_URL; // each instance answers on its own origin
    consoles.push(spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], { env, stdio: "ignore", detached: true }));
  }
  await Promise.all(PORTS.map((port) => waitForHealth(`http://127.0.0.1:${port}`)));
  sessions = await Promise.all(PORTS.map((port) => signIn(`http://127.0.0.1:${port}`, admin.email, admin.password)));
});

test.afterAll(async () => {
  await Promise.all(
    consoles.map(
      (child) =>
        new Promise<void>((resolve) => {
          child.once("exit", () => resolve());
          process.kill(-child.pid!, "SIGTERM");
        }),
    ),
  );
  await onServer(`drop database if exists ${databaseName} with (force)`);
  await resetAcreto();
  await fetch(`${simulatorUrl}/n2n/_sim/reset`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
});

/** One call to an instance's own API: status and JSON body, never thrown. */
async function call(instance: 0 | 1, path: string, init: { method?: string; body?: unknown; otp?: string } = {}) {
  const session = sessions[instance]!;
  const headers: Record<string, string> = { cookie: session.cookie, origin: session.baseUrl };
  if (init.body !== undefined) headers["content-type"] = "application/json";
  if (init.otp) headers["x-vendor-otp"] = init.otp;
  const response = await fetch(`${session.baseUrl}${path}`, { method: init.method ?? "GET", headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  return { status: response.status, body: (await response.json().catch(() => ({}))) as Record<string, unknown> };
}

async function addConnection(vendor: string, baseUrl: string, values: Record<string, string>): Promise<string> {
  const added = await call(0, "/api/connections", { method: "POST", body: { vendor, name: `${vendor} two instances ${Date.now()}`, baseUrl, values } });
  expect(added.status).toBe(201);
  return (added.body.connection as { id: string }).id;
}

const simStats = async (vendor: string) => (await (await fetch(`${simulatorUrl}/${vendor}/_sim/stats`)).json()) as { byRoute: Record<string, number>; byStatus: Record<string, number> };

test("one Acreto login serves both instances, and a one-time code typed on one is not asked for on the other", async () => {
  await resetAcreto();
  await clearAcretoStats();
  const plain = await addConnection("acreto", acretoUrl, ACRETO_CREDENTIALS.admin);
  const customers = await call(0, `/api/v/acreto/${plain}/customers`);
  expect(customers.status).toBe(200);
  const ecosystems = (customers.body.customers as { uuid: string; ecosystems: { uuid: string }[] }[]).flatMap((c) => c.ecosystems.map((e) => `customers/${c.uuid}/ecosystems/${e.uuid}`));
  // The other instance reads what the first never did: it needs a token, and takes the stored one.
  for (const ecosystem of ecosystems) expect((await call(1, `/api/v/acreto/${plain}/${ecosystem}/groups`)).status).toBe(200);
  const afterPlain = await acretoStats();
  expect(afterPlain.byRoute["GET /customers/:customer/ecosystems/:ecosystem/groups"]).toBe(ecosystems.length);
  expect(afterPlain.byRoute[LOGIN_ROUTE]).toBe(1);

  const { mfaUser } = ACRETO_CREDENTIALS;
  const withMfa = await addConnection("acreto", acretoUrl, { username: mfaUser.username, password: mfaUser.password });
  const asked = await call(0, `/api/v/acreto/${withMfa}/customers`);
  expect(asked.body.error).toBe("mfa_required");
  const code = ((await (await fetch(`${acretoUrl}/_sim/otp/${encodeURIComponent(mfaUser.username)}`)).json()) as { code: string }).code;
  expect((await call(0, `/api/v/acreto/${withMfa}/customers`, { otp: code })).status).toBe(200);
  const mfaCustomers = (await call(1, `/api/v/acreto/${withMfa}/customers`)).body.customers as { uuid: string; ecosystems: { uuid: string }[] }[];
  const first = mfaCustomers[0]!;
  const groups = await call(1, `/api/v/acreto/${withMfa}/customers/${first.uuid}/ecosystems/${first.ecosystems[0]!.uuid}/groups`);
  expect(groups.status, JSON.stringify(groups.body)).toBe(200);
});

test("a commit sent through one instance shows as running on the other, which refuses a second one", async () => {
  await resetAcreto();
  await configureAcreto({ commitDurationMs: 20_000 });
  const connection = await addConnection("acreto", acretoUrl, ACRETO_CREDENTIALS.admin);
  const customers = (await call(0, `/api/v/acreto/${connection}/customers`)).body.customers as { uuid: string; ecosystems: { uuid: string; status: string }[] }[];
  const [ecosystem] = customers.flatMap((c) => c.ecosystems.filter((e) => e.status === "ok" || e.status === "pending_changes").map((e) => `customers/${c.uuid}/ecosystems/${e.uuid}`));
  const before = (await acretoStats()).byRoute["POST /customers/:customer/ecosystems/:ecosystem/commits"] ?? 0;
  const started = await call(0, `/api/v/acreto/${connection}/${ecosystem}/commits`, { method: "POST" });
  expect(started.status).toBe(200);
  const progress = await call(1, `/api/v/acreto/${connection}/${ecosystem}/commit-status`);
  expect(progress.body).toMatchObject({ committing: true, since: started.body.startedAt, sinceKnown: true, canChange: false });
  const second = await call(1, `/api/v/acreto/${connection}/${ecosystem}/commits`, { method: "POST" });
  expect(second.status).toBe(409);
  expect((await acretoStats()).byRoute["POST /customers/:customer/ecosystems/:ecosystem/commits"]).toBe(before + 1);
});

test("20 viewers of the Nettica list on both instances cost one upstream read", async () => {
  const connection = await addConnection("nettica", `${simulatorUrl}/nettica`, { apiKey: NETTICA_CREDENTIALS.apiKey });
  const before = (await simStats("nettica")).byRoute["GET /device"] ?? 0;
  const lists = await Promise.all(Array.from({ length: 20 }, (_, n) => call((n % 2) as 0 | 1, `/api/v/nettica/${connection}/devices`)));
  expect(lists.every((list) => list.status === 200)).toBe(true);
  expect((await simStats("nettica")).byRoute["GET /device"]! - before).toBe(1);
});

test("50 N2N pages asked at once through both instances stay within the key's TPS: no 429 from N2N", async () => {
  test.setTimeout(120_000);
  const connection = await addConnection("n2n", `${simulatorUrl}/n2n`, { apiKey: N2N_CREDENTIALS.apiKey, tps: String(N2N_CREDENTIALS.tps) });
  const before = await simStats("n2n");
  const pages = await Promise.all(Array.from({ length: 50 }, (_, n) => call((n % 2) as 0 | 1, `/api/v/n2n/${connection}/devices?limit=10&skip=${n * 10}`)));
  expect(pages.map((page) => page.status).filter((status) => status !== 200)).toEqual([]);
  const after = await simStats("n2n");
  expect((after.byRoute["GET /devices"] ?? 0) - (before.byRoute["GET /devices"] ?? 0)).toBe(50);
  expect((after.byStatus["429"] ?? 0) - (before.byStatus["429"] ?? 0)).toBe(0);
});
