import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { callOperation, type TOperationCall } from "@/lib/server/operations/testing/call-operation";
import { startTestServer, testConnectionOf } from "@/lib/server/upstream/testing/test-server";
import { withUnreadableScope } from "@/lib/server/upstream/unreadable-scope";
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
    const { otaa } = device.enrolment!;
    expect(detail).toMatchObject({ deviceId: device.deviceId, network: "loraWan", name: device.name, enterpriseId: device.enterpriseId, enrolment: { mode: "otaa", class: "A", appEui: otaa!.appEui } });
    expect(JSON.stringify(detail)).not.toContain(otaa!.appKey);

    const list = (await run("GET", `devices/${device.deviceId}/messages`, { input: { limit: "25" } })) as TN2nUplinkList;
    expect(list.uplinks).toHaveLength(25);
    const [newest] = list.uplinks;
    expect(newest!.ts).toBeGreaterThan(list.uplinks[1]!.ts);
    // N2N sent the published shape: port and counter come from network.loraWan.
    expect(newest).toMatchObject({ port: 5, fCnt: expect.any(Number), rssi: expect.any(Number), snr: expect.any(Number), gateway: expect.stringMatching(/^FF01/) });
    expect(newest!.fCnt! - list.uplinks[1]!.fCnt!).toBe(1);
    expect(newest!.readings.find((r) => r.type === "temperature")).toMatchObject({ label: "Temperature", unit: "°C", value: expect.any(Number) });
  });

  it("reads port and counter from a device that still sends the flat shape", async () => {
    const meter = n2n().state.devices.find((d) => d.kind === "water-meter" && !d.silentSince)!;
    const { uplinks } = (await run("GET", `devices/${meter.deviceId}/messages`, { input: { limit: "10" } })) as TN2nUplinkList;
    expect(uplinks).toHaveLength(10);
    expect(uplinks[0]).toMatchObject({ port: 5, fCnt: expect.any(Number), rssi: expect.any(Number) });
  });

  it("opens an ingested (non-LoRaWAN) device by its lower-case id, with readings and no radio", async () => {
    const station = n2n().state.devices.find((d) => d.kind === "weather")!;
    expect(station.deviceId).toMatch(/^[0-9a-f]{5}-ws\d+$/);
    const detail = (await run("GET", `devices/${station.deviceId.toUpperCase()}`)) as TN2nDeviceRow;
    expect(detail).toMatchObject({ deviceId: station.deviceId, network: "ingested", deviceType: "weatherStation", enrolment: { mode: null } });
    const { deviceId, uplinks } = (await run("GET", `devices/${station.deviceId}/messages`, { input: { limit: "10" } })) as TN2nUplinkList;
    expect(deviceId).toBe(station.deviceId);
    expect(uplinks[0]).toMatchObject({ port: null, fCnt: null, rssi: null, gateway: null });
    expect(uplinks[0]!.readings.map((r) => r.type)).toEqual(["temperature", "humidity", "rainfall", "windSpeed"]);
  });

  it("answers 400 for an id that is neither a DevEUI nor an ingested id, and N2N's 404 for an unknown one", async () => {
    for (const id of ["not-hex", "70B3D5", "4a817-x", "4a817-ks5047298.json"]) await expect(run("GET", `devices/${id}`), id).rejects.toBeInstanceOf(ZodError);
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
    expect(n2n().state.devices.find((d) => d.deviceId === "70B3D57ED0001234")?.enrolment?.otaa?.appKey).toBe("00112233445566778899AABBCCDDEEFF");

    const again = (await run("POST", "devices", { input: otaa, role: "operator" }).catch((e: unknown) => e)) as VendorError;
    expect(again.message).toContain("device '70B3D57ED0001234' is already enrolled");
    expect(n2n().stats.count("POST /devices")).toBe(2);
  });

  it("enrols ABP with nwAddress and nwKey; refuses the old names, class B and wrong key lengths before calling N2N; relays N2N's refusal of an unknown enterprise", async () => {
    const abp = { ...otaa, deviceId: "70B3D57ED0005678", enrolment: { mode: "abp", class: "C", abp: { nwAddress: "26011BDA", nwKey: "A".repeat(32) } } };
    expect(await run("POST", "devices", { input: abp })).toMatchObject({ enrolment: { mode: "abp", class: "C", nwAddress: "26011BDA" } });
    expect(n2n().state.devices.find((d) => d.deviceId === "70B3D57ED0005678")?.enrolment).toEqual({ class: "C", mode: "abp", abp: { nwAddress: "26011BDA", nwKey: "A".repeat(32) } });
    const refused = [
      { ...abp, enrolment: { mode: "abp", abp: { devAddr: "26011BDA", nwkSKey: "A".repeat(32) } } },
      { ...otaa, enrolment: { ...otaa.enrolment, class: "B" } },
      { ...otaa, enrolment: { mode: "otaa", otaa: { appEui: "70B3", appKey: "0011" } } },
    ];
    for (const input of refused) await expect(run("POST", "devices", { input })).rejects.toBeInstanceOf(ZodError);
    expect(n2n().stats.count("POST /devices")).toBe(1);

    const unknown = (await run("POST", "devices", { input: { ...otaa, enterpriseId: "nnn.nowhere" } }).catch((e: unknown) => e)) as VendorError;
    expect(unknown).toMatchObject({ refusedRequest: true });
    expect(unknown.message).toContain("enterprise 'nnn.nowhere' does not exist");
  });
});

