import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { callOperation, type TOperationCall } from "@/lib/server/operations/testing/call-operation";
import { startTestServer, testConnectionOf } from "@/lib/server/upstream/testing/test-server";
import type { VendorError } from "@/lib/server/upstream/vendor-error";
import { startSimulators, type TRunningSimulators } from "@/simulators";
import { n2nOperations } from "./operations";
import type { TN2nDevicePage, TN2nDeviceRow, TN2nUplinkList, TN2nUsage } from "./schemas";

let sims: TRunningSimulators;
beforeAll(async () => {
  sims = await startSimulators({ port: 0, seed: 7 });
});
afterAll(() => sims.close());
beforeEach(() => {
  sims.simulators.n2n.reset();
  sims.simulators.n2n.control.setKeyLimits(sims.credentials.n2n.apiKey, { tps: 100 });
});

const n2n = () => sims.simulators.n2n;
// A new connection per call (new id): nothing is served from another call's short cache.
const connection = (values: Record<string, string> = {}) => testConnectionOf("n2n", sims.urls.n2n, { apiKey: sims.credentials.n2n.apiKey, tps: "100", ...values });
const run = (method: string, path: string, call?: TOperationCall) => callOperation(n2nOperations, connection(), method, path, call);
const page = (input: Record<string, string>) => run("GET", "devices", { input, role: "viewer" }) as Promise<TN2nDevicePage>;

describe("N2N DL devices, page by page", () => {
  it("refuses page sizes 9 and 1001 and a negative skip before any call reaches N2N", async () => {
    const refused: Record<string, string>[] = [{ limit: "9" }, { limit: "1001" }, { skip: "-1" }, { limit: "ten" }, { enterpriseId: "nnn/../x" }];
    for (const input of refused) {
      await expect(page(input)).rejects.toBeInstanceOf(ZodError);
    }
    await expect(run("GET", "devices/70B3D5/messages", { input: { limit: "1001" } })).rejects.toBeInstanceOf(ZodError);
    expect(n2n().stats.snapshot().total).toBe(0);
    expect((await page({ limit: "10" })).devices).toHaveLength(10);
    expect((await page({ limit: "1000" })).devices.length).toBeGreaterThan(400);
    expect(n2n().stats.snapshot().byStatus).toEqual({ "200": 2 });
  });

  it("walks every device once with limit/skip; the short last page tells the total", async () => {
    const all = n2n().state.devices.map((d) => d.deviceId);
    const seen: string[] = [];
    let current = await page({ limit: "200" });
    expect(current).toMatchObject({ limit: 200, skip: 0, total: null, hasMore: true });
    seen.push(...current.devices.map((d) => d.deviceId));
    while (current.hasMore) {
      current = await page({ limit: "200", skip: String(current.skip + current.limit) });
      seen.push(...current.devices.map((d) => d.deviceId));
    }
    expect(seen).toEqual(all);
    expect(current.total).toBe(all.length);
    expect(n2n().stats.snapshot().byRoute["GET /devices"]).toBe(Math.ceil(all.length / 200));
  });

  it("filters by enterprise on the vendor's side, and shows N2N's own message when the key may not see one", async () => {
    const farm = await page({ enterpriseId: "nnn.agrinet", limit: "1000" });
    expect(farm.devices.length).toBe(n2n().state.devices.filter((d) => d.enterpriseId.startsWith("nnn.agrinet.")).length);
    expect(new Set(farm.devices.map((d) => d.enterpriseId))).toEqual(new Set(["nnn.agrinet.farm-north", "nnn.agrinet.farm-south"]));

    const readOnly = testConnectionOf("n2n", sims.urls.n2n, { apiKey: sims.credentials.n2n.readOnlyApiKey });
    const error = (await callOperation(n2nOperations, readOnly, "GET", "devices", { input: { enterpriseId: "nnn.agrinet" } }).catch((e: unknown) => e)) as VendorError;
    expect(error).toMatchObject({ code: "upstream_error", status: 400 });
    expect(error.message).toContain("Current user/apiKey doesn't have access to enterprise 'nnn.agrinet'");
  });
});

describe("N2N DL device detail and uplinks", () => {
  it("shows a device without any key, and its latest uplinks with signal, gateway and readings with units", async () => {
    const device = n2n().state.devices.find((d) => d.kind === "environment" && !d.silentSince)!;
    const detail = (await run("GET", `devices/${device.deviceId.toLowerCase()}`)) as TN2nDeviceRow;
    expect(detail).toMatchObject({ deviceId: device.deviceId, name: device.name, enterpriseId: device.enterpriseId, enrolment: { mode: "otaa", class: "A", appEui: device.enrolment.otaa!.appEui } });
    expect(JSON.stringify(detail)).not.toContain(device.enrolment.otaa!.appKey);

    const list = (await run("GET", `devices/${device.deviceId}/messages`, { input: { limit: "25" } })) as TN2nUplinkList;
    expect(list.uplinks).toHaveLength(25);
    const [newest] = list.uplinks;
    expect(newest!.ts).toBeGreaterThan(list.uplinks[1]!.ts);
    expect(newest).toMatchObject({ port: 5, rssi: expect.any(Number), snr: expect.any(Number), gateway: expect.stringMatching(/^FF01/) });
    expect(newest!.readings.find((r) => r.type === "temperature")).toMatchObject({ label: "Temperature", unit: "°C", value: expect.any(Number) });
  });

  it("answers 400 for a DevEUI that is not 16 hex characters and N2N's 404 for an unknown one", async () => {
    await expect(run("GET", "devices/not-hex")).rejects.toBeInstanceOf(ZodError);
    const missing = (await run("GET", "devices/0000000000000000").catch((e: unknown) => e)) as VendorError;
    expect(missing).toMatchObject({ status: 404 });
    expect(missing.message).toContain("Device '0000000000000000' not found");
  });
});

