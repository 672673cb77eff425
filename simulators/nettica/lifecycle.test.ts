import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { netticaTimeMs } from "@/lib/vendors/nettica/schemas";
import type { TServedApp } from "../core/serve";
import { serveApp, TEST_EPOCH } from "../core/testing";
import { NETTICA_CREDENTIALS } from "../credentials";
import { createNetticaSimulator, type TNetticaSimulator } from ".";

type TDeviceJson = { id: string; name: string; lastSeen?: string; vpns?: { id: string; name: string; current: { endpoint: string } }[] };

let sim: TNetticaSimulator;
let served: TServedApp;
const headers = { "X-API-KEY": NETTICA_CREDENTIALS.apiKey };
const get = (path: string, extra: Record<string, string> = {}) => fetch(`${served.url}${path}`, { headers: { ...headers, ...extra } });
const devices = async () => (await (await get("/device")).json()) as TDeviceJson[];

/** The seed's monitor: a VPN with an endpoint on a device silent for more than 300 s is down. */
function downVpns(list: TDeviceJson[], now: number): string[] {
  return list.flatMap((device) => {
    if (device.lastSeen === undefined) return [];
    const silentSeconds = (now - (netticaTimeMs(device.lastSeen) ?? 0)) / 1000;
    return silentSeconds > 300 ? (device.vpns ?? []).filter((vpn) => vpn.current.endpoint !== "").map((vpn) => vpn.name) : [];
  });
}

beforeEach(async () => {
  sim = createNetticaSimulator({ seed: 7, now: () => TEST_EPOCH });
  served = await serveApp(sim.app);
});
afterEach(async () => {
  sim.close();
  await served.close();
});

describe("Nettica simulator over time", () => {
  it("moves lastSeen forward for live devices (variable fraction digits) and keeps it for dead ones", async () => {
    const before = await devices();
    sim.clock.advance(60_000);
    const after = await devices();
    const moved = after.filter((d, i) => d.lastSeen && before[i].lastSeen && netticaTimeMs(d.lastSeen)! > netticaTimeMs(before[i].lastSeen!)!);
    const stalled = after.filter((d, i) => d.lastSeen && d.lastSeen === before[i].lastSeen);
    expect(moved.length).toBeGreaterThan(20);
    expect(stalled.length).toBeGreaterThan(3);
    const fractionLengths = new Set(after.flatMap((d) => (d.lastSeen ? [/\.(\d+)Z$/.exec(d.lastSeen)?.[1].length ?? 0] : [])));
    expect(fractionLengths.size).toBeGreaterThan(2);
  });

  it("follows the seed's monitor: a gateway taken down goes down after 300 s and comes back up", async () => {
    const initiallyDown = downVpns(await devices(), sim.clock.now());
    expect(initiallyDown.length).toBeGreaterThan(0);
    const gateway = (await devices()).find((d) => d.name === "nyc-gw-01")!;
    expect(initiallyDown.some((name) => name.startsWith("nyc-gw-01"))).toBe(false);

    expect((await fetch(`${served.url}/_sim/devices/${gateway.id}/down`, { method: "POST" })).status).toBe(204);
    sim.clock.advance(250_000);
    expect(downVpns(await devices(), sim.clock.now()).some((name) => name.startsWith("nyc-gw-01"))).toBe(false);
    sim.clock.advance(100_000);
    expect(downVpns(await devices(), sim.clock.now()).filter((name) => name.startsWith("nyc-gw-01"))).toHaveLength(2);

    await fetch(`${served.url}/_sim/devices/${gateway.id}/up`, { method: "POST" });
    sim.clock.advance(15_000);
    expect(downVpns(await devices(), sim.clock.now()).some((name) => name.startsWith("nyc-gw-01"))).toBe(false);
  });

  it("counts every request per route and injects faults through the control API", async () => {
    await devices();
    await get("/device", { "X-API-KEY": "bad" });
    await fetch(`${served.url}/_sim/faults/next`, { method: "POST", body: JSON.stringify({ kind: "error", status: 503 }) });
    const failed = await get("/device");
    expect([failed.status, await failed.json()]).toEqual([503, { error: "Injected fault" }]);
    await fetch(`${served.url}/_sim/faults/next`, { method: "POST", body: JSON.stringify({ kind: "drop" }) });
    await expect(get("/device")).rejects.toThrow();
    await fetch(`${served.url}/_sim/faults`, { method: "POST", body: JSON.stringify({ hangMs: 5_000 }) });
    await fetch(`${served.url}/_sim/faults/next`, { method: "POST", body: JSON.stringify({ kind: "timeout" }) });
    await expect(fetch(`${served.url}/device`, { headers, signal: AbortSignal.timeout(100) })).rejects.toThrow();

    const stats = (await (await fetch(`${served.url}/_sim/stats`)).json()) as { byRoute: Record<string, number>; byStatus: Record<string, number> };
    expect(stats.byRoute["GET /device"]).toBeGreaterThanOrEqual(4);
    expect(stats.byStatus).toMatchObject({ "200": 1, "401": 1, "503": 1, dropped: 1 });
  });

  it("can act and then lose or delay its reply, as a lossy proxy would", async () => {
    const [device] = (await devices()).filter((d) => (d.vpns ?? []).length > 0);
    const vpn = device!.vpns![0]!;
    const disable = (signal?: AbortSignal) => fetch(`${served.url}/vpn/${vpn.id}/disable`, { method: "PATCH", headers, signal });
    const enabledNow = async () => ((await (await get(`/vpn/${vpn.id}`)).json()) as { enable: boolean }).enable;
    await fetch(`${served.url}/_sim/faults/next`, { method: "POST", body: JSON.stringify({ kind: "lose-reply", pathPrefix: "/vpn/" }) });
    await expect(disable()).rejects.toThrow();
    expect(await enabledNow()).toBe(false); // the change happened although nobody heard the answer
    await fetch(`${served.url}/vpn/${vpn.id}/enable`, { method: "PATCH", headers });
    await fetch(`${served.url}/_sim/faults`, { method: "POST", body: JSON.stringify({ hangMs: 5_000 }) });
    await fetch(`${served.url}/_sim/faults/next`, { method: "POST", body: JSON.stringify({ kind: "late-reply", pathPrefix: "/vpn/" }) });
    await expect(disable(AbortSignal.timeout(200))).rejects.toThrow();
    expect(await enabledNow()).toBe(false);
  });

  it("builds the same data from the same seed, and reset brings it back", async () => {
    const first = await devices();
    const twin = createNetticaSimulator({ seed: 7, now: () => TEST_EPOCH });
    const twinDevices = (await (await twin.app.request("/device", { headers })).json()) as TDeviceJson[];
    expect(twinDevices.map((d) => d.id)).toEqual(first.map((d) => d.id));
    await fetch(`${served.url}/device/${first[0].id}`, { method: "DELETE", headers });
    await fetch(`${served.url}/_sim/odd-devices`, { method: "POST", body: JSON.stringify({ vpns: "x" }) });
    await fetch(`${served.url}/_sim/account/limit`, { method: "POST", body: JSON.stringify({ networks: ["lab-net"] }) });
    await fetch(`${served.url}/_sim/reset`, { method: "POST" });
    expect((await devices()).map((d) => d.id)).toEqual(first.map((d) => d.id));
  });
});
