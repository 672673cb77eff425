import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ZodError } from "zod";
import type { TFleetPage } from "@/lib/n2n-fleet/fleet-view";
import { callOperation, type TOperationCall } from "@/lib/server/operations/testing/call-operation";
import { testConnectionOf } from "@/lib/server/upstream/testing/test-server";
import type { TUpstreamConnection } from "@/lib/server/upstream/types";
import { n2nOperations } from "@/lib/vendors/n2n/operations";
import { startSimulators, type TRunningSimulators } from "@/simulators";
import { saveThresholds } from "../attention/attention-thresholds";
import { getDb } from "../db/client";
import { suiteDatabase, testDatabases } from "../db/test-databases";
import { forgetConnectionState } from "../upstream/forget-connection-state";
import { backgroundSettled } from "../background-work";
import { SIGNAL_READS_PER_SCAN } from "./fleet-signals";

// The N2N device list over the whole fleet, from the index one scan keeps: against the N2N
// simulator (its quota, its pages, its uplinks), on an embedded database.

// Only Date is faked (sockets keep working), before any module takes its clock: Refresh scans N2N at most every 30 s.
vi.hoisted(() => vi.useFakeTimers({ toFake: ["Date"], now: Date.now() }));
const later = (ms: number) => vi.setSystemTime(Date.now() + ms);
const HOUR = 3_600_000;
let sims: TRunningSimulators;
beforeAll(async () => {
  process.env.ENCRYPTION_KEY = Buffer.alloc(32, 7).toString("base64");
  sims = await startSimulators({ port: 0, seed: 7 });
});
afterAll(async () => {
  await backgroundSettled();
  await sims.close();
});

const n2n = () => sims.simulators.n2n;
let connection: TUpstreamConnection;
beforeEach(async () => {
  await backgroundSettled();
  n2n().reset();
  n2n().control.setKeyLimits(sims.credentials.n2n.apiKey, { tps: 100 });
  // A new connection each test: its own index, scanned at its first read.
  connection = testConnectionOf("n2n", sims.urls.n2n, { apiKey: sims.credentials.n2n.apiKey, tps: "100" });
});
const run = (method: string, path: string, call?: TOperationCall) => callOperation(n2nOperations, connection, method, path, call);
const fleet = (input: Record<string, string> = {}) => run("GET", "fleet", { input, role: "viewer" }) as Promise<TFleetPage>;
const listCalls = () => n2n().stats.snapshot().byRoute["GET /devices"] ?? 0;

