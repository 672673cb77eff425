import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ATTENTION_REFRESH_MS } from "@/lib/attention/refresh-interval";
import { unassign } from "@/lib/vendors/provision/client";
import { startSimulators, type TRunningSimulators } from "@/simulators";
import { listAlertEvents } from "../alerts/alert-events";
import { createMute, deleteMute } from "../alerts/alert-mutes";
import { createChannel } from "../alerts/channel-store";
import { startSmtpReceiver, type TSmtpReceiver } from "../alerts/testing/smtp-receiver";
import { startWebhookReceiver, type TReceivedHook, type TWebhookReceiver } from "../alerts/testing/webhook-receiver";
import { attentionOverview } from "../attention/attention-overview";
import { connectionAttention } from "../attention/connection-attention";
import { N2N_DEVICE_SCAN_MS } from "../attention/n2n-findings";
import { recordAttentionTransitions } from "../attention/record-attention-transitions";
import { createConnection, upstreamConnections } from "../connections";
import { useDatabaseForTests } from "../db/client";
import type { TDatabase } from "../db/open-database";
import { attentionAlerts } from "../db/schema";
import { secondInstanceOf, testDatabases } from "../db/test-databases";
import { runMonitorOnce } from "./run-monitor-once";
import { monitorStateKey } from "./state-key";
import { backgroundSettled } from "../background-work";

// The scheduled pass end to end for all five vendors: the simulators on the console's clock, a real
// SMTP server and a real webhook receiver (one channel per webhook format), each vendor put into a
// state that needs a person and back; what is asserted is what an admin receives. Only Date is faked
// (before any module loads, so every cache moves on with it); sockets keep working.
vi.hoisted(() => vi.useFakeTimers({ toFake: ["Date"], now: Date.UTC(2026, 10, 2, 9, 0, 0) }));
// No N2N signal reads after a scan: on this stopped clock the quota's next window never comes, and they are the fleet index's own test.
vi.hoisted(() => (process.env.N2N_SIGNAL_READS_PER_SCAN = "0"));

const SMTP_LOGIN = { user: "alerts@patchbay.test", password: "smtp-pass-Tr8Kq3Wz" };
const CONSOLE_URL = "https://patchbay.example.test";
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Past the shared evaluation's 30 s: the next pass sees the vendors anew. */
const NEXT_REFRESH = ATTENTION_REFRESH_MS + 1_000;
const later = (ms: number) => vi.setSystemTime(Date.now() + ms);
const PATHS = { generic: "/hooks/generic", slack: "/services/T0PATCH/B0BAY/slackSecret42", teams: "/webhookb2/teamsSecret42" } as const;

