import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startSimulators, type TRunningSimulators } from "@/simulators";
import { listAlertEvents } from "../alerts/alert-events";
import { claimAlertEvent } from "../alerts/claim-alert-event";
import { createChannel, listChannels } from "../alerts/channel-store";
import { sendAgain } from "../alerts/send-again";
import { startSmtpReceiver, type TSmtpReceiver } from "../alerts/testing/smtp-receiver";
import { startWebhookReceiver, type TWebhookReceiver } from "../alerts/testing/webhook-receiver";
import { createConnection, upstreamConnections } from "../connections";
import { useDatabaseForTests } from "../db/client";
import { openDatabase, type TDatabase } from "../db/open-database";
import { monitorState } from "../db/schema";
import { testDatabases } from "../db/test-databases";
import { fetchDevices } from "./fetch-devices";
import { monitorSummary } from "./monitor-summary";
import { recordObservations } from "./record-observations";
import { runMonitorOnce } from "./run-monitor-once";
import { monitorStateKey } from "./state-key";
import { watchedVpns } from "./watched-vpns";

// Every line the monitor logs, through the real (redacting) logger.
const { lines } = vi.hoisted(() => ({ lines: [] as string[] }));
vi.mock("@/lib/server/log", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/server/log")>();
  const logger = actual.createLogger({ write: (line: string) => void lines.push(line) }, "debug");
  return { ...actual, log: logger, logger };
});

// The monitor end to end: the Nettica simulator on a controlled clock, a real SMTP server and a
// real webhook receiver; what is asserted is what an admin would receive.

const SMTP_LOGIN = { user: "alerts@patchbay.test", password: "smtp-pass-Hq7Lw2Zx" };
const WEBHOOK_PATH = "/services/T0PATCH/B0BAY/s3cretHookToken42";
const RECIPIENTS = ["noc@example.test", "oncall@example.test"];
const MINUTE = 60_000;

/** "Another instance": PGlite is single-process, so the same database; Postgres, a second pool on it. */
async function anotherInstance(database: TDatabase): Promise<TDatabase> {
  if (database.kind === "pglite") return { ...database, close: async () => undefined };
  const result = await database.db.execute(sql`select current_database() as name`);
  const [{ name }] = (result as unknown as { rows: { name: string }[] }).rows as [{ name: string }];
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  return openDatabase({ url: url.toString() });
}