describe("N2N DL usage", () => {
  it("counts today's calls of the key and the current window", async () => {
    // The wallboard key, which the tests before hardly use: a window they filled would make this one wait for the next.
    const conn = connection({ apiKey: sims.credentials.n2n.readOnlyApiKey, tps: "3", tpd: "5000" });
    // The count is the key's, whichever connection made the call.
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

describe("N2N DL pages with a record Patchbay cannot read", () => {
  it("shows the rest of a full page, says which device was left out and why, and still offers the next page", async () => {
    const page = Array.from({ length: 10 }, (_, i) => ({ deviceId: `A81758FFFE00000${i}`, enterpriseId: "nnn.x", name: `room ${i}` }));
    page[3] = { deviceId: "A81758FFFE000003", enterpriseId: 7 as unknown as string, name: "odd" };
    const server = await startTestServer(() => ({ json: page }));
    try {
      const conn = testConnectionOf("n2n", server.baseUrl, { apiKey: "k".repeat(40) });
      const { value, unreadable } = await withUnreadableScope(() => callOperation(n2nOperations, conn, "GET", "devices", { input: { limit: "10" } }) as Promise<TN2nDevicePage>);
      expect(value).toMatchObject({ received: 10, hasMore: true, total: null });
      expect(value.devices.map((d) => d.name)).toEqual(["room 0", "room 1", "room 2", "room 4", "room 5", "room 6", "room 7", "room 8", "room 9"]);
      expect(unreadable).toEqual({ count: 1, reasons: [expect.stringMatching(/^device 4 \(A81758FFFE000003\): enterpriseId — /)] });
    } finally {
      await server.close();
    }
  });
});

describe("N2N DL readings export", () => {
  it("passes N2N's own CSV of every reading to the browser as a download, for both id forms", async () => {
    const device = n2n().state.devices.find((d) => d.kind === "environment" && !d.silentSince)!;
    const station = n2n().state.devices.find((d) => d.kind === "weather")!;
    for (const { deviceId } of [device, station]) {
      const response = (await run("GET", `devices/${deviceId.toLowerCase()}/readings/export`)) as Response;
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${deviceId}-all-readings.csv"`);
      const lines = (await response.text()).trim().split("\n");
      expect(lines[0]).toBe("ts,isoTime,deviceId,channelId,type,label,value,unit");
      expect(lines.length).toBeGreaterThan(100);
      expect(lines.slice(1).every((line) => line.split(",")[2] === deviceId)).toBe(true);
    }
    expect(n2n().stats.count("GET /devices/:id/readings/export")).toBe(2);
    await expect(run("GET", "devices/not-a-device/readings/export")).rejects.toBeInstanceOf(ZodError);
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