describe.each(testDatabases())("alerts for every vendor on $name", ({ open }) => {
  let database: TDatabase;
  let sims: TRunningSimulators;
  let smtp: TSmtpReceiver;
  let webhook: TWebhookReceiver;
  const ids = { nettica: "", acreto: "", provision: "", n2n: "", megaport: "" };
  const secrets: string[] = [SMTP_LOGIN.password, "slackSecret42", "teamsSecret42"];
  let mailsBefore = 0;
  let hooksBefore = 0;

  const subjects = () => smtp.mails.slice(mailsBefore).map((mail) => mail.subject);
  const hooks = (format: keyof typeof PATHS) => webhook.hooks.slice(hooksBefore).filter((hook) => hook.path === PATHS[format]);
  const events = () => hooks("generic").map((hook) => hook.json.event as { kind: string; transition: string; vendor: string; title: string; severity: string; url: string | null; connection: string });
  const pass = (db = database.db) => runMonitorOnce({ db });
  const resetCounts = () => {
    mailsBefore = smtp.mails.length;
    hooksBefore = webhook.hooks.length;
  };
  /** One mail, and one post to each webhook channel (generic, Slack, Teams), per transition. */
  const expectSent = (expected: string[]) => {
    expect(subjects()).toEqual(expected);
    for (const format of ["generic", "slack", "teams"] as const) expect(hooks(format)).toHaveLength(expected.length);
  };

  beforeAll(async () => {
    process.env.ENCRYPTION_KEY = Buffer.alloc(32, 13).toString("base64");
    vi.stubEnv("NEXTAUTH_URL", CONSOLE_URL);
    database = await open();
    useDatabaseForTests(database);
    sims = await startSimulators({ port: 0, seed: 17 });
    smtp = await startSmtpReceiver(SMTP_LOGIN);
    webhook = await startWebhookReceiver();
    const { nettica, acreto, provision, n2n, megaport } = sims.credentials;
    const add = async (vendor: keyof typeof ids, name: string, baseUrl: string, values: Record<string, string>) => {
      ids[vendor] = (await createConnection({ vendor, name, baseUrl, values, clearSecrets: [] })).id;
    };
    await add("nettica", "Nettica lab", sims.urls.nettica, { apiKey: nettica.apiKey });
    await add("acreto", "Acreto plants", sims.urls.acreto, { ...acreto.admin });
    await add("provision", "IPAM", sims.urls.provision, { ...provision });
    await add("n2n", "N2N sensors", sims.urls.n2n, { apiKey: n2n.apiKey, tps: String(n2n.tps), tpd: String(n2n.tpd) });
    await add("megaport", "Megaport", sims.urls.megaport, { accessKey: megaport.accessKey, secretKey: megaport.secretKey, authUrl: sims.urls.megaportAuth });
    secrets.push(nettica.apiKey, acreto.admin.password, provision.secretKey, provision.apiKey, n2n.apiKey, megaport.secretKey, megaport.accessKey, ...sims.simulators.nettica.control.deviceSecrets());
    await createChannel({ kind: "email", name: "NOC mail", enabled: true, host: "127.0.0.1", port: smtp.port, tls: "none", user: SMTP_LOGIN.user, password: SMTP_LOGIN.password, from: "Patchbay <patchbay@example.test>", to: ["noc@example.test"] });
    for (const format of ["generic", "slack", "teams"] as const) await createChannel({ kind: "webhook", name: `Hook ${format}`, enabled: true, url: webhook.url(PATHS[format]), format });
  });
  afterAll(async () => {
    await backgroundSettled();
    vi.unstubAllEnvs();
    useDatabaseForTests(undefined);
    await Promise.all([smtp?.close(), webhook?.close(), sims?.close()]);
    await database?.close();
  });
  beforeEach(resetCounts);

  it("takes the first pass as the baseline: much needs attention already, and nothing is sent but the monitor's VPNs found down", async () => {
    const [first] = await Promise.all([pass(), pass()]);
    later(NEXT_REFRESH);
    await pass();
    const held = await database.db.select().from(attentionAlerts);
    expect(held.length).toBeGreaterThan(5);
    expect(new Set(held.map((row) => row.vendor))).toEqual(new Set(["nettica", "acreto", "n2n", "megaport"]));
    expect(held.every((row) => !row.announced)).toBe(true);
    expect(first.attention.map((check) => [check.vendor, check.state])).toEqual(expect.arrayContaining([["nettica", "ok"], ["acreto", "ok"], ["provision", "ok"], ["n2n", "ok"], ["megaport", "ok"]]));
    // The attention items are the baseline; only the monitor's VPNs already down are alerted, once each.
    expect(subjects().length).toBeGreaterThan(0);
    expect(subjects().every((subject) => subject.startsWith("Nettica VPN down: "))).toBe(true);
    expect(events().every((event) => event.vendor === "nettica" && event.kind === "down")).toBe(true);
  });

  it("sends one alert when a ProVision aggregate passes 90 %, none when it turns critical, and one when it has room again", async () => {
    const assigned = sims.simulators.provision.control.fillAggregate("203.0.113.0/24", 92)!;
    later(NEXT_REFRESH);
    await pass();
    expectSent(["Patchbay: 203.0.113.0/24 is 92.1 % assigned (6connect ProVision)"]);
    const [mail] = smtp.mails.slice(mailsBefore);
    expect(mail!.text).toBe(
      `203.0.113.0/24 is 92.1 % assigned: 2 free ranges left (APAC customers).\nWarning · 6connect ProVision, connection "IPAM" · needs attention since ${new Date(Date.now()).toISOString().replace(/\.\d{3}Z$/, "Z")}.\n` +
        `Open in Patchbay: ${CONSOLE_URL}/ipam?connection=${ids.provision}`,
    );
    expect(events()).toMatchObject([{ kind: "down", transition: "entered", vendor: "provision", severity: "warning", title: "203.0.113.0/24 is 92.1 % assigned", url: `${CONSOLE_URL}/ipam?connection=${ids.provision}` }]);

    assigned.push(...sims.simulators.provision.control.fillAggregate("203.0.113.0/24", 99)!);
    later(NEXT_REFRESH);
    await pass();
    expect(subjects()).toHaveLength(1); // the same item: still one alert

    const [connection] = await upstreamConnections("provision");
    for (const block of assigned) await unassign(connection!, { block }, true);
    later(NEXT_REFRESH);
    await pass();
    later(NEXT_REFRESH);
    await pass();
    expectSent(["Patchbay: 203.0.113.0/24 is 92.1 % assigned (6connect ProVision)", "Patchbay: clear again — 203.0.113.0/24 is 92.1 % assigned (6connect ProVision)"]);
    expect(smtp.mails.at(-1)!.text).toMatch(/^Clear again: 203\.0\.113\.0\/24 is 92\.1 % assigned \(2 free ranges left \(APAC customers\)\), after 1 min\./);
  });

  it("sends one alert when a Nettica gateway stops checking in (the monitor's, per VPN) and one when it is back", async () => {
    const gateway = [...sims.simulators.nettica.state.devices.values()].find((device) => device.name === "lab-gw-01")!;
    sims.simulators.nettica.control.takeDown(gateway.id);
    later(6 * MINUTE);
    await pass();
    later(NEXT_REFRESH);
    await pass();
    // The attention view lists it too; the monitor's alert is the one sent.
    expect((await connectionAttention((await upstreamConnections("nettica"))[0]!)).items.some((item) => item.title === "lab-gw-01 is down")).toBe(true);
    expectSent(["Nettica VPN down: lab-gw-01 / lab-gw-01.lab-net"]);
    sims.simulators.nettica.control.bringUp(gateway.id);
    later(NEXT_REFRESH);
    await pass();
    expectSent(["Nettica VPN down: lab-gw-01 / lab-gw-01.lab-net", "Nettica VPN back up: lab-gw-01 / lab-gw-01.lab-net"]);
    expect(events().map((event) => [event.vendor, event.transition])).toEqual([["nettica", "entered"], ["nettica", "cleared"]]);
  });

  it("sends one alert when an N2N device falls silent for a day and one when it sends again", async () => {
    const device = sims.simulators.n2n.state.devices.find((d) => d.silentSince === undefined && d.enrolment && d.name)!;
    sims.simulators.n2n.control.silence(device.deviceId, Date.now() - 25 * HOUR);
    later(N2N_DEVICE_SCAN_MS + 1_000);
    await pass();
    expectSent([`Patchbay: ${device.name} is silent (N2N DL)`]);
    expect(smtp.mails.at(-1)!.text).toContain(`Open in Patchbay: ${CONSOLE_URL}/n2n/devices/${device.deviceId}?connection=${ids.n2n}`);
    sims.simulators.n2n.control.resume(device.deviceId);
    later(N2N_DEVICE_SCAN_MS + 1_000);
    await pass();
    expectSent([`Patchbay: ${device.name} is silent (N2N DL)`, `Patchbay: clear again — ${device.name} is silent (N2N DL)`]);
  });

  it("sends one alert when an Acreto ecosystem is in error and one when Acreto reports it ok", async () => {
    const ecosystem = sims.simulators.acreto.state.ecosystems.find((e) => e.status === "ok")!;
    sims.simulators.acreto.control.setEcosystemStatus(ecosystem.uuid, "ecosystem_error");
    later(NEXT_REFRESH);
    await pass();
    expectSent([`Patchbay: Ecosystem ${ecosystem.name} is in error (Acreto)`]);
    expect(events()).toMatchObject([{ vendor: "acreto", severity: "critical", transition: "entered", connection: "Acreto plants" }]);
    sims.simulators.acreto.control.setEcosystemStatus(ecosystem.uuid, "ok");
    later(NEXT_REFRESH);
    await pass();
    expectSent([`Patchbay: Ecosystem ${ecosystem.name} is in error (Acreto)`, `Patchbay: clear again — Ecosystem ${ecosystem.name} is in error (Acreto)`]);
  });

  it("sends a Megaport service that goes down once, though three passes on two instances run at once", async () => {
    const other = database.kind === "pglite" ? { ...database, close: async () => undefined } : await secondInstanceOf(database);
    const core = sims.simulators.megaport.state.products.find((product) => product.productName === "SYD-CORE-01")!;
    try {
      sims.simulators.megaport.control.setFields(core.productUid, { up: false });
      later(NEXT_REFRESH);
      await Promise.all([pass(), pass(other.db), pass(other.db)]);
      await Promise.all([pass(), pass(other.db)]);
      expectSent(["Patchbay: SYD-CORE-01 is down (Megaport)"]);
      sims.simulators.megaport.control.setFields(core.productUid, { up: true });
      later(NEXT_REFRESH);
      await Promise.all([pass(other.db), pass(), pass()]);
      later(NEXT_REFRESH);
      await Promise.all([pass(other.db), pass()]);
    } finally {
      await backgroundSettled();
      await other.close();
    }
    expectSent(["Patchbay: SYD-CORE-01 is down (Megaport)", "Patchbay: clear again — SYD-CORE-01 is down (Megaport)"]);
    expect(new Set(webhook.hooks.slice(hooksBefore).map((hook) => hook.headers["idempotency-key"])).size).toBe(2);
  });

  it("repeats nothing after a restart (new process state, same database), and the restarted console sends the clearing", async () => {
    const core = sims.simulators.megaport.state.products.find((product) => product.productName === "SYD-CORE-01")!;
    sims.simulators.megaport.control.setFields(core.productUid, { up: false });
    later(NEXT_REFRESH);
    await pass();
    expectSent(["Patchbay: SYD-CORE-01 is down (Megaport)"]);

    // A new process: every module loaded again (no cache, no evaluation in flight), on the same database.
    const restarted = database.kind === "pglite" ? { ...database, close: async () => undefined } : await secondInstanceOf(database);
    vi.resetModules();
    const fresh = { client: await import("../db/client"), pass: await import("./run-monitor-once") };
    fresh.client.useDatabaseForTests(restarted);
    try {
      later(NEXT_REFRESH);
      await fresh.pass.runMonitorOnce({ db: restarted.db });
      expectSent(["Patchbay: SYD-CORE-01 is down (Megaport)"]);
      sims.simulators.megaport.control.setFields(core.productUid, { up: true });
      later(NEXT_REFRESH);
      await fresh.pass.runMonitorOnce({ db: restarted.db });
      later(NEXT_REFRESH);
      await fresh.pass.runMonitorOnce({ db: restarted.db });
    } finally {
      // The database holder is process-wide (globalThis): back to the suite's before the pool closes.
      useDatabaseForTests(database);
      await backgroundSettled();
      await restarted.close();
    }
    expectSent(["Patchbay: SYD-CORE-01 is down (Megaport)", "Patchbay: clear again — SYD-CORE-01 is down (Megaport)"]);
  });

  it("loses nothing when an instance crashes after recording an alert: the next pass sends it once", async () => {
    const hou = sims.simulators.megaport.state.products.find((product) => product.productName === "SYD-CORE-01")!;
    sims.simulators.megaport.control.setFields(hou.productUid, { up: false });
    later(NEXT_REFRESH);
    // The crashed instance got as far as committing the transition (held item + outbox row).
    const [connection] = await upstreamConnections("megaport");
    const recorded = await recordAttentionTransitions(database.db, { id: connection!.id, key: monitorStateKey(connection!), name: connection!.name }, await connectionAttention(connection!));
    expect(recorded).toMatchObject({ locked: true, entered: 1 });
    expectSent([]);
    await Promise.all([pass(), pass()]);
    expectSent(["Patchbay: SYD-CORE-01 is down (Megaport)"]);
    sims.simulators.megaport.control.setFields(hou.productUid, { up: true });
    later(NEXT_REFRESH);
    await pass();
    expect(subjects()).toHaveLength(2);
  });

  it("costs no vendor call the overview does not make: a pass within the overview's 30 s reads only the monitor's fresh Nettica list", async () => {
    later(N2N_DEVICE_SCAN_MS + 1_000);
    await attentionOverview();
    await backgroundSettled();
    for (const simulator of Object.values(sims.simulators)) simulator.stats.reset();
    const provisionReads = () => sims.simulators.provision.control.calls()["ipam.get"] ?? 0;
    const before = provisionReads();
    await Promise.all([pass(), pass()]);
    const calls = (vendor: keyof TRunningSimulators["simulators"]) => sims.simulators[vendor].stats.snapshot().byRoute;
    expect(calls("nettica")).toEqual({ "GET /device": 2 }); // the VPN monitor's own read, fresh in each pass
    for (const vendor of ["acreto", "n2n", "megaport"] as const) expect(calls(vendor)).toEqual({});
    expect(provisionReads()).toBe(before);
  });

  it("shows every vendor's alerts in the history, filtered by direction, vendor and words, and lets no secret out", async () => {
    const history = await listAlertEvents({ limit: 200 });
    expect(new Set(history.map((event) => event.vendor))).toEqual(new Set(["nettica", "acreto", "provision", "n2n", "megaport"]));
    const megaport = await listAlertEvents({ limit: 200, vendor: "megaport", kind: "up" });
    expect(megaport.map((event) => [event.title, event.severity, event.connection])).toEqual(Array(3).fill(["SYD-CORE-01 is down", "critical", "Megaport"]));
    expect((await listAlertEvents({ limit: 200, q: "203.0.113" })).map((event) => event.kind)).toEqual(["up", "down"]);
    expect((await listAlertEvents({ limit: 200, q: "lab-gw-01" })).map((event) => [event.kind, event.device, event.vpn])).toEqual([["up", "lab-gw-01", "lab-gw-01.lab-net"], ["down", "lab-gw-01", "lab-gw-01.lab-net"]]);
    expect(history.every((event) => event.deliveries.length === 4 && event.deliveries.every((delivery) => delivery.status === "sent"))).toBe(true);
    const seen = JSON.stringify([history, smtp.mails, webhook.hooks.map((hook: TReceivedHook) => hook.json)]);
    expect(secrets.filter((secret) => seen.includes(secret))).toEqual([]);
  });

  it("sends nothing of a muted rule, shows it in the history as muted, and sends again once the mute is ended", async () => {
    const mute = await createMute({ rule: "megaport.service_down", connectionId: ids.megaport, hours: 1, reason: "maintenance" }, "ops@example.test");
    const core = sims.simulators.megaport.state.products.find((product) => product.productName === "SYD-CORE-01")!;
    sims.simulators.megaport.control.setFields(core.productUid, { up: false });
    later(NEXT_REFRESH);
    await pass();
    expectSent([]);
    const [latest] = await listAlertEvents({ limit: 1 });
    expect(latest).toMatchObject({ title: "SYD-CORE-01 is down", kind: "down", muted: true, deliveries: [] });
    await deleteMute(mute.id);
    // What entered muted is not announced now, nor is its clearing; the next time is.
    sims.simulators.megaport.control.setFields(core.productUid, { up: true });
    later(NEXT_REFRESH);
    await pass();
    sims.simulators.megaport.control.setFields(core.productUid, { up: false });
    later(NEXT_REFRESH);
    await pass();
    expectSent(["Patchbay: SYD-CORE-01 is down (Megaport)"]);
    sims.simulators.megaport.control.setFields(core.productUid, { up: true });
  });
});
