import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { ACRETO_CREDENTIALS, N2N_CREDENTIALS, NETTICA_CREDENTIALS } from "../simulators/credentials";
import { signIn } from "../scripts/demo/console-api";
import { acretoStats, acretoUrl, clearAcretoStats, configureAcreto, LOGIN_ROUTE, resetAcreto } from "./acreto-simulator";
import { startConsolePair, type TConsolePair } from "./console-pair";
import { admin, simulatorUrl } from "./support";

// Two console processes on one Postgres, as on Vercel or behind a load balancer: what one does,
// the other knows; the vendors see one login, one read per interval and a quota kept by both.
const serverUrl = process.env.TEST_DATABASE_URL;
test.skip(!serverUrl, "needs a Postgres server (TEST_DATABASE_URL), as CI has");
test.describe.configure({ mode: "serial" });

const PORTS = [3111, 3112] as const;
let pair: TConsolePair;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  pair = await startConsolePair({
    serverUrl: serverUrl!,
    ports: PORTS,
    cronSecret: "two-instances-cron-secret-5d1e",
    // Only the first instance has the NETTICA_* variables: the second must not undo what it watches.
    // A channel that fails is given up after 3.6 s (the default is 24 h).
    envOf: (instance) => ({ ALERT_RETRY_HOURS: "0.001", ...(instance === 0 ? { NETTICA_BASE_URL: `${simulatorUrl}/nettica`, NETTICA_API_KEY: NETTICA_CREDENTIALS.apiKey } : {}) }),
  });
});

