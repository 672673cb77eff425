import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ZN2nApiKeyCreated, ZN2nApiKeys, ZN2nDevice, ZN2nDevices, ZN2nError, ZN2nLogin, ZN2nMessages } from "@/lib/vendors/n2n/schemas";
import type { TServedApp } from "../core/serve";
import { serveApp, TEST_EPOCH } from "../core/testing";
import { N2N_CREDENTIALS } from "../credentials";
import { createN2nSimulator, type TN2nSimulator } from ".";

let sim: TN2nSimulator;
let served: TServedApp;
const basic = (key: string) => ({ Authorization: `Basic ${Buffer.from(`api:${key}`).toString("base64")}` });
const asKey = basic(N2N_CREDENTIALS.apiKey);
const call = (path: string, init: RequestInit = {}, auth: Record<string, string> = asKey) =>
  fetch(`${served.url}${path}`, { ...init, headers: { "Content-Type": "application/json", ...auth, ...(init.headers as Record<string, string>) } });
const roomy = () => sim.control.setKeyLimits(N2N_CREDENTIALS.apiKey, { tps: 100 });

beforeEach(async () => {
  sim = createN2nSimulator({ seed: 5, now: () => TEST_EPOCH });
  served = await serveApp(sim.app);
});
afterEach(async () => {
  sim.close();
  await served.close();
});

