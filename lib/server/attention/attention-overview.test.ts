import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TAttentionItem, TAttentionOverview } from "@/lib/attention/attention-types";
import { ATTENTION_REFRESH_MS } from "@/lib/attention/refresh-interval";
import { unassign } from "@/lib/vendors/provision/client";
import { startSimulators, type TRunningSimulators } from "@/simulators";
import { connectionStatus } from "../connection-status";
import { createConnection, deleteConnection, upstreamConnections } from "../connections";
import { openDatabase } from "../db/open-database";
import { suiteDatabase } from "../db/test-databases";
import { attentionOverview } from "./attention-overview";
import { connectionAttention } from "./connection-attention";
import { N2N_DEVICE_SCAN_MS } from "./n2n-findings";

// The attention view end to end: the five simulators on the console's own clock, each vendor put
// into a state that needs a person, and what an admin would see on the overview asserted. Only Date
// is faked, so sockets keep working; it is faked before any module loads, so the caches that took
// their clock at load time (the upstream core's short read cache) move on with it too.
vi.hoisted(() => vi.useFakeTimers({ toFake: ["Date"], now: Date.now() }));
// No N2N signal reads after a scan: on this stopped clock the quota's next window never comes, and they are the fleet index's own test.
vi.hoisted(() => (process.env.N2N_SIGNAL_READS_PER_SCAN = "0"));

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const NEXT_REFRESH = ATTENTION_REFRESH_MS + 1_000;
const later = (ms: number) => vi.setSystemTime(Date.now() + ms);
const titled = (items: readonly TAttentionItem[], title: string) => items.find((item) => item.title === title);
const query = (connectionId: string) => `?connection=${encodeURIComponent(connectionId)}`;