test.afterAll(async () => {
  await pair?.stop();
  await resetAcreto();
  await fetch(`${simulatorUrl}/n2n/_sim/reset`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
});

const call = (instance: 0 | 1, path: string, init?: { method?: string; body?: unknown; otp?: string }) => pair.call(instance, path, init);

async function addConnection(vendor: string, baseUrl: string, values: Record<string, string>): Promise<string> {
  const added = await call(0, "/api/connections", { method: "POST", body: { vendor, name: `${vendor} two instances ${Date.now()}`, baseUrl, values } });
  expect(added.status).toBe(201);
  return (added.body.connection as { id: string }).id;
}

const simStats = async (vendor: string) =>
  (await (await fetch(`${simulatorUrl}/${vendor}/_sim/stats`)).json()) as { byRoute: Record<string, number>; byStatus: Record<string, number>; recent: { at: number; method: string; route: string }[] };

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

test("a change made through one instance shows at once on the other, which had the old answer in memory", async () => {
  const connection = await addConnection("nettica", `${simulatorUrl}/nettica`, { apiKey: NETTICA_CREDENTIALS.apiKey });
  const devices = (await call(1, `/api/v/nettica/${connection}/devices`)).body.devices as { id: string; name: string }[];
  const gateway = devices.find((device) => device.name === "nyc-gw-02")!;
  const detail = async () => (await call(1, `/api/v/nettica/${connection}/devices/${gateway.id}`)).body as { vpns: { id: string; enable: boolean }[] };
  const [vpn] = (await detail()).vpns;
  expect(vpn!.enable).toBe(true);
  const reads = (await simStats("nettica")).byRoute["GET /vpn"] ?? 0;
  expect((await detail()).vpns[0]!.enable).toBe(true); // the second instance answers from its copy (Nettica reads are kept 5 s)
  expect((await simStats("nettica")).byRoute["GET /vpn"] ?? 0).toBe(reads);
  try {
    expect((await call(0, `/api/v/nettica/${connection}/vpns/${vpn!.id}/disable`, { method: "PATCH" })).status).toBe(200);
    expect((await detail()).vpns.find((v) => v.id === vpn!.id)!.enable).toBe(false);
  } finally {
    await call(0, `/api/v/nettica/${connection}/vpns/${vpn!.id}/enable`, { method: "PATCH" });
  }
});

test("a session ended or a role lowered on one instance is refused on both at once (bound: 5 s)", async () => {
  const email = `ops-${randomBytes(3).toString("hex")}@patchbay.test`;
  const password = "two-instances-operator-pass-41";
  const created = await call(0, "/api/users", { method: "POST", body: { email, name: "Ops", password, role: "operator" } });
  expect(created.status).toBe(201);
  const userId = (created.body.user as { id: string }).id;
  const ops = await signIn(`http://127.0.0.1:${PORTS[0]}`, email, password);
  const asOps = (instance: 0 | 1, path: string, method = "GET") =>
    fetch(`http://127.0.0.1:${PORTS[instance]}${path}`, { method, headers: { cookie: ops.cookie, origin: `http://127.0.0.1:${PORTS[instance]}` } }).then((r) => r.status);
  const acreto = await addConnection("acreto", acretoUrl, ACRETO_CREDENTIALS.admin);
  // An operator-only change that the console refuses before calling Acreto: a commit on an ecosystem that does not exist.
  const operatorOnly = `/api/v/acreto/${acreto}/customers/00000000-0000-4000-8000-000000000000/ecosystems/00000000-0000-4000-8000-000000000000/commits`;
  for (const instance of [0, 1] as const) for (let n = 0; n < 3; n++) expect(await asOps(instance, "/api/account/sessions")).toBe(200);
  expect(await asOps(1, operatorOnly, "POST")).not.toBe(403);

  // The admin lowers the role on instance 0: instance 1, which knows the session, applies it at once.
  let started = Date.now();
  expect((await call(0, `/api/users/${userId}`, { method: "PATCH", body: { role: "viewer" } })).status).toBe(200);
  await expect.poll(() => asOps(1, operatorOnly, "POST"), { timeout: 5_000, intervals: [50] }).toBe(403);
  const roleMs = Date.now() - started;

  // The admin signs the user out everywhere on instance 1: both instances refuse the cookie.
  for (const instance of [0, 1] as const) expect(await asOps(instance, "/api/account/sessions")).toBe(200);
  started = Date.now();
  expect((await call(1, `/api/users/${userId}/sessions`, { method: "DELETE" })).status).toBe(204);
  await expect.poll(async () => [await asOps(0, "/api/account/sessions"), await asOps(1, "/api/account/sessions")], { timeout: 5_000, intervals: [50] }).toEqual([401, 401]);
  const revokeMs = Date.now() - started;
  console.log(`role lowered → refused on the other instance after ${roleMs} ms; signed out → refused on both after ${revokeMs} ms`);
  expect(Math.max(roleMs, revokeMs)).toBeLessThan(5_000);
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
  // Not only no 429 from N2N's fixed 5 s windows: no 5 s stretch anywhere holds more than TPS × 5 of them.
  const times = after.recent.filter((r) => r.method === "GET" && r.route === "/devices").slice(-50).map((r) => r.at);
  const busiest = Math.max(...times.map((start) => times.filter((at) => at >= start && at < start + 5_000).length));
  console.log(`50 N2N pages over two instances: at most ${busiest} calls in any 5 s (limit ${N2N_CREDENTIALS.tps * 5})`);
  expect(busiest).toBeLessThanOrEqual(N2N_CREDENTIALS.tps * 5);
});

/**
 * A webhook receiver: every alert the consoles post, as the JSON they sent.
 * `answer.down`: the receiver answers 503 (and keeps nothing) until it is set back to false. */
async function startReceiver(): Promise<{ server: Server; url: string; events: { kind: string; device: string; connection: string }[]; keys: string[]; answer: { down: boolean } }> {
  const answer = { down: false };
  const events: { kind: string; device: string; connection: string }[] = [];
  const keys: string[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      if (answer.down) return void res.writeHead(503).end("down");
      const { event } = JSON.parse(body) as { event: { kind: string; device: string; connection: string } | null };
      if (event) events.push(event);
      keys.push(String(req.headers["idempotency-key"]));
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/noc`, events, keys, answer };
}

/** The simulator's clock moved by `ms` (negative: back), so a device taken down meanwhile was last seen that long ago. */
const moveNetticaClock = (ms: number) => fetch(`${simulatorUrl}/nettica/_sim/clock`, { method: "POST", body: JSON.stringify({ advanceMs: ms }) });

test("the monitor on both instances sends one alert per transition, and the instance without the NETTICA variables loses none", async () => {
  test.setTimeout(120_000);
  const receiver = await startReceiver();
  const device = ((await (await fetch(`${simulatorUrl}/nettica/_sim/devices`)).json()) as { id: string; name: string }[]).find((d) => d.name === "sfo-gw-01")!;
  try {
    await addConnection("nettica", `${simulatorUrl}/nettica`, { apiKey: NETTICA_CREDENTIALS.apiKey });
    expect((await call(0, "/api/alerts/channels", { method: "POST", body: { kind: "webhook", name: "NOC hook", enabled: true, url: receiver.url } })).status).toBe(201);
    const passes = pair.passes;
    // Every Nettica connection's alerts for sfo-gw-01, which has an endpoint on two networks (two VPNs).
    const listed = (await call(0, "/api/connections")).body.connections as { vendor: string; name: string }[];
    const watchers = listed.filter((c) => c.vendor === "nettica").map((c) => c.name);
    expect(watchers).toContain("Nettica (environment)");
    const seen = () => {
      const kinds = Object.fromEntries(watchers.map((name) => [name, [] as string[]]));
      for (const event of receiver.events) if (event.device === "sfo-gw-01") kinds[event.connection]?.push(event.kind);
      return kinds;
    };
    const each = (kinds: string[]) => Object.fromEntries(watchers.map((name) => [name, kinds]));
    const alerts = () => receiver.events.length;
    await passes(); // learns every VPN's state
    const learned = alerts();

    await moveNetticaClock(-400_000);
    await fetch(`${simulatorUrl}/nettica/_sim/devices/${device.id}/down`, { method: "POST" });
    await moveNetticaClock(400_000);
    await expect.poll(async () => (await passes(), alerts() - learned), { timeout: 30_000, intervals: [1_000] }).toBeGreaterThanOrEqual(2 * watchers.length);
    for (let n = 0; n < 3; n += 1) await passes();
    expect(seen()).toEqual(each(["down", "down"]));

    await fetch(`${simulatorUrl}/nettica/_sim/devices/${device.id}/up`, { method: "POST" });
    await expect.poll(async () => (await passes(), alerts() - learned), { timeout: 30_000, intervals: [1_000] }).toBeGreaterThanOrEqual(4 * watchers.length);
    for (let n = 0; n < 3; n += 1) await passes();
    expect(seen()).toEqual(each(["down", "down", "up", "up"]));
    expect(new Set(receiver.keys).size).toBe(receiver.keys.length); // each alert its own idempotency key
  } finally {
    await fetch(`${simulatorUrl}/nettica/_sim/devices/${device.id}/up`, { method: "POST" });
    await new Promise((resolve) => receiver.server.close(resolve));
  }
});

test("an alert a channel gave up on is sent again from the Alerts page of the other instance", async ({ page }) => {
  test.setTimeout(120_000);
  const receiver = await startReceiver();
  receiver.answer.down = true; // 503 until it is back
  const device = ((await (await fetch(`${simulatorUrl}/nettica/_sim/devices`)).json()) as { id: string; name: string }[]).find((d) => d.name === "nyc-gw-02")!;
  const channels = (await call(0, "/api/alerts/channels")).body.channels as { id: string }[];
  for (const channel of channels) await call(0, `/api/alerts/channels/${channel.id}`, { method: "PATCH", body: { kind: "webhook", enabled: false } });
  expect((await call(0, "/api/alerts/channels", { method: "POST", body: { kind: "webhook", name: "Flaky hook", enabled: true, url: receiver.url } })).status).toBe(201);
  const passes = pair.passes;
  try {
    await passes();
    await moveNetticaClock(-400_000);
    await fetch(`${simulatorUrl}/nettica/_sim/devices/${device.id}/down`, { method: "POST" });
    await moveNetticaClock(400_000);
    // Tried at once, then once more when the (short) retry period ends: given up. One alert per
    // VPN (nyc-gw-02 has two) and per Nettica connection (the environment's and those added above).
    const flaky = async () => {
      const events = (await call(1, "/api/alerts/events?q=nyc-gw-02&limit=50")).body.events as { deliveries: { channel: string; status: string }[] }[];
      return events.flatMap((event) => event.deliveries.filter((d) => d.channel === "Flaky hook").map((d) => d.status));
    };
    await expect
      .poll(async () => {
        await passes();
        const statuses = await flaky();
        return statuses.length >= 2 && statuses.every((status) => status === "failed");
      }, { timeout: 30_000, intervals: [1_000] })
      .toBe(true);
    const given = (await flaky()).length;
    expect(receiver.events).toEqual([]);

    receiver.answer.down = false;
    const consoleUrl = `http://127.0.0.1:${PORTS[1]}`;
    await page.goto(`${consoleUrl}/login`);
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).not.toHaveURL(/\/login/);
    await page.goto(`${consoleUrl}/alerts`);
    const rows = page.getByRole("row").filter({ hasText: "nyc-gw-02" });
    await expect(rows.filter({ hasText: "Flaky hook: failed after" })).toHaveCount(given);
    for (let n = 1; n <= given; n++) {
      await rows.filter({ hasText: "Flaky hook: failed after" }).first().getByRole("button", { name: /^Send the alert about nyc-gw-02 again/ }).click();
      await expect(rows.filter({ hasText: "Flaky hook: sent" })).toHaveCount(n);
    }
    expect(receiver.events.map((event) => `${event.device} ${event.kind}`)).toEqual(Array(given).fill("nyc-gw-02 down"));
  } finally {
    await fetch(`${simulatorUrl}/nettica/_sim/devices/${device.id}/up`, { method: "POST" });
    await new Promise((resolve) => receiver.server.close(resolve));
  }
});