describe("N2N DL enrolment", () => {
  const otaa = { deviceId: "70b3d57ed0001234", enterpriseId: "nnn.logistics", name: "Pallet tracker 1", enrolment: { mode: "otaa", class: "A", otaa: { appEui: "70B3D57ED0000000", appKey: "00112233445566778899AABBCCDDEEFF" } } };

  it("enrols an OTAA device as an operator, once, and never echoes the app key", async () => {
    await expect(run("POST", "devices", { input: otaa, role: "viewer" })).rejects.toMatchObject({ status: 403 });
    const created = (await run("POST", "devices", { input: otaa, role: "operator" })) as TN2nDeviceRow;
    expect(created).toMatchObject({ deviceId: "70B3D57ED0001234", enterpriseId: "nnn.logistics", enrolment: { mode: "otaa", appEui: "70B3D57ED0000000" } });
    expect(JSON.stringify(created)).not.toContain("00112233445566778899AABBCCDDEEFF");
    expect(n2n().state.devices.find((d) => d.deviceId === "70B3D57ED0001234")?.enrolment.otaa?.appKey).toBe("00112233445566778899AABBCCDDEEFF");

    const again = (await run("POST", "devices", { input: otaa, role: "operator" }).catch((e: unknown) => e)) as VendorError;
    expect(again.message).toContain("device '70B3D57ED0001234' is already enrolled");
    expect(n2n().stats.count("POST /devices")).toBe(2);
  });

  it("enrols ABP; refuses wrong key lengths before calling N2N; relays N2N's refusal of an unknown enterprise", async () => {
    const abp = { ...otaa, deviceId: "70B3D57ED0005678", enrolment: { mode: "abp", class: "C", abp: { devAddr: "26011BDA", nwkSKey: "A".repeat(32), appSKey: "B".repeat(32) } } };
    expect(await run("POST", "devices", { input: abp })).toMatchObject({ enrolment: { mode: "abp", class: "C", devAddr: "26011BDA" } });
    const short = { ...otaa, enrolment: { mode: "otaa", otaa: { appEui: "70B3", appKey: "0011" } } };
    await expect(run("POST", "devices", { input: short })).rejects.toBeInstanceOf(ZodError);
    expect(n2n().stats.count("POST /devices")).toBe(1);

    const unknown = (await run("POST", "devices", { input: { ...otaa, enterpriseId: "nnn.nowhere" } }).catch((e: unknown) => e)) as VendorError;
    expect(unknown).toMatchObject({ refusedRequest: true });
    expect(unknown.message).toContain("enterprise 'nnn.nowhere' does not exist");
  });
});

describe("N2N DL usage", () => {
  it("counts today's calls of the key and the current window", async () => {
    const conn = connection({ tps: "3", tpd: "5000" });
    // Earlier tests used the same key, and the count is the key's, whichever connection made the call.
    const before = (await callOperation(n2nOperations, conn, "GET", "usage")) as TN2nUsage;
    await callOperation(n2nOperations, conn, "GET", "devices", { input: { limit: "10" } });
    await callOperation(n2nOperations, conn, "GET", "devices", { input: { limit: "10", skip: "10" } });
    const usage = (await callOperation(n2nOperations, conn, "GET", "usage", { role: "viewer" })) as TN2nUsage;
    expect(usage.callsToday - before.callsToday).toBe(2);
    expect(usage.window!.used - before.window!.used).toBe(2);
    expect(usage).toMatchObject({ perDay: 5000, window: { limit: 15, windowMs: 5_000 } });
    expect(usage.day).toBe(new Date().toISOString().slice(0, 10));
  });
});

describe("N2N DL total", () => {
  it("shows the total when the vendor sends X-Total-Count", async () => {
    const server = await startTestServer(() => ({ json: [{ deviceId: "a81758fffe000001", enterpriseId: "nnn.x", name: "one" }], headers: { "x-total-count": "1234" } }));
    try {
      const conn = testConnectionOf("n2n", server.baseUrl, { apiKey: "k".repeat(40) });
      const result = (await callOperation(n2nOperations, conn, "GET", "devices", { input: { limit: "10", skip: "20" } })) as TN2nDevicePage;
      expect(result).toMatchObject({ total: 1234, hasMore: true, devices: [{ deviceId: "A81758FFFE000001", name: "one", groupIdList: [] }] });
      expect(server.seen[0]!.rawQuery).toBe("limit=10&skip=20");
    } finally {
      await server.close();
    }
  });
});

describe("N2N DL with email and password", () => {
  it("signs in once; after N2N expires the session, ten pages asked at once share one new sign-in", async () => {
    const { email, password } = sims.credentials.n2n;
    const conn = testConnectionOf("n2n", sims.urls.n2n, { email, password, tps: "50" });
    const pageOf = (skip: number) => callOperation(n2nOperations, conn, "GET", "devices", { input: { limit: "10", skip: String(skip) } }) as Promise<TN2nDevicePage>;
    expect((await pageOf(0)).devices).toHaveLength(10);
    n2n().control.expireSessions();
    const pages = await Promise.all(Array.from({ length: 10 }, (_, i) => pageOf((i + 1) * 10)));
    expect(new Set(pages.flatMap((p) => p.devices.map((d) => d.deviceId))).size).toBe(100);
    expect(n2n().stats.count("POST /login")).toBe(2);
    expect(n2n().stats.snapshot().byStatus["401"]).toBeGreaterThanOrEqual(1);
  });
});