describe.each(testDatabases())("the N2N fleet index on $name", ({ open }) => {
  suiteDatabase(open);

  it("scans every page once for every reader at once, then pages, filters and sorts without a call", async () => {
    const all = n2n().state.devices;
    const pages = await Promise.all(Array.from({ length: 8 }, () => fleet({ limit: "25" })));
    expect(listCalls()).toBe(Math.ceil(all.length / 1000));
    expect(pages.every((page) => page.total === all.length && page.devices.length === 25)).toBe(true);

    const seen: string[] = [];
    for (let skip = 0; skip < all.length; skip += 100) seen.push(...(await fleet({ limit: "100", skip: String(skip), sort: "deviceId" })).devices.map((d) => d.deviceId));
    expect(seen).toEqual(all.map((d) => d.deviceId).sort());

    const tower = await fleet({ q: "tower-b room", limit: "200" });
    expect(tower.matching).toBe(all.filter((d) => d.enterpriseId === "nnn.smartbuild.tower-b").length);
    const farms = await fleet({ enterpriseId: "nnn.agrinet", limit: "200" });
    expect(farms.devices.map((d) => d.deviceId).sort()).toEqual(all.filter((d) => d.enterpriseId.startsWith("nnn.agrinet.")).map((d) => d.deviceId).sort());
    const tanks = await fleet({ type: "Milesight EM500-UDL level", limit: "200" });
    expect(tanks.matching).toBe(all.filter((d) => d.deviceType === "Milesight EM500-UDL level").length);
    expect(tower.enterprises).toContain("nnn.smartbuild.tower-b");
    expect(tower.types).toContain("Milesight EM500-UDL level");
    // The search takes LIKE's own characters as text.
    expect((await fleet({ q: "%" })).matching).toBe(0);
    expect(listCalls()).toBe(Math.ceil(all.length / 1000));
  });

  it("puts the silent devices first, longest first, counts each status over the whole fleet, and follows the connection's threshold", async () => {
    const device = n2n().state.devices.find((d) => d.enrolment && d.silentSince === undefined)!;
    n2n().control.silence(device.deviceId, Date.now() - 30 * HOUR);
    const first = await fleet({ limit: "200" });
    const silent = first.devices.filter((d) => d.status === "silent");
    expect(silent.length).toBe(first.statusCounts.silent);
    expect(first.devices.slice(0, silent.length).every((d) => d.status === "silent")).toBe(true);
    const heard = silent.map((d) => d.lastOnline ?? d.createdAt!);
    expect(heard).toEqual([...heard].sort((a, b) => a - b));
    expect(silent.map((d) => d.deviceId)).toContain(device.deviceId);
    expect(first.statusCounts.silent + first.statusCounts.reporting + first.statusCounts.waiting + first.statusCounts.unknown).toBe(first.total);
    const onlySilent = await fleet({ status: "silent", limit: "200" });
    expect(onlySilent.devices.map((d) => d.deviceId)).toEqual(silent.map((d) => d.deviceId));
    // Newest uplink first, and the oldest when asked.
    const newest = (await fleet({ sort: "lastUplink", dir: "desc", limit: "10" })).devices.map((d) => d.lastOnline!);
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
    // An admin who allows two days of silence: the device silent for 30 h reports.
    await saveThresholds(await getDb(), connection as TUpstreamConnection & { vendor: "n2n" }, { silentAfterHours: 48 }, "admin@patchbay.test");
    const relaxed = await fleet({ q: device.deviceId });
    expect(relaxed).toMatchObject({ silentAfterHours: 48, devices: [{ deviceId: device.deviceId, status: "reporting" }] });
    expect(relaxed.statusCounts.silent).toBeLessThan(first.statusCounts.silent);
  });

  it("reads the newest uplink of a few devices after a scan (RSSI, SNR, battery), and of a device whose uplinks are opened", async () => {
    await fleet();
    await backgroundSettled();
    expect(n2n().stats.snapshot().byRoute["GET /devices/:id/messages"]).toBe(SIGNAL_READS_PER_SCAN);
    const withSignal = (await fleet({ sort: "rssi", dir: "desc", limit: "200" })).devices.filter((d) => d.signal);
    // An ingested device's readings may carry neither radio nor battery: it shows none.
    expect(withSignal.length).toBeGreaterThan(SIGNAL_READS_PER_SCAN / 2);
    expect(withSignal.length).toBeLessThanOrEqual(SIGNAL_READS_PER_SCAN);
    for (const device of withSignal.filter((d) => d.network === "loraWan")) {
      expect(device.signal!.rssi).toBeLessThan(0);
      expect(device.signal!.battery).toBeGreaterThan(2);
      expect(device.signal!.batteryUnit).toBe("V");
    }
    const rssi = withSignal.filter((d) => d.signal!.rssi !== null).map((d) => d.signal!.rssi!);
    expect(rssi).toEqual([...rssi].sort((a, b) => b - a));

    const unread = (await fleet({ limit: "200" })).devices.find((d) => !d.signal && d.status === "reporting" && d.network === "loraWan")!;
    const uplinks = (await run("GET", `devices/${unread.deviceId}/messages`, { input: { limit: "10" }, role: "viewer" })) as { uplinks: { ts: number; rssi: number }[] };
    const shown = (await fleet({ q: unread.deviceId })).devices[0]!;
    expect(shown.signal).toMatchObject({ at: uplinks.uplinks[0]!.ts, rssi: uplinks.uplinks[0]!.rssi });
  });

  it("stops reading signals once the connection is deleted: nothing more is asked with its credentials", async () => {
    await fleet();
    await forgetConnectionState(connection.id);
    await backgroundSettled();
    expect(n2n().stats.snapshot().byRoute["GET /devices/:id/messages"] ?? 0).toBeLessThan(SIGNAL_READS_PER_SCAN);
  });

  it("shows a device enrolled or unenrolled through Patchbay at once, without a scan", async () => {
    const before = await fleet();
    const deviceId = "A81758FFFE0C0FFE";
    await run("POST", "devices", { input: { deviceId, enterpriseId: "nnn.logistics", name: "Dock sensor", enrolment: { mode: "otaa", class: "A", otaa: { appEui: "70B3D57ED0000001", appKey: "00112233445566778899AABBCCDDEEFF" } } }, role: "operator" });
    const added = await fleet({ q: "dock sensor" });
    expect(added.devices.map((d) => [d.deviceId, d.name, d.enterpriseId])).toEqual([[deviceId, "Dock sensor", "nnn.logistics"]]);
    expect(added.total).toBe(before.total + 1);
    await run("DELETE", `devices/${deviceId}`, { role: "operator" });
    expect((await fleet({ q: "dock sensor" })).matching).toBe(0);
    expect(listCalls()).toBe(1);
  });

  it("does not ask again every few seconds with a key N2N refuses: the refusal stands until the next interval", async () => {
    connection = testConnectionOf("n2n", sims.urls.n2n, { apiKey: "not-a-key-of-this-account", tps: "100" });
    await expect(fleet()).rejects.toMatchObject({ name: "VendorError", code: "upstream_unauthorized" });
    const calls = n2n().stats.snapshot().total;
    later(6_000);
    await expect(fleet()).rejects.toMatchObject({ name: "VendorError", code: "upstream_unauthorized" });
    expect(n2n().stats.snapshot().total).toBe(calls);
  });

  it("keeps the last list when a scan fails and says why; a first scan that fails is the vendor's error; bad input is refused before any call", async () => {
    n2n().faults.enqueue({ kind: "error", status: 503, pathPrefix: "/devices", query: { limit: "1000" }, count: 5 });
    await expect(fleet()).rejects.toMatchObject({ name: "VendorError", code: "upstream_unavailable" });
    // N2N did not answer: asked again after its 5 s window, not a whole interval later.
    later(5_001);
    const ok = await fleet();
    expect(ok.scanError).toBeNull();
    // Refresh scans now, but not twice within 30 s.
    const scans = listCalls();
    await fleet({ refresh: "true" });
    expect(listCalls()).toBe(scans);
    later(30_001);
    n2n().faults.enqueue({ kind: "error", status: 503, pathPrefix: "/devices", query: { limit: "1000" }, count: 5 });
    const stale = await fleet({ refresh: "true" });
    expect(stale.total).toBe(ok.total);
    expect(stale.scanError).toMatch(/N2N/);
    later(5_001);
    expect((await fleet()).scanError).toBeNull();

    const calls = n2n().stats.snapshot().total;
    const refused: Record<string, string>[] = [{ limit: "9" }, { limit: "201" }, { skip: "-1" }, { status: "down" }, { sort: "password" }, { q: "x".repeat(201) }, { enterpriseId: "nnn/../x" }];
    for (const input of refused) {
      await expect(fleet(input)).rejects.toBeInstanceOf(ZodError);
    }
    expect(n2n().stats.snapshot().total).toBe(calls);
  });
});
