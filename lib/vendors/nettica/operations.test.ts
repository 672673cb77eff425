import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { callOperation } from "@/lib/server/operations/testing/call-operation";
import { testConnectionOf } from "@/lib/server/upstream/testing/test-server";
import { withUnreadableScope } from "@/lib/server/upstream/unreadable-scope";
import type { TServedApp } from "@/simulators/core/serve";
import { serveApp } from "@/simulators/core/testing";
import { NETTICA_CREDENTIALS } from "@/simulators/credentials";
import { createNetticaSimulator, type TNetticaSimulator } from "@/simulators/nettica";
import { netticaOperations } from "./operations";
import type { TNetticaDeviceDetail, TNetticaDeviceList } from "./schemas";

// Every line the server logs while these operations run, through the real (redacting) logger.
const { lines } = vi.hoisted(() => ({ lines: [] as string[] }));
vi.mock("@/lib/server/log", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/server/log")>();
  const logger = actual.createLogger({ write: (line: string) => void lines.push(line) }, "debug");
  return { ...actual, log: logger, logger };
});

let sim: TNetticaSimulator;
let served: TServedApp;
beforeAll(async () => {
  sim = createNetticaSimulator({ seed: 5 });
  served = await serveApp(sim.app);
});
afterAll(async () => {
  sim.close();
  await served.close();
});
beforeEach(() => sim.reset());

// A new connection per test (new id): nothing is served from another test's short cache.
const connectionOf = (apiKey: string = NETTICA_CREDENTIALS.apiKey) => testConnectionOf("nettica", served.url, { apiKey });
/** One BFF read as the catch-all route answers it: the handler's value, with `unreadable` when records were left out. */
async function read<T>(path: string, connection = connectionOf()) {
  const { value, unreadable } = await withUnreadableScope(() => callOperation(netticaOperations, connection, "GET", path, { role: "viewer" }));
  return { ...(value as T), unreadable };
}
const deviceId = (name: string) => [...sim.state.devices.values()].find((d) => d.name === name)!.id;
const statusCalls = () => sim.stats.count("GET /device/:id/status");

describe("Nettica BFF operations against the simulator", () => {
  it("lists every device with its health and VPNs, judged by lastSeen alone", async () => {
    const list = await read<TNetticaDeviceList>("devices");
    expect(list.devices.map((d) => d.id)).toEqual([...sim.state.devices.keys()]);
    expect(new Set(list.devices.map((d) => d.health))).toEqual(new Set(["up", "down", "never"]));
    expect(list.devices.find((d) => d.name === "nyc-gw-01")).toMatchObject({ health: "up", vpns: [{ netName: "edge-pops", endpoint: expect.stringMatching(/:51820$/) }, { netName: "hq-mesh" }] });
    expect(list.devices.find((d) => d.name === "spare-laptop")).toMatchObject({ health: "never", lastSeen: null, vpns: [] });
    expect(list.unreadable).toBeNull();
    expect(statusCalls()).toBe(0);
  });

  it("shows every VPN of a gateway in two VPNs on its page, from GET /vpn (GET /device/:id has none), one VPN list for several pages", async () => {
    const connection = connectionOf();
    const gateway = await read<TNetticaDeviceDetail>(`devices/${deviceId("nyc-gw-01")}`, connection);
    expect(gateway).toMatchObject({ name: "nyc-gw-01", health: "up", unreadable: null });
    expect(gateway.vpns.map((v) => [v.name, v.netName])).toEqual(
      [...sim.state.vpns.values()].filter((v) => v.deviceid === gateway.id).map((v) => [v.name, v.netName]),
    );
    expect(gateway.vpns.map((v) => v.netName).sort()).toEqual(["edge-pops", "hq-mesh"]);
    expect(gateway.vpns[0]!.current).toMatchObject({ publicKey: expect.any(String), endpoint: expect.stringMatching(/:51820$/) });
    expect((await read<TNetticaDeviceDetail>(`devices/${deviceId("spare-laptop")}`, connection)).vpns).toEqual([]);
    expect(sim.stats.count("GET /vpn")).toBe(1);
    expect(statusCalls()).toBe(0);
  });

  it("merges the repeated entries of a user limited to some networks into one row per device", async () => {
    sim.control.limitToNetworks(["hq-mesh", "edge-pops"]);
    const list = await read<TNetticaDeviceList>("devices");
    const ids = list.devices.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(list.devices.find((d) => d.name === "nyc-gw-01")!.vpns.map((v) => v.netName).sort()).toEqual(["edge-pops", "hq-mesh"]);
    expect(list.devices.find((d) => d.name === "monitor-01")!.vpns.map((v) => v.netName).sort()).toEqual(["edge-pops", "hq-mesh"]);
    expect(list.devices.some((d) => d.name === "lab-gw-01")).toBe(false);
  });

  it("shows the rest of the devices when one is odd, and says which and why", async () => {
    const odd = sim.control.addOddDevice({ name: 42 });
    const other = sim.control.addOddDevice({ vpns: "x" });
    const list = await read<TNetticaDeviceList>("devices");
    expect(list.devices).toHaveLength(sim.state.devices.size);
    expect(list.unreadable).toEqual({ count: 2, reasons: [expect.stringMatching(new RegExp(`^device \\d+ \\(${odd.id}\\): name — `)), expect.stringMatching(new RegExp(`^device \\d+ \\(${other.id}\\): vpns — `))] });
  });

  it("lets no device key, service key, enrolment code, instance id, push token or VPN key out: not in an answer, not in a log line", async () => {
    sim.control.addOddDevice({ name: 42 });
    const vpnKeys = [...sim.state.vpns.values()].flatMap((v) => [v.current.privateKey, v.current.presharedKey, v.default?.privateKey ?? ""]).filter(Boolean);
    const secrets = [...sim.control.deviceSecrets(), ...vpnKeys];
    expect(sim.control.deviceSecrets().filter((s) => s.startsWith("ez-")).length).toBeGreaterThan(2);

    const answers: unknown[] = [await read("devices")];
    for (const device of sim.state.devices.values()) answers.push(await read(`devices/${device.id}`));
    const vpn = [...sim.state.vpns.values()][0]!;
    for (const action of ["disable", "enable"]) answers.push(await callOperation(netticaOperations, connectionOf(), "PATCH", `vpns/${vpn.id}/${action}`, { role: "operator" }));
    sim.control.limitToNetworks(["iot-sites", "lab-net"]);
    answers.push(await read("devices"));
    for (const failing of [() => read("devices/device-nope"), () => read("devices", connectionOf(NETTICA_CREDENTIALS.suspendedApiKey))]) {
      answers.push(await failing().catch((error: unknown) => ({ error: String(error), ...(error as object) })));
    }

    const text = JSON.stringify(answers);
    expect(text).toContain(vpn.current.publicKey); // the answers did carry the VPNs' settings
    expect(secrets.filter((secret) => text.includes(secret))).toEqual([]);
    expect(text).not.toMatch(/"(apiKey|serviceApiKey|ezcode|instanceid|push|voip|privateKey|presharedKey)"/);
    const logged = lines.join("\n");
    expect(logged).toMatch(/vendor records left out/);
    expect(logged).toMatch(/"status":404/);
    expect(secrets.filter((secret) => logged.includes(secret))).toEqual([]);
    expect(statusCalls()).toBe(0);
  });

  it("offers no operation that reaches a device's status check-in or a VPN's WireGuard config", () => {
    expect(netticaOperations.map((op) => `${op.method} ${op.path}`)).toEqual(["GET devices", "GET devices/:id", "PATCH vpns/:id/enable", "PATCH vpns/:id/disable"]);
  });
});