describe.each(testDatabases())("the Nettica monitor on $name", ({ open }) => {
  let database: TDatabase;
  let sims: TRunningSimulators;
  let smtp: TSmtpReceiver;
  let webhook: TWebhookReceiver;
  let now = Date.UTC(2026, 10, 2, 9, 0, 0);
  let mailsBefore = 0;
  let hooksBefore = 0;

  const newMails = () => smtp.mails.slice(mailsBefore);
  const newHooks = () => webhook.hooks.slice(hooksBefore);
  const pass = (db = database.db, at = now) => runMonitorOnce({ now: at, db });
  const deviceId = (name: string) => [...sims.simulators.nettica.state.devices.values()].find((d) => d.name === name)!.id;
  const control = () => sims.simulators.nettica.control;

  beforeAll(async () => {
    process.env.ENCRYPTION_KEY = Buffer.alloc(32, 11).toString("base64");
    database = await open();
    useDatabaseForTests(database);
    sims = await startSimulators({ port: 0, now: () => now });
    smtp = await startSmtpReceiver(SMTP_LOGIN);
    webhook = await startWebhookReceiver();
    await createConnection({ vendor: "nettica", name: "Nettica lab", baseUrl: sims.urls.nettica, values: { apiKey: sims.credentials.nettica.apiKey }, clearSecrets: [] });
    await createChannel({ kind: "email", name: "NOC mail", enabled: true, host: "127.0.0.1", port: smtp.port, tls: "none", user: SMTP_LOGIN.user, password: SMTP_LOGIN.password, from: "Patchbay <patchbay@example.test>", to: RECIPIENTS });
    await createChannel({ kind: "webhook", name: "Slack #noc", enabled: true, url: webhook.url(WEBHOOK_PATH) });
  });
  afterAll(async () => {
    useDatabaseForTests(undefined);
    await Promise.all([smtp?.close(), webhook?.close(), sims?.close()]);
    await database?.close();
  });
  beforeEach(() => {
    mailsBefore = smtp.mails.length;
    hooksBefore = webhook.hooks.length;
    webhook.answer.status = 200;
  });

  it("alerts exactly once when a gateway stops checking in and once when it is back, across a restart", async () => {
    await pass();
    // The first pass learns the state, and alerts once for each VPN already down (as the seed's
    // monitor does): the two gateways already silent, on three networks and on two.
    expect(newMails().map((mail) => mail.subject).sort()).toEqual([
      "Nettica VPN down: lon-gw-01 / lon-gw-01.backup-net",
      "Nettica VPN down: lon-gw-01 / lon-gw-01.edge-pops",
      "Nettica VPN down: lon-gw-01 / lon-gw-01.hq-mesh",
      "Nettica VPN down: syd-gw-01 / syd-gw-01.edge-pops",
      "Nettica VPN down: syd-gw-01 / syd-gw-01.iot-sites",
    ]);
    expect(newMails()[0]!.text).toContain("is down (found down when monitoring began): last seen");
    expect(newHooks()).toHaveLength(5);
    await pass();
    expect(newMails()).toHaveLength(5); // once
    mailsBefore = smtp.mails.length;
    hooksBefore = webhook.hooks.length;

    control().takeDown(deviceId("lab-gw-01"));
    now += 4 * MINUTE;
    await pass();
    expect(newMails()).toEqual([]); // under 300 s without a check-in is still up

    now += 2 * MINUTE;
    await pass();
    expect(newMails()).toHaveLength(1);
    const [down] = newMails();
    expect(down!.subject).toBe("Nettica VPN down: lab-gw-01 / lab-gw-01.lab-net");
    expect(down!.to).toEqual(RECIPIENTS);
    expect(down!.text).toContain("Nettica: your device lab-gw-01 with VPN lab-gw-01.lab-net (network lab-net) is down: last seen");
    expect(newHooks()).toHaveLength(1);
    expect(newHooks()[0]!.path).toBe(WEBHOOK_PATH);
    expect(newHooks()[0]!.json.text).toBe(down!.text);
    expect(newHooks()[0]!.json.event).toMatchObject({ kind: "down", device: "lab-gw-01", vpn: "lab-gw-01.lab-net", network: "lab-net", connection: "Nettica lab" });

    // A restart: a new instance on the same database remembers that the VPN is already down.
    const restarted = await anotherInstance(database);
    try {
      now += MINUTE;
      await pass(restarted.db);
      now += MINUTE;
      await pass(restarted.db);
      expect(newMails()).toHaveLength(1);
      expect(newHooks()).toHaveLength(1);

      control().bringUp(deviceId("lab-gw-01"));
      now += 20_000;
      await pass(restarted.db);
      now += MINUTE;
      await pass(restarted.db);
    } finally {
      await restarted.close();
    }
    expect(newMails().map((mail) => mail.subject)).toEqual(["Nettica VPN down: lab-gw-01 / lab-gw-01.lab-net", "Nettica VPN back up: lab-gw-01 / lab-gw-01.lab-net"]);
    expect(newMails()[1]!.text).toMatch(/is back up after \d+ min down/);
    expect(newHooks().map((hook) => (hook.json.event as { kind: string }).kind)).toEqual(["down", "up"]);

    const history = await listAlertEvents({ limit: 10, q: "lab-gw-01" });
    expect(history.map((event) => [event.kind, event.device])).toEqual([["up", "lab-gw-01"], ["down", "lab-gw-01"]]);
    expect(history[0]!.deliveries.map((d) => [d.channel, d.status]).sort()).toEqual([["NOC mail", "sent"], ["Slack #noc", "sent"]]);
  });

  it("two instances running passes at the same time send each alert once", async () => {
    const other = await anotherInstance(database);
    try {
      control().takeDown(deviceId("sgp-gw-01"));
      for (const step of [6 * MINUTE, 1_000, 30_000]) {
        now += step;
        await Promise.all([pass(database.db, now), pass(other.db, now + 250), pass(other.db, now)]);
      }
      control().bringUp(deviceId("sgp-gw-01"));
      for (const step of [20_000, 1_000]) {
        now += step;
        await Promise.all([pass(other.db, now), pass(database.db, now + 250)]);
      }
    } finally {
      await other.close();
    }
    expect(newMails().map((mail) => mail.subject)).toEqual(["Nettica VPN down: sgp-gw-01 / sgp-gw-01.edge-pops", "Nettica VPN back up: sgp-gw-01 / sgp-gw-01.edge-pops"]);
    expect(newHooks()).toHaveLength(2);
  });

  it("a crash after a transition is recorded loses nothing: the next instance sends it once", async () => {
    control().takeDown(deviceId("iot-hub-01"));
    now += 6 * MINUTE;
    // The crashed instance got as far as committing the transition (state + outbox row).
    const [conn] = await upstreamConnections("nettica");
    await recordObservations(database.db, { ...conn!, stateKey: monitorStateKey(conn!) }, watchedVpns(await fetchDevices(conn!), now), new Date(now));
    expect(newMails()).toEqual([]);

    now += MINUTE;
    await pass();
    await pass(database.db, now + 1_000);
    expect(newMails().map((mail) => mail.subject)).toEqual(["Nettica VPN down: iot-hub-01 / iot-hub-01.iot-sites"]);
    expect(newHooks()).toHaveLength(1);
  });

  it("an instance without the NETTICA variables neither judges nor forgets the environment connection's VPNs: no alert is lost", async () => {
    const withVariables = async (at: number) => {
      process.env.NETTICA_BASE_URL = sims.urls.nettica;
      process.env.NETTICA_API_KEY = sims.credentials.nettica.apiKey;
      try {
        return await pass(database.db, at);
      } finally {
        delete process.env.NETTICA_BASE_URL;
        delete process.env.NETTICA_API_KEY;
      }
    };
    const other = await anotherInstance(database);
    const hooked = () => newHooks().map((hook) => hook.json.event as { kind: string; connection: string; device: string });
    try {
      await withVariables(now); // learns the environment connection's VPNs (alerting those already down once)
      expect(hooked().filter((event) => event.device === "sfo-gw-01")).toEqual([]);
      control().takeDown(deviceId("sfo-gw-01"));
      for (const step of [6 * MINUTE, MINUTE]) {
        now += step;
        await pass(other.db, now); // the instance without the variables goes first
        await withVariables(now + 500);
      }
      control().bringUp(deviceId("sfo-gw-01"));
      now += 20_000;
      await pass(other.db, now);
      await withVariables(now + 500);
      expect((await monitorSummary()).down.map((row) => row.device)).not.toContain("sfo-gw-01");
      // Once no instance has judged it for a week, its state is forgotten (and the log says so).
      const environmentStates = async () => (await database.db.select().from(monitorState)).filter((row) => row.connectionId.startsWith("env:nettica@"));
      now += 6 * 86_400_000;
      await pass(other.db, now);
      expect((await environmentStates()).length).toBeGreaterThan(0);
      now += 2 * 86_400_000;
      await pass(other.db, now);
      expect(await environmentStates()).toEqual([]);
      expect(lines.some((line) => line.includes("forgot VPNs no instance has judged for a week"))).toBe(true);
    } finally {
      await other.close();
    }
    const seen = hooked().filter((event) => event.device === "sfo-gw-01").map((event) => `${event.connection}: ${event.device} ${event.kind}`);
    // sfo-gw-01 has an endpoint on two networks: two VPNs, each down once and up once, on each connection.
    const twice = (line: string) => [line, line];
    expect(seen.sort()).toEqual([
      ...twice("Nettica (environment): sfo-gw-01 down"),
      ...twice("Nettica (environment): sfo-gw-01 up"),
      ...twice("Nettica lab: sfo-gw-01 down"),
      ...twice("Nettica lab: sfo-gw-01 up"),
    ]);
  });

  it("a crash in the middle of sending: the claim runs out and the alert goes out once, with a stable Message-ID", async () => {
    control().takeDown(deviceId("backup-gw-01"));
    now += 6 * MINUTE;
    const [conn] = await upstreamConnections("nettica");
    await recordObservations(database.db, { ...conn!, stateKey: monitorStateKey(conn!) }, watchedVpns(await fetchDevices(conn!), now), new Date(now));
    expect(await claimAlertEvent(database.db, "instance-that-crashed", now)).toBeDefined();

    now += MINUTE;
    await pass();
    expect(newMails()).toEqual([]); // still claimed by the crashed instance

    now += 5 * MINUTE;
    await pass();
    await pass(database.db, now + 1_000);
    expect(newMails()).toHaveLength(1);
    expect(newMails()[0]!.messageId).toMatch(/^<patchbay-alert-[0-9a-f-]{36}@example\.test>$/);
    expect(`<${newHooks()[0]!.headers["idempotency-key"]}@example.test>`).toBe(newMails()[0]!.messageId);
  });

  it("retries a failing webhook later without mailing again, and shows each channel's last result", async () => {
    webhook.answer.status = 500;
    control().takeDown(deviceId("nyc-gw-01"));
    now += 6 * MINUTE;
    await pass();
    // One alert per watched VPN: nyc-gw-01 has an endpoint on two networks.
    expect(newMails().map((mail) => mail.subject).sort()).toEqual(["Nettica VPN down: nyc-gw-01 / nyc-gw-01.edge-pops", "Nettica VPN down: nyc-gw-01 / nyc-gw-01.hq-mesh"]);
    expect(newHooks()).toEqual([]);
    const failing = (await listChannels()).find((c) => c.kind === "webhook")!;
    expect(failing.lastDelivery).toMatchObject({ ok: false, error: "The webhook answered 500: no_service", test: false });
    const [latest] = await listAlertEvents({ limit: 1 });
    expect(latest!.deliveries.find((d) => d.kind === "webhook")).toMatchObject({ status: "pending", attempts: 1 });

    webhook.answer.status = 200;
    now += 30_000;
    await pass();
    expect(newHooks()).toEqual([]); // the retry waits a minute
    now += MINUTE;
    await pass();
    expect(newHooks()).toHaveLength(2);
    expect(newMails()).toHaveLength(2);
    const channels = await listChannels();
    expect(channels.find((c) => c.kind === "webhook")!.lastDelivery).toMatchObject({ ok: true, error: null });
    // The webhook URL is a credential: the API shows only its host, and no error quotes it.
    expect(JSON.stringify(channels)).not.toContain("s3cretHookToken42");
    expect(JSON.stringify(channels)).not.toContain(SMTP_LOGIN.password);
  });

  it("lets no device secret out: not in an alert, a mail, a webhook, the monitor summary or a log line", async () => {
    // A user limited to two networks: GET /device repeats a device once per VPN, and each VPN is still judged once.
    control().limitToNetworks(["hq-mesh", "edge-pops"]);
    try {
      control().takeDown(deviceId("fra-gw-01")); // a gateway that also holds a service key
      now += 6 * MINUTE;
      await pass();
      const [conn] = await upstreamConnections("nettica");
      const watched = watchedVpns(await fetchDevices(conn!), now);
      expect(new Set(watched.map((vpn) => vpn.vpnId)).size).toBe(watched.length);
      expect(watched.filter((vpn) => vpn.deviceName === "nyc-gw-01").map((vpn) => vpn.netName).sort()).toEqual(["edge-pops", "hq-mesh"]);
    } finally {
      control().limitToNetworks(null);
    }
    expect(newMails().map((mail) => mail.subject)).toEqual(["Nettica VPN down: fra-gw-01 / fra-gw-01.edge-pops"]);

    const secrets = control().deviceSecrets();
    expect(secrets.some((secret) => secret.startsWith("service-api-"))).toBe(true);
    const seen = JSON.stringify([await monitorSummary(), await listAlertEvents({ limit: 100 }), smtp.mails, webhook.hooks]);
    expect(seen).toContain("fra-gw-01");
    expect(secrets.filter((secret) => seen.includes(secret))).toEqual([]);
    expect(lines.length).toBeGreaterThan(0);
    expect(secrets.filter((secret) => lines.some((line) => line.includes(secret)))).toEqual([]);
  });

  it("retries a webhook that is down for hours and delivers once it is back, telling the mail channel once that it keeps failing; past the retry period it gives up, and Send again sends it", async () => {
    const notices = () => newMails().filter((mail) => mail.subject === 'Patchbay: alert channel "Slack #noc" keeps failing');
    await pass(); // what is down already is alerted now, not counted below
    mailsBefore = smtp.mails.length;
    hooksBefore = webhook.hooks.length;
    webhook.answer.status = 503;
    control().takeDown(deviceId("nyc-gw-02"));
    now += 6 * MINUTE;
    await pass();
    expect(newMails()).toHaveLength(2); // nyc-gw-02 has an endpoint on two networks
    // Three hours of outage: the old schedule gave up after 5 tries (about 15 minutes).
    for (let step = 0; step < 36; step++) {
      now += 5 * MINUTE;
      await pass();
    }
    expect(newHooks()).toEqual([]);
    const waiting = (await listAlertEvents({ limit: 2 })).map((event) => event.deliveries.find((d) => d.kind === "webhook")!);
    expect(waiting.map((d) => d.status)).toEqual(["pending", "pending"]);
    expect(waiting[0]!.attempts).toBeGreaterThan(5);
    // The mail channel heard once (not once per try, nor per alert) that the webhook keeps failing.
    expect(notices()).toHaveLength(1);
    expect((await listChannels()).find((c) => c.kind === "webhook")!.lastDelivery).toMatchObject({ ok: false, othersToldAt: expect.any(String) });
    expect(notices()[0]!.text).toMatch(/^Patchbay could not send "Nettica VPN down: nyc-gw-02 \/ .+" to the webhook channel "Slack #noc" in 3 tries since .+ \(last error: The webhook answered 503.*\)\. It keeps retrying it; until that channel works again, alerts reach you here\./);
    webhook.answer.status = 200;
    now += 30 * MINUTE;
    await pass();
    expect(newHooks()).toHaveLength(2);
    expect(newMails()).toHaveLength(3);
    expect((await listChannels()).find((c) => c.kind === "webhook")!.lastDelivery).toMatchObject({ ok: true, othersToldAt: null });

    // With a one-hour retry period, a receiver down longer than that makes the alert given up.
    vi.stubEnv("ALERT_RETRY_HOURS", "1");
    try {
      control().bringUp(deviceId("nyc-gw-02"));
      webhook.answer.status = 503;
      now += 20_000;
      await pass();
      for (let step = 0; step < 8; step++) {
        now += 10 * MINUTE;
        await pass();
      }
      const given = await listAlertEvents({ limit: 2 });
      expect(given.map((event) => event.deliveries.find((d) => d.kind === "webhook")!.status)).toEqual(["failed", "failed"]);
      // It had worked in between, so this new run of failures was told again, once.
      expect(notices()).toHaveLength(2);
      webhook.answer.status = 200;
      for (const event of given) expect(await sendAgain(database.db, event.id, new Date(now))).toEqual(["Slack #noc"]);
      await pass();
      expect(newHooks().map((hook) => (hook.json.event as { kind: string }).kind)).toEqual(["down", "down", "up", "up"]);
      expect((await listAlertEvents({ limit: 2 })).map((event) => event.deliveries.find((d) => d.kind === "webhook")!.status)).toEqual(["sent", "sent"]);
      await expect(sendAgain(database.db, given[0]!.id, new Date(now))).rejects.toThrow("nothing to send again");
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
