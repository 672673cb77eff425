import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { netticaTimeMs, ZNetticaDevices, ZNetticaNets, ZNetticaPublicDevice, ZNetticaVpn, ZNetticaVpns } from "@/lib/vendors/nettica/schemas";
import { collectUnreadable } from "@/lib/vendors/tolerant";
import type { TServedApp } from "../core/serve";
import { serveApp, TEST_EPOCH } from "../core/testing";
import { NETTICA_CREDENTIALS } from "../credentials";
import { createNetticaSimulator, type TNetticaSimulator } from ".";

// The contract of VENDORS.md §0 (nettica-com/nettica-admin), as the simulator must answer it.

type TVpnJson = { id: string; name: string; netName: string; deviceid: string; complete?: boolean; current: { endpoint: string; privateKey: string } };
type TDeviceJson = Record<string, unknown> & { id: string; name: string; lastSeen?: string; apiKey: string; ezcode?: string; vpns?: TVpnJson[] };

let sim: TNetticaSimulator;
let served: TServedApp;
const headers = { "X-API-KEY": NETTICA_CREDENTIALS.apiKey };
const get = (path: string, extra: Record<string, string> = {}) => fetch(`${served.url}${path}`, { headers: { ...headers, ...extra } });
const send = (method: string, path: string, body?: unknown) =>
  fetch(`${served.url}${path}`, { method, headers: { ...headers, "Content-Type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) });
const control = (path: string, body?: unknown) => fetch(`${served.url}/_sim${path}`, { method: "POST", body: JSON.stringify(body ?? {}) });
const devices = async () => (await (await get("/device")).json()) as TDeviceJson[];
const deviceNamed = async (name: string) => (await devices()).find((d) => d.name === name)!;
const lastSeenOf = async (id: string) => (await devices()).find((d) => d.id === id)!.lastSeen;
/** The ms of a Nettica time, its sub-millisecond digits cut. */
const msOf = (time: string | undefined) => Math.floor(netticaTimeMs(time ?? "") ?? NaN);

beforeEach(async () => {
  sim = createNetticaSimulator({ seed: 7, now: () => TEST_EPOCH });
  served = await serveApp(sim.app);
});
afterEach(async () => {
  sim.close();
  await served.close();
});

describe("Nettica simulator", () => {
  it("refuses a wrong key with 401 and a suspended account with 403, in Nettica's error body", async () => {
    const wrong = await get("/device", { "X-API-KEY": "nettica-api-wrong" });
    expect([wrong.status, await wrong.json()]).toEqual([401, { error: "Unauthorized" }]);
    const suspended = await get("/device", { "X-API-KEY": NETTICA_CREDENTIALS.suspendedApiKey });
    expect([suspended.status, await suspended.json()]).toEqual([403, { error: "Account Suspended" }]);
    await control("/account/suspend");
    expect((await get("/device")).status).toBe(403);
  });

  it("lists ~40 devices with their VPNs and every device's own secrets, and the schema reads all of it", async () => {
    const raw = await devices();
    const { value: parsed, unreadable } = collectUnreadable(() => ZNetticaDevices.parse(raw));
    expect(unreadable).toEqual([]);
    expect(parsed.map((d) => d.id)).toEqual(raw.map((d) => d.id));
    expect(parsed.flatMap((d) => d.vpns.map((v) => v.id))).toEqual(raw.flatMap((d) => (d.vpns ?? []).map((v) => v.id)));
    expect(parsed.length).toBeGreaterThanOrEqual(35);
    expect(new Set(parsed.flatMap((d) => d.vpns.map((v) => v.netName))).size).toBeGreaterThanOrEqual(4);
    expect(raw.filter((d) => !("lastSeen" in d)).length).toBeGreaterThan(0);
    // A device in no VPN has no `vpns` key at all (omitempty).
    expect(raw.find((d) => d.name === "spare-laptop")).not.toHaveProperty("vpns");
    expect(raw.find((d) => d.vpns)!.vpns![0]!.current.privateKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);

    expect(raw.every((d) => /^device-api-[A-Za-z0-9]{32}$/.test(d.apiKey))).toBe(true);
    for (const [field, pattern] of [["serviceApiKey", /^service-api-/], ["ezcode", /^ez-/], ["instanceid", /^i-0/], ["push", /^[0-9a-f]{64}$/], ["voip", /^[0-9a-f]{64}$/]] as const) {
      const carriers = raw.filter((d) => field in d);
      expect(carriers.length, field).toBeGreaterThan(0);
      expect(carriers.length, field).toBeLessThan(raw.length);
      for (const d of carriers) expect(d[field], field).toMatch(pattern);
    }
    const view = JSON.stringify(raw.map((d) => ZNetticaPublicDevice.parse(ZNetticaDevices.parse([d])[0])));
    expect(view).not.toMatch(/privateKey|presharedKey|apiKey|serviceApiKey|ezcode|instanceid|"push"|"voip"/);
  });

  it("answers the status check-in to the device's own key only: an account key gets 401 with an empty body", async () => {
    const device = await deviceNamed("lon-gw-01"); // silent for a while
    const other = await deviceNamed("nyc-gw-01");
    for (const key of [NETTICA_CREDENTIALS.apiKey, NETTICA_CREDENTIALS.suspendedApiKey, other.apiKey, "nettica-api-wrong"]) {
      const refused = await get(`/device/${device.id}/status`, { "X-API-KEY": key });
      expect([refused.status, await refused.text()], key).toEqual([401, ""]);
    }
    expect(await lastSeenOf(device.id)).toBe(device.lastSeen); // refused calls are no check-in
    const missing = await get("/device/device-nope/status", { "X-API-KEY": device.apiKey });
    expect([missing.status, await missing.json()]).toEqual([404, { error: "device not found" }]);
  });

  it("counts every status call with the device key as a check-in: lastSeen moves to now, on 200 and on 304 alike", async () => {
    const device = await deviceNamed("lon-gw-01");
    expect(TEST_EPOCH - netticaTimeMs(device.lastSeen!)!).toBeGreaterThan(300_000);
    const own = { "X-API-KEY": device.apiKey };
    const first = await get(`/device/${device.id}/status`, own);
    const etag = first.headers.get("ETag")!;
    expect([first.status, etag]).toEqual([200, expect.stringMatching(/^[0-9a-f]{32}$/)]);
    expect(await first.json()).toMatchObject({ id: device.id, device: { id: device.id, apiKey: device.apiKey }, config: expect.any(Array) });
    expect(msOf(await lastSeenOf(device.id))).toBe(sim.clock.now());

    sim.clock.advance(90_000);
    const again = await get(`/device/${device.id}/status`, { ...own, "If-None-Match": etag });
    expect([again.status, await again.text()]).toEqual([304, ""]);
    expect(msOf(await lastSeenOf(device.id))).toBe(sim.clock.now());
    expect((await get(`/device/${device.id}/status`, { ...own, "If-None-Match": `"${etag}"` })).status).toBe(200);

    // A device that never checked in registers at its first check-in: its enrolment code is gone.
    const fresh = await deviceNamed("laptop-olu");
    expect(fresh).toMatchObject({ registered: false, ezcode: expect.stringMatching(/^ez-/) });
    expect(fresh).not.toHaveProperty("lastSeen");
    await get(`/device/${fresh.id}/status`, { "X-API-KEY": fresh.apiKey });
    expect(await deviceNamed("laptop-olu")).toMatchObject({ registered: true, lastSeen: expect.any(String) });
    expect(await deviceNamed("laptop-olu")).not.toHaveProperty("ezcode");
  });

  it("sends a device alone without a vpns key, and its VPNs in GET /vpn by deviceid", async () => {
    const gateway = await deviceNamed("nyc-gw-01");
    const alone = (await (await get(`/device/${gateway.id}`)).json()) as TDeviceJson;
    expect(alone).not.toHaveProperty("vpns");
    expect(alone).toMatchObject({ id: gateway.id, name: "nyc-gw-01", apiKey: gateway.apiKey });
    const vpns = (await (await get("/vpn")).json()) as TVpnJson[];
    const own = vpns.filter((vpn) => vpn.deviceid === gateway.id);
    expect(own.map((vpn) => vpn.netName).sort()).toEqual(["edge-pops", "hq-mesh"]);
    expect(own.map((vpn) => vpn.id).sort()).toEqual(gateway.vpns!.map((vpn) => vpn.id).sort());
    expect(vpns.every((vpn) => vpn.complete === true)).toBe(true);
    expect(collectUnreadable(() => ZNetticaVpns.parse(vpns)).unreadable).toEqual([]);
  });

  it("sends networks with policies, critical, forceUpdate and readonly, no enabled, and a null default on one", async () => {
    const nets = (await (await get("/net")).json()) as Record<string, unknown>[];
    expect(nets).toHaveLength(5);
    expect(collectUnreadable(() => ZNetticaNets.parse(nets))).toMatchObject({ unreadable: [], value: { length: 5 } });
    for (const net of nets) {
      expect(net).not.toHaveProperty("enabled");
      expect(net).toMatchObject({ policies: { userEndpoints: expect.any(Boolean), onlyEndpoints: expect.any(Boolean) }, critical: expect.any(Boolean), forceUpdate: false });
    }
    expect(nets.find((net) => net.netName === "lab-net")).toMatchObject({ default: null });
    expect(nets.find((net) => net.netName === "iot-sites")).toMatchObject({ readonly: true, policies: { onlyEndpoints: true } });
  });

  it("repeats a device once per VPN for a user limited to some networks, and the schema merges them by id", async () => {
    expect((await control("/account/limit", { networks: ["hq-mesh", "edge-pops"] })).status).toBe(204);
    const raw = await devices();
    const gateway = raw.filter((d) => d.name === "nyc-gw-01");
    expect(gateway).toHaveLength(2);
    expect(gateway.map((d) => d.vpns!.map((v) => v.netName))).toEqual([["hq-mesh"], ["edge-pops"]]);
    expect(raw.some((d) => d.name === "lab-gw-01")).toBe(false); // lab-net only
    expect(((await (await get("/vpn")).json()) as TVpnJson[]).every((vpn) => ["hq-mesh", "edge-pops"].includes(vpn.netName))).toBe(true);

    const merged = ZNetticaDevices.parse(raw);
    expect(merged.length).toBe(new Set(raw.map((d) => d.id)).size);
    expect(merged.find((d) => d.name === "nyc-gw-01")!.vpns.map((v) => v.netName).sort()).toEqual(["edge-pops", "hq-mesh"]);

    expect((await control("/account/limit", { networks: null })).status).toBe(204);
    expect((await devices()).filter((d) => d.name === "nyc-gw-01")).toHaveLength(1);
  });

  it("replaces the whole device on PATCH: what the body leaves out is zeroed", async () => {
    const device = (await (await get(`/device/${(await deviceNamed("lon-gw-01")).id}`)).json()) as TDeviceJson;
    const whole = await send("PATCH", `/device/${device.id}`, { ...device, description: "Core gateway", tags: ["core"] });
    expect(whole.status).toBe(200);
    const kept = (await whole.json()) as TDeviceJson;
    expect(kept).toMatchObject({ ...device, description: "Core gateway", tags: ["core"], updated: expect.any(String), lastSeen: expect.any(String) });
    expect(msOf(kept.lastSeen)).toBe(msOf(device.lastSeen));
    expect(kept).not.toHaveProperty("vpns");

    const sparse = await send("PATCH", `/device/${device.id}`, { id: device.id, name: "lon-gw-01", server: device.server, apiKey: device.apiKey });
    const zeroed = (await sparse.json()) as TDeviceJson;
    expect(zeroed).toMatchObject({ name: "lon-gw-01", description: "", enable: false, tags: null, platform: "", os: "", arch: "", version: "", checkInterval: device.checkInterval });
    expect(zeroed).not.toHaveProperty("lastSeen");
    expect((await deviceNamed("lon-gw-01")).lastSeen).toBeUndefined();

    const refusals: [unknown, number, string | RegExp][] = [
      [{ ...device, id: undefined }, 500, "records Id mismatch"],
      [{ ...device, apiKey: undefined }, 500, "failed to validate device"],
      [{ ...device, name: "not a hostname" }, 500, "failed to validate device"],
      [{ ...device, enable: "yes" }, 422, /enable/],
      ["{", 422, /JSON/],
    ];
    for (const [body, status, error] of refusals) {
      const refused = await send("PATCH", `/device/${device.id}`, body);
      expect([refused.status, ((await refused.json()) as { error: string }).error], JSON.stringify(body)).toEqual([status, expect.stringMatching(error)]);
    }
    expect((await send("PATCH", "/device/device-nope", { ...device, id: "device-nope" })).status).toBe(404);
  });

  it("answers DELETE /vpn/:id with {} and only DELETE /device/:id with {\"status\":\"OK\"}", async () => {
    const device = await deviceNamed("db-primary");
    const [first, second] = device.vpns!;
    const vpnGone = await send("DELETE", `/vpn/${first!.id}`);
    expect([vpnGone.status, await vpnGone.json()]).toEqual([200, {}]);
    expect((await get(`/vpn/${first!.id}`)).status).toBe(404);
    const deviceGone = await send("DELETE", `/device/${device.id}`);
    expect([deviceGone.status, await deviceGone.json()]).toEqual([200, { status: "OK" }]);
    expect((await get(`/vpn/${second!.id}`)).status).toBe(404);
    expect(ZNetticaVpn.safeParse(await (await send("PATCH", `/vpn/${first!.id}/enable`)).json()).success).toBe(false);
  });

  it("serves an odd record a test injects beside the others, until it is removed", async () => {
    const added = await control("/odd-devices", { name: 42 });
    const { id } = (await added.json()) as { id: string };
    const raw = await devices();
    expect(raw.find((d) => d.id === id)).toMatchObject({ name: 42, apiKey: expect.stringMatching(/^device-api-/) });
    const { value, unreadable } = collectUnreadable(() => ZNetticaDevices.parse(raw));
    expect(value).toHaveLength(raw.length - 1);
    expect(unreadable).toEqual([{ record: `device ${raw.length} (${id})`, path: "name", message: expect.stringContaining("expected string") }]);
    expect(sim.control.deviceSecrets()).toContain(raw.at(-1)!.apiKey);
    await fetch(`${served.url}/_sim/odd-devices`, { method: "DELETE" });
    expect((await devices()).some((d) => d.id === id)).toBe(false);
  });
});