describe("N2N DL simulator", () => {
  it("lists ~460 devices across enterprises with an API key as the Basic password; a bad key gets the vendor's 403", async () => {
    roomy();
    const raw = (await (await call("/devices?limit=1000")).json()) as { deviceId: string }[];
    const devices = ZN2nDevices.parse(raw);
    expect(devices.length).toBe(460);
    expect(new Set(devices.map((d) => d.enterpriseId)).size).toBeGreaterThanOrEqual(6);
    // DevEUIs upper-case; the ingested (non-LoRaWAN) devices' ids <md5(enterpriseId) 5 hex>-<custom id>, lower-case.
    const ingested = raw.filter((d) => !/^[0-9A-F]{16}$/.test(d.deviceId));
    expect(ingested).toHaveLength(10);
    expect(ingested.every((d) => /^[0-9a-f]{5}-[a-z0-9]{3,16}$/.test(d.deviceId))).toBe(true);
    expect(ingested.find((d) => d.deviceId.startsWith(createHash("md5").update("nnn.citywater.network").digest("hex").slice(0, 5)))).toBeDefined();
    expect(JSON.stringify(raw)).not.toMatch(/appKey|nwKey|appSKey/);
    const page = ZN2nDevices.parse(await (await call("/devices?limit=10&skip=440")).json());
    expect(page.map((d) => d.deviceId)).toEqual(devices.slice(440, 450).map((d) => d.deviceId));

    const bad = await call("/devices", {}, basic("0000000000000000000000000000000000000000"));
    expect([bad.status, await bad.json()]).toEqual([403, { httpCode: 403, error: "UNAUTHORIZED" }]);
    expect((await call("/devices", {}, {})).status).toBe(403);
  });

  it("answers 400 in its own error shape for limit 9 or 1001 and a negative skip", async () => {
    for (const query of ["limit=9", "limit=1001", "skip=-1", "limit=ten"]) {
      const response = await call(`/devices?${query}`);
      expect(response.status).toBe(400);
      expect(ZN2nError.parse(await response.json())).toMatchObject({ httpCode: 400, error: "BAD_REQUEST" });
    }
    expect((await call("/devices?limit=10")).status).toBe(200);
    expect((await call("/devices?limit=1000&skip=0")).status).toBe(200);
  });

  it("throttles beyond TPS × 5 calls in a 5-second window with 429, and the quota comes back with the next window", async () => {
    const allowed = N2N_CREDENTIALS.tps * 5;
    for (let i = 0; i < allowed; i++) expect((await call("/devices?limit=10")).status).toBe(200);
    const throttled = await call("/devices?limit=10");
    expect(throttled.status).toBe(429);
    expect(ZN2nError.parse(await throttled.json())).toMatchObject({ httpCode: 429 });
    expect(Number(throttled.headers.get("Retry-After"))).toBeGreaterThan(0);
    const stats = (await (await fetch(`${served.url}/_sim/stats`)).json()) as { throttled: number };
    expect(stats.throttled).toBe(1);

    sim.clock.advance(5_000);
    expect((await call("/devices?limit=10")).status).toBe(200);
  });

  it("stops a key at its daily quota until 00:00 UTC", async () => {
    sim.control.setKeyLimits(N2N_CREDENTIALS.apiKey, { tps: 100, tpd: 3 });
    for (let i = 0; i < 3; i++) expect((await call("/devices?limit=10")).status).toBe(200);
    sim.clock.advance(10_000);
    expect((await call("/devices?limit=10")).status).toBe(429);
    const midnight = Date.UTC(2025, 4, 7);
    sim.clock.advance(midnight - sim.clock.now());
    expect((await call("/devices?limit=10")).status).toBe(200);
  });

  it("logs in with email and password, then takes the bearer token until it expires", async () => {
    const reply = await call("/login", { method: "POST", body: JSON.stringify({ email: N2N_CREDENTIALS.email, password: N2N_CREDENTIALS.password }) }, {});
    const session = ZN2nLogin.parse(await reply.json());
    expect(session).toMatchObject({ email: N2N_CREDENTIALS.email, level: "admin", groupIdList: ["nnn.master"] });
    expect(session.expiresAt - session.createdAt).toBe(7 * 86_400);
    const bearer = { Authorization: `Bearer ${session.token}` };
    expect((await call("/devices?limit=10", {}, bearer)).status).toBe(200);
    sim.clock.advance(7 * 86_400_000);
    expect((await call("/devices?limit=10", {}, bearer)).status).toBe(401);
    const wrong = await call("/login", { method: "POST", body: JSON.stringify({ email: N2N_CREDENTIALS.email, password: "nope" }) }, {});
    expect(wrong.status).toBe(401);
    ZN2nError.parse(await wrong.json());
  });

  it("enrols a device, refuses a duplicate, bad hex, a foreign enterprise and a read-only key", async () => {
    roomy();
    const enrolment = {
      deviceId: "70b3d57ed0001234",
      enterpriseId: "nnn.agrinet.farm-north",
      name: "Gate sensor",
      enrolment: { class: "A", mode: "otaa", otaa: { appEui: "70B3D57ED0000000", appKey: "00112233445566778899AABBCCDDEEFF" } },
    };
    const created = await call("/devices", { method: "POST", body: JSON.stringify(enrolment) });
    expect(created.status).toBe(201);
    expect(ZN2nDevice.parse(await created.json())).toMatchObject({ deviceId: "70B3D57ED0001234", enterpriseId: "nnn.agrinet.farm-north" });
    expect((await call("/devices/70B3D57ED0001234")).status).toBe(200);

    const duplicate = await call("/devices", { method: "POST", body: JSON.stringify(enrolment) });
    expect([duplicate.status, ZN2nError.parse(await duplicate.json()).error]).toEqual([409, "CONFLICT"]);
    const badHex = await call("/devices", { method: "POST", body: JSON.stringify({ ...enrolment, deviceId: "XYZ" }) });
    expect(badHex.status).toBe(400);
    const shortKey = await call("/devices", { method: "POST", body: JSON.stringify({ ...enrolment, deviceId: "70B3D57ED0001235", enrolment: { mode: "otaa", otaa: { appEui: "70B3D57ED0000000", appKey: "0011" } } }) });
    expect(shortKey.status).toBe(400);
    const readOnly = basic(N2N_CREDENTIALS.readOnlyApiKey);
    const refused = await call("/devices", { method: "POST", body: JSON.stringify({ ...enrolment, deviceId: "70B3D57ED0001236" }) }, readOnly);
    expect(refused.status).toBe(403);
    const foreign = await call("/devices?enterpriseId=nnn.agrinet", {}, readOnly);
    expect((await foreign.json()) as unknown).toMatchObject({ httpCode: 400, message: "Invalid request: Current user/apiKey doesn't have access to enterprise 'nnn.agrinet'" });
  });

  it("enrols ABP with nwAddress and nwKey (appSKey optional) and OTAA with an optional nwAddress; refuses devAddr/nwkSKey as missing fields and Class B in its own error shape", async () => {
    roomy();
    const post = (deviceId: string, enrolment: unknown) => call("/devices", { method: "POST", body: JSON.stringify({ deviceId, enterpriseId: "nnn", name: "test-abp-device", enrolment }) });
    const abp = { class: "A", mode: "abp", abp: { nwAddress: "FE0311EF", nwKey: "0".repeat(32), appSKey: "0".repeat(32) } };
    expect((await post("A81758FFFE0311EF", abp)).status).toBe(201);
    expect((await post("A81758FFFE0311F0", { ...abp, class: "C", abp: { nwAddress: "FE0311F0", nwKey: "1".repeat(32) } })).status).toBe(201);
    expect((await post("477B41F200300034", { mode: "otaa", otaa: { appEui: "0".repeat(16), appKey: "2b7e151628aed2a6abf7158809cf4f3c", nwAddress: "26011BDA" } })).status).toBe(201);
    const listed = (await (await call("/devices/A81758FFFE0311EF")).json()) as Record<string, unknown>;
    expect(listed).toMatchObject({ enrolment: { class: "A", mode: "abp", abp: { nwAddress: "FE0311EF" } } });
    expect(JSON.stringify(listed)).not.toMatch(/nwKey|appSKey/);

    const oldNames = await post("A81758FFFE0311F1", { class: "A", mode: "abp", abp: { devAddr: "FE0311F1", nwkSKey: "0".repeat(32), appSKey: "0".repeat(32) } });
    expect([oldNames.status, await oldNames.json()]).toEqual([400, { httpCode: 400, error: "BAD_REQUEST", message: "Invalid request: abp.nwAddress is required; abp.nwKey is required" }]);
    const classB = await post("A81758FFFE0311F2", { ...abp, class: "B" });
    expect(classB.status).toBe(400);
    expect(ZN2nError.parse(await classB.json())).toEqual({ httpCode: 400, error: "BAD_REQUEST", message: "Invalid request: Class B devices cannot be enrolled through the API yet; contact NNNCo to enrol them" });
    expect((await post("A81758FFFE0311F3", { ...abp, class: "D" })).status).toBe(400);
    expect(sim.state.devices.filter((d) => d.deviceId.startsWith("A81758FFFE0311F"))).toHaveLength(1);
  });

  it("serves uplinks newest first in the published shape — port and counter under network.loraWan — with readings, units, RSSI and SNR, and a CSV export", async () => {
    roomy();
    const [device] = ZN2nDevices.parse(await (await call("/devices?limit=10&enterpriseId=nnn.smartbuild.tower-a")).json());
    const raw = (await (await call(`/devices/${device.deviceId}/messages?limit=10`)).json()) as Record<string, unknown>[];
    for (const key of ["type", "port", "fCnt"]) expect(raw[0]).not.toHaveProperty(key);
    expect(raw[0]).toMatchObject({ deviceId: device.deviceId, hexPayload: expect.stringMatching(/^[0-9a-f]+$/), deviceType: "Elsys ERS CO2", network: { type: "loraWan", source: "actility" } });
    expect(raw[0]!.network).toMatchObject({ loraWan: { loraPort: 5, uplinkCnt: expect.any(Number), spFact: expect.any(Number), lrrList: [{ lrrId: expect.stringMatching(/^FF01/), rssi: expect.any(Number) }] } });
    const messages = ZN2nMessages.parse(raw);
    expect(messages).toHaveLength(10);
    expect(messages[0].ts).toBeGreaterThan(messages[1].ts);
    expect(messages[0].network!.loraWan!.uplinkCnt! - messages[1].network!.loraWan!.uplinkCnt!).toBe(1);
    expect(messages[0].network?.loraWan?.rssi).toBeLessThan(0);
    expect(typeof messages[0].network?.loraWan?.snr).toBe("number");
    expect(messages[0].readingList.find((r) => r.type === "temperature")).toMatchObject({ unit: "°C", label: "Temperature" });
    const again = ZN2nMessages.parse(await (await call(`/devices/${device.deviceId}/messages?limit=10`)).json());
    expect(again).toEqual(messages);

    const csv = await call(`/devices/${device.deviceId}/readings/export?from=${TEST_EPOCH - 3_600_000}`);
    expect(csv.headers.get("Content-Type")).toContain("text/csv");
    const lines = (await csv.text()).trim().split("\n");
    expect(lines[0]).toBe("ts,isoTime,deviceId,channelId,type,label,value,unit");
    expect(lines.length).toBeGreaterThan(5);
    expect((await call("/devices/0000000000000000/messages")).status).toBe(404);
  });

  it("keeps the flat shape (type uplink, port, fCnt) for the water meters' older integration", async () => {
    roomy();
    const [meter] = ZN2nDevices.parse(await (await call("/devices?limit=10&enterpriseId=nnn.citywater.meters")).json());
    const [newest] = (await (await call(`/devices/${meter!.deviceId}/messages?limit=10`)).json()) as Record<string, unknown>[];
    expect(newest).toMatchObject({ type: "uplink", deviceId: meter!.deviceId, port: 5, fCnt: expect.any(Number), network: { type: "loraWan" } });
  });

  it("serves ingested devices by their lower-case id (asked in any case), with readings and no LoRaWAN signal", async () => {
    roomy();
    const station = sim.state.devices.find((d) => d.kind === "weather")!;
    expect(station.deviceId).toBe(station.deviceId.toLowerCase());
    const asked = await call(`/devices/${station.deviceId.toUpperCase()}`);
    expect(await asked.json()).toMatchObject({ deviceId: station.deviceId, deviceType: "weatherStation", groupIdList: [`${station.enterpriseId}.master`, `${station.enterpriseId}.weather`] });
    const messages = (await (await call(`/devices/${station.deviceId}/messages?limit=10`)).json()) as Record<string, unknown>[];
    expect(messages).toHaveLength(10);
    expect(Object.keys(messages[0]!).sort()).toEqual(["deviceId", "deviceType", "readingList", "ts"]);
    expect(ZN2nMessages.parse(messages)[0]!.readingList.map((r) => r.unit)).toEqual(["°C", "%", "mm", "m/s"]);
    const csv = await (await call(`/devices/${station.deviceId}/readings/export`)).text();
    expect(csv.split("\n")[1]).toContain(`,${station.deviceId},`);
  });

  it("unenrols a device with DELETE: gone from the list and its own route; N2N's 404 and read-only 403 otherwise", async () => {
    roomy();
    const [device] = sim.state.devices;
    const readOnly = await call(`/devices/${device!.deviceId}`, { method: "DELETE" }, basic(N2N_CREDENTIALS.readOnlyApiKey));
    expect(readOnly.status).toBe(403);
    const deleted = await call(`/devices/${device!.deviceId.toLowerCase()}`, { method: "DELETE" });
    expect([deleted.status, await deleted.text()]).toEqual([204, ""]);
    expect((await call(`/devices/${device!.deviceId}`)).status).toBe(404);
    const listed = ZN2nDevices.parse(await (await call("/devices?limit=1000")).json());
    expect(listed.map((d) => d.deviceId)).not.toContain(device!.deviceId);
    const again = await call(`/devices/${device!.deviceId}`, { method: "DELETE" });
    expect([again.status, ZN2nError.parse(await again.json())]).toEqual([404, { httpCode: 404, error: "NOT_FOUND", message: `Device '${device!.deviceId}' not found` }]);
  });

  it("silences a device from a given time (its lastOnline and uplinks stop there) and lets it send again", async () => {
    roomy();
    const device = sim.state.devices.find((d) => d.silentSince === undefined && d.enrolment)!;
    const lastOnline = async () => ZN2nDevice.parse(await (await call(`/devices/${device.deviceId}`)).json()).lastOnline;
    expect(await lastOnline()).toBeGreaterThan(TEST_EPOCH - device.periodMs - 1);
    const since = TEST_EPOCH - 25 * 3_600_000;
    const silenced = await fetch(`${served.url}/_sim/devices/${device.deviceId.toLowerCase()}/silence`, { method: "POST", body: JSON.stringify({ sinceMs: since }) });
    expect(silenced.status).toBe(204);
    expect(await lastOnline()).toBeLessThanOrEqual(since);
    expect(await lastOnline()).toBeGreaterThan(since - device.periodMs - 1);
    const newest = ZN2nMessages.parse(await (await call(`/devices/${device.deviceId}/messages?limit=10`)).json())[0]!;
    expect(newest.ts).toBeLessThanOrEqual(since);
    expect((await fetch(`${served.url}/_sim/devices/${device.deviceId}/resume`, { method: "POST" })).status).toBe(204);
    expect(await lastOnline()).toBeGreaterThan(TEST_EPOCH - device.periodMs - 1);
    expect((await fetch(`${served.url}/_sim/devices/0000000000000000/silence`, { method: "POST" })).status).toBe(404);
  });

  it("manages API keys: the secret shows once, and a deleted key stops working", async () => {
    roomy();
    const created = ZN2nApiKeyCreated.parse(await (await call("/apikeys", { method: "POST", body: JSON.stringify({ name: "CI reader", tps: 3 }) })).json());
    expect(created.key).toMatch(/^[0-9a-f]{40}$/);
    const listed = await (await call("/apikeys")).json();
    expect(JSON.stringify(listed)).not.toContain(created.key);
    expect(ZN2nApiKeys.parse(listed).map((k) => k.id)).toContain(created.id);
    expect((await call("/devices?limit=10", {}, basic(created.key))).status).toBe(200);
    expect((await call(`/apikeys/${created.id}`, { method: "DELETE" })).status).toBe(204);
    expect((await call("/devices?limit=10", {}, basic(created.key))).status).toBe(403);
  });
});