describe("the attention view across the five vendors", () => {
  suiteDatabase(() => openDatabase({ dir: null }));
  let sims: TRunningSimulators;
  const ids = { nettica: "", acreto: "", provision: "", n2n: "", megaport: "" };
  const secrets: string[] = [];

  beforeAll(async () => {
    process.env.ENCRYPTION_KEY = Buffer.alloc(32, 7).toString("base64");
    sims = await startSimulators({ port: 0, seed: 17 });
    const { nettica, acreto, provision, n2n, megaport } = sims.credentials;
    const add = async (vendor: keyof typeof ids, name: string, baseUrl: string, values: Record<string, string>) => {
      ids[vendor] = (await createConnection({ vendor, name, baseUrl, values, clearSecrets: [] })).id;
    };
    await add("nettica", "Nettica lab", sims.urls.nettica, { apiKey: nettica.apiKey });
    await add("acreto", "Acreto plants", sims.urls.acreto, { ...acreto.admin });
    await add("provision", "IPAM", sims.urls.provision, { ...provision });
    await add("n2n", "N2N sensors", sims.urls.n2n, { apiKey: n2n.apiKey, tps: String(n2n.tps), tpd: String(n2n.tpd) });
    await add("megaport", "Megaport", sims.urls.megaport, { accessKey: megaport.accessKey, secretKey: megaport.secretKey, authUrl: sims.urls.megaportAuth });
    secrets.push(nettica.apiKey, acreto.admin.password, provision.secretKey, provision.apiKey, n2n.apiKey, n2n.readOnlyApiKey, megaport.secretKey, megaport.accessKey);
    secrets.push(...sims.simulators.nettica.control.deviceSecrets());
  });
  afterAll(async () => {
    vi.useRealTimers();
    await sims?.close();
  });

  it("shows a section per vendor, each connection checked, and every item worst first: critical, then what has waited longest", async () => {
    const overview = await attentionOverview();
    expect(overview.sections.map((section) => [section.vendor, section.connections.map((c) => [c.name, c.state, c.error])])).toEqual([
      ["nettica", [["Nettica lab", "ok", null]]],
      ["acreto", [["Acreto plants", "ok", null]]],
      ["provision", [["IPAM", "ok", null]]],
      ["n2n", [["N2N sensors", "ok", null]]],
      ["megaport", [["Megaport", "ok", null]]],
    ]);
    const { items } = overview;
    expect(items.length).toBeGreaterThan(10);
    const firstWarning = items.findIndex((item) => item.severity === "warning");
    expect(items.slice(0, firstWarning).every((item) => item.severity === "critical")).toBe(true);
    expect(items.slice(firstWarning).every((item) => item.severity === "warning")).toBe(true);
    for (const group of [items.slice(0, firstWarning), items.slice(firstWarning)]) {
      const since = group.map((item) => Date.parse(item.since!));
      expect(since).toEqual([...since].sort((a, b) => a - b));
    }
    // The seeded stale gateways, already down, head the list.
    expect(items[0]).toMatchObject({ vendor: "nettica", kind: "nettica.device_down", severity: "critical", connectionName: "Nettica lab" });
    for (const section of overview.sections) expect(section.items).toEqual(items.filter((item) => item.vendor === section.vendor));
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });

  it("shows a Nettica gateway that stops checking in as down after 300 s, linked to its page, and clears it when it checks in again", async () => {
    const gateway = [...sims.simulators.nettica.state.devices.values()].find((device) => device.name === "nyc-gw-01")!;
    expect(titled((await attentionOverview()).items, "nyc-gw-01 is down")).toBeUndefined();
    sims.simulators.nettica.control.takeDown(gateway.id);
    later(4 * MINUTE);
    expect(titled((await attentionOverview()).items, "nyc-gw-01 is down")).toBeUndefined();
    later(2 * MINUTE);
    const down = titled((await attentionOverview()).items, "nyc-gw-01 is down");
    expect(down).toMatchObject({
      kind: "nettica.device_down",
      severity: "critical",
      detail: "last seen 6 min ago",
      href: `/nettica/devices/${gateway.id}${query(ids.nettica)}`,
      connectionId: ids.nettica,
    });
    // Since its last check-in, as Nettica reports it.
    expect(Date.now() - Date.parse(down!.since!)).toBeGreaterThanOrEqual(6 * MINUTE);
    expect(Date.now() - Date.parse(down!.since!)).toBeLessThan(6 * MINUTE + 15_000);

    sims.simulators.nettica.control.bringUp(gateway.id);
    later(NEXT_REFRESH);
    expect(titled((await attentionOverview()).items, "nyc-gw-01 is down")).toBeUndefined();
  });

  it("warns of a ProVision aggregate over 90 % assigned, turns critical over 98 %, and clears when the space is given back", async () => {
    const { fillAggregate } = sims.simulators.provision.control;
    expect((await attentionOverview()).items.filter((item) => item.vendor === "provision")).toEqual([]);
    const assigned = fillAggregate("203.0.113.0/24", 92)!;
    later(NEXT_REFRESH);
    const nearlyFull = titled((await attentionOverview()).items, "203.0.113.0/24 is 92.1 % assigned");
    expect(nearlyFull).toMatchObject({ kind: "provision.aggregate_full", severity: "warning", href: `/ipam${query(ids.provision)}`, detail: "2 free ranges left (APAC customers)" });

    assigned.push(...fillAggregate("203.0.113.0/24", 99)!);
    later(NEXT_REFRESH);
    const full = (await attentionOverview()).items.find((item) => item.kind === "provision.aggregate_full");
    expect(full).toMatchObject({ title: "203.0.113.0/24 is 99.2 % assigned", severity: "critical", id: nearlyFull!.id, since: nearlyFull!.since });

    const [connection] = await upstreamConnections("provision");
    for (const block of assigned) await unassign(connection!, { block }, true);
    later(NEXT_REFRESH);
    expect((await attentionOverview()).items.filter((item) => item.vendor === "provision")).toEqual([]);
  });

  it("warns of a ProVision aggregate that could hold many /24s but has none left free", async () => {
    const assigned = sims.simulators.provision.control.fillAggregate("172.16.0.0/20", 95)!;
    later(NEXT_REFRESH);
    const items = (await attentionOverview()).items.filter((item) => item.vendor === "provision");
    expect(items.map((item) => [item.kind, item.severity, item.title])).toEqual([
      ["provision.aggregate_full", "warning", "172.16.0.0/20 is 95 % assigned"],
      ["provision.no_free_block", "warning", "No free /24 left in 172.16.0.0/20"],
    ]);
    expect(items[1]!.detail).toBe("the largest free block is a /25 (Lab networks)");
    const [connection] = await upstreamConnections("provision");
    for (const block of assigned) await unassign(connection!, { block }, true);
  });

  it("warns of an N2N device silent for over a day, with its last uplink, and clears when it sends again", async () => {
    const device = sims.simulators.n2n.state.devices.find((d) => d.silentSince === undefined && d.enrolment && d.name)!;
    sims.simulators.n2n.control.silence(device.deviceId, Date.now() - 25 * HOUR);
    // The device list is scanned once per N2N_DEVICE_SCAN_MS, not on every refresh.
    later(N2N_DEVICE_SCAN_MS + 1_000);
    const silent = titled((await attentionOverview()).items, `${device.name} is silent`);
    expect(silent).toMatchObject({ kind: "n2n.device_silent", severity: "warning", detail: "last uplink 25 h ago", href: `/n2n/devices/${device.deviceId}${query(ids.n2n)}` });
    expect(Date.parse(silent!.since!)).toBeLessThanOrEqual(Date.now() - 25 * HOUR - N2N_DEVICE_SCAN_MS);

    sims.simulators.n2n.control.resume(device.deviceId);
    later(N2N_DEVICE_SCAN_MS + 1_000);
    expect(titled((await attentionOverview()).items, `${device.name} is silent`)).toBeUndefined();
  });

  it("shows a Megaport service that is LIVE but not up as critical, next to services not live yet and VXCs shut down", async () => {
    const products = sims.simulators.megaport.state.products;
    const core = products.find((product) => product.productName === "SYD-CORE-01")!;
    sims.simulators.megaport.control.setFields(core.productUid, { up: false });
    later(NEXT_REFRESH);
    const { items } = await attentionOverview();
    expect(titled(items, "SYD-CORE-01 is down")).toMatchObject({
      kind: "megaport.service_down",
      severity: "critical",
      detail: "Port is LIVE but not up",
      href: `/megaport/services/${core.productUid}${query(ids.megaport)}`,
    });
    expect(titled(items, "HOU-DR-01 is not live")).toMatchObject({ kind: "megaport.service_not_live", severity: "warning", detail: "Port is CONFIGURED" });
    expect(titled(items, "VXC NYC to ASH MCR is shut down")).toMatchObject({ kind: "megaport.vxc_shut_down", severity: "warning", detail: "configured but passing no traffic on NYC-TRANSIT-01" });
    // A draft and services gone on purpose need nobody.
    for (const name of ["TYO-PLAN-01", "SEA-OLD-01", "DUB-TRIAL-01", "MCR-SJC-2023"]) expect(items.some((item) => item.title.startsWith(`${name} `))).toBe(false);

    sims.simulators.megaport.control.setFields(core.productUid, { up: true });
    later(NEXT_REFRESH);
    expect(titled((await attentionOverview()).items, "SYD-CORE-01 is down")).toBeUndefined();
  });

  it("shows an Acreto ecosystem in error as critical, linked to the ecosystem, and clears it when Acreto reports ok", async () => {
    const ecosystem = sims.simulators.acreto.state.ecosystems.find((e) => e.status === "ok")!;
    sims.simulators.acreto.control.setEcosystemStatus(ecosystem.uuid, "ecosystem_error");
    later(NEXT_REFRESH);
    expect(titled((await attentionOverview()).items, `Ecosystem ${ecosystem.name} is in error`)).toMatchObject({
      kind: "acreto.ecosystem_error",
      severity: "critical",
      href: `/acreto/${ecosystem.customerUuid}/${ecosystem.uuid}${query(ids.acreto)}`,
    });
    sims.simulators.acreto.control.setEcosystemStatus(ecosystem.uuid, "ok");
    later(NEXT_REFRESH);
    expect(titled((await attentionOverview()).items, `Ecosystem ${ecosystem.name} is in error`)).toBeUndefined();
  });

  it("warns of an Acreto commit still running after 30 min, and of changes left uncommitted for a day", async () => {
    const [committing, pending] = sims.simulators.acreto.state.ecosystems.filter((e) => e.status === "ok");
    const { setEcosystemStatus } = sims.simulators.acreto.control;
    setEcosystemStatus(committing!.uuid, "commit_in_progress");
    setEcosystemStatus(pending!.uuid, "pending_changes");
    later(NEXT_REFRESH);
    const stuckTitle = `Commit of ${committing!.name} still running`;
    const pendingTitle = `Ecosystem ${pending!.name} has uncommitted changes`;
    let items = (await attentionOverview()).items;
    expect([titled(items, stuckTitle), titled(items, pendingTitle)]).toEqual([undefined, undefined]);

    later(30 * MINUTE + 1_000);
    items = (await attentionOverview()).items;
    expect(titled(items, stuckTitle)).toMatchObject({ kind: "acreto.commit_stuck", severity: "warning", detail: expect.stringMatching(/^first seen running 30 min ago/) });
    expect(titled(items, pendingTitle)).toBeUndefined();

    setEcosystemStatus(committing!.uuid, "ok");
    later(24 * HOUR);
    items = (await attentionOverview()).items;
    expect(titled(items, stuckTitle)).toBeUndefined();
    const uncommitted = titled(items, pendingTitle);
    expect(uncommitted).toMatchObject({ kind: "acreto.changes_uncommitted", severity: "warning" });
    // Acreto dates no change: the day counts from when Patchbay first saw them.
    expect(Date.now() - Date.parse(uncommitted!.since!)).toBeGreaterThan(24 * HOUR);
    setEcosystemStatus(pending!.uuid, "ok");
  });

  it("shows a connection with a wrong key as failed, with a message free of secrets, while every other connection still shows its items", async () => {
    const wrongKey = "nettica-api-WRONGwrongWRONGwrongWRONGwrong";
    const wrong = await createConnection({ vendor: "nettica", name: "Nettica old key", baseUrl: sims.urls.nettica, values: { apiKey: wrongKey }, clearSecrets: [] });
    try {
      later(NEXT_REFRESH);
      const overview = await attentionOverview();
      const nettica = overview.sections.find((section) => section.vendor === "nettica")!;
      expect(nettica.connections.map((c) => [c.name, c.state])).toEqual([["Nettica lab", "ok"], ["Nettica old key", "failed"]]);
      const failed = nettica.connections[1]!;
      expect(failed.error).toMatch(/API key|refused|unauthori/i);
      expect(titled(overview.items, "Connection Nettica old key is failing")).toMatchObject({ kind: "nettica.connection_failing", severity: "critical", detail: failed.error, connectionId: wrong.id });
      // One failure blanks nothing else: the good Nettica connection and the other vendors keep their items.
      expect(overview.items.some((item) => item.connectionId === ids.nettica && item.kind === "nettica.device_down")).toBe(true);
      for (const vendor of ["acreto", "n2n", "megaport"] as const) expect(overview.sections.find((s) => s.vendor === vendor)!.items.length).toBeGreaterThan(0);
      expect(overview.sections.every((section) => section.connections.every((c) => c.id === wrong.id || c.state === "ok"))).toBe(true);
      const text = JSON.stringify(overview);
      for (const secret of [wrongKey, ...secrets]) expect(text).not.toContain(secret);
    } finally {
      await deleteConnection(wrong.id);
    }
  });

  it("shows a connection whose list cannot be read as one critical item and a section saying why, the others untouched", async () => {
    // The status check (a page of 10) passes; the device scan (pages of 1000) fails.
    sims.simulators.n2n.faults.enqueue({ kind: "error", status: 500, pathPrefix: "/devices", query: { limit: "1000" } });
    later(N2N_DEVICE_SCAN_MS + 1_000);
    const overview = await attentionOverview();
    const n2n = overview.sections.find((section) => section.vendor === "n2n")!;
    expect(n2n.connections).toMatchObject([{ name: "N2N sensors", state: "failed", error: expect.stringMatching(/N2N/) }]);
    expect(n2n.items.map((item) => [item.kind, item.severity, item.title, item.detail])).toEqual([
      ["n2n.connection_failing", "critical", "Connection N2N sensors is failing", n2n.connections[0]!.error],
    ]);
    expect(overview.sections.filter((section) => section.vendor !== "n2n").every((section) => section.connections.every((c) => c.state === "ok"))).toBe(true);
    later(N2N_DEVICE_SCAN_MS + 1_000);
    const recovered = (await attentionOverview()).sections.find((section) => section.vendor === "n2n")!;
    expect(recovered.connections[0]!.state).toBe("ok");
    expect(recovered.items.every((item) => item.kind === "n2n.device_silent")).toBe(true);
  });

  it("answers without a vendor that is slow to answer, whose check goes on and shows at the next refresh", async () => {
    const [nettica] = await upstreamConnections("nettica");
    sims.simulators.nettica.faults.configure({ latencyMs: 1_000 });
    try {
      later(NEXT_REFRESH);
      const started = performance.now();
      const overview = await attentionOverview({ answerWithinMs: 200 });
      expect(performance.now() - started).toBeLessThan(900);
      const section = overview.sections.find((s) => s.vendor === "nettica")!;
      expect(section.connections).toMatchObject([{ name: "Nettica lab", state: "failed", error: "Nettica has not answered within 0.2 s; the check goes on and shows at the next refresh." }]);
      expect(section.items).toEqual([]);
      expect(overview.sections.filter((s) => s.vendor !== "nettica").every((s) => s.connections.every((c) => c.state === "ok"))).toBe(true);
      // The evaluation in flight finishes and is shared: the next view gets it at once.
      expect((await connectionAttention(nettica!)).connection.state).toBe("ok");
    } finally {
      sims.simulators.nettica.faults.configure({ latencyMs: 0 });
    }
    const next = await attentionOverview({ answerWithinMs: 200 });
    expect(next.sections.find((s) => s.vendor === "nettica")!.items.length).toBeGreaterThan(0);
  });

  it("warns when the N2N API key has used 90 % of its daily calls", async () => {
    const spent = await createConnection({ vendor: "n2n", name: "N2N reader", baseUrl: sims.urls.n2n, values: { apiKey: sims.credentials.n2n.readOnlyApiKey, tpd: "2" }, clearSecrets: [] });
    try {
      later(NEXT_REFRESH);
      const quota = (await attentionOverview()).items.find((item) => item.connectionId === spent.id && item.kind === "n2n.daily_quota");
      // The status check and one page of devices: 2 of 2 calls.
      expect(quota).toMatchObject({ severity: "warning", title: "API key has used 100 % of today's calls", detail: "2 of 2 calls; the count starts again at 00:00 UTC", href: `/n2n${query(spent.id)}` });
    } finally {
      await deleteConnection(spent.id);
    }
  });

  it("warns of a vendor list with records Patchbay could not read in the last day", async () => {
    sims.simulators.nettica.control.addOddDevice({ name: 42 });
    try {
      later(NEXT_REFRESH);
      await attentionOverview();
      later(NEXT_REFRESH);
      const drift = (await attentionOverview()).items.find((item) => item.kind === "nettica.schema_drift");
      expect(drift).toMatchObject({ severity: "warning", title: "1 record Patchbay could not read", href: `/nettica${query(ids.nettica)}` });
      expect(drift!.detail).toMatch(/^nettica\.listDevices: device \d+ \(device-\w+\): name — /);
    } finally {
      sims.simulators.nettica.control.clearOddDevices();
    }
  });

  it("keeps an item's since across evaluations, and starts it again when the item comes back after clearing", async () => {
    const hou = sims.simulators.megaport.state.products.find((product) => product.productName === "HOU-DR-01")!;
    const since = async () => titled((await attentionOverview()).items, "HOU-DR-01 is not live")?.since;
    const first = await since();
    expect(first).toBeDefined();
    later(NEXT_REFRESH);
    expect(await since()).toBe(first);

    sims.simulators.megaport.control.setStatus(hou.productUid, "LIVE");
    sims.simulators.megaport.control.setFields(hou.productUid, { up: true });
    later(NEXT_REFRESH);
    expect(await since()).toBeUndefined();
    sims.simulators.megaport.control.setStatus(hou.productUid, "CONFIGURED");
    later(NEXT_REFRESH);
    const again = await since();
    expect(Date.parse(again!)).toBeGreaterThan(Date.parse(first!));
    expect(Date.parse(again!)).toBe(Date.now());
  });

  it("costs one upstream call per vendor list however many viewers ask at once", async () => {
    later(N2N_DEVICE_SCAN_MS + 1_000);
    // The status checks are shared with the overview's connection cards, which have asked already.
    await Promise.all((await upstreamConnections()).map((connection) => connectionStatus(connection)));
    for (const simulator of Object.values(sims.simulators)) simulator.stats.reset();
    const provisionReads = () => sims.simulators.provision.control.calls()["ipam.get"] ?? 0;
    const before = provisionReads();

    const answers = await Promise.all(Array.from({ length: 20 }, () => attentionOverview()));

    expect(new Set(answers.map((answer: TAttentionOverview) => JSON.stringify(answer))).size).toBe(1);
    const calls = (vendor: keyof TRunningSimulators["simulators"]) => sims.simulators[vendor].stats.snapshot().byRoute;
    expect(calls("nettica")).toEqual({ "GET /device": 1 });
    const customers = new Set(sims.simulators.acreto.state.ecosystems.map((e) => e.customerUuid)).size;
    expect(calls("acreto")).toEqual({ "GET /customers/:customer/ecosystems": customers });
    expect(provisionReads() - before).toBe(1);
    expect(calls("n2n")).toEqual({ "GET /devices": 1 });
    expect(calls("megaport")).toEqual({ "GET /v2/products": 1 });
  });
});
