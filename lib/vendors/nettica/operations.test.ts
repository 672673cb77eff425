import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchOperation } from "@/lib/server/operations/match-operation";
import { startTestServer, testConnectionOf, type TTestServer } from "@/lib/server/upstream/testing/test-server";
import { netticaOperations } from "./operations";

const KEY = "nettica-api-0123456789abcdefghijABCDEFGHIJ9f2c";
const PRIVATE_KEY = "cHJpdmF0ZS1rZXktdGhhdC1tdXN0LW5vdC1sZWFr";
const PRESHARED_KEY = "cHJlc2hhcmVkLWtleS10aGF0LW11c3Qtbm90LWxlYWs=";
const SEEN = new Date(Date.now() - 60_000).toISOString();

const settings = { endpoint: "198.51.100.1:51820", address: ["10.0.0.1/32"], allowedIPs: ["10.0.0.0/16"], dns: null, listenPort: 51820, mtu: 1420, persistentKeepalive: 0, publicKey: "pub", privateKey: PRIVATE_KEY, presharedKey: PRESHARED_KEY };
const vpn = { id: "vpn-abcdefABCDEF", name: "nyc-gw-01.hq", netid: "net-1", netName: "hq", deviceid: "device-abcdefABCDEF", role: "Ingress", enable: true, current: settings, default: settings };
const device = { id: "device-abcdefABCDEF", name: "nyc-gw-01", description: "NYC gateway", platform: "Linux", os: "linux", arch: "amd64", enable: true, tags: ["gateway"], lastSeen: SEEN, apiKey: "device-api-secret", vpns: [vpn] };

let server: TTestServer;
beforeAll(async () => {
  server = await startTestServer((req) => {
    if (req.headers["x-api-key"] !== KEY) return { status: 401, json: { error: "Unauthorized" } };
    if (req.path === "/device") return { json: [device, { ...device, id: "device-neverSeen001", name: "spare", lastSeen: undefined }] };
    if (req.path === `/device/${device.id}`) return { json: device };
    if (req.path === `/device/${device.id}/status`) return { json: { id: device.id, config: [{ netName: "hq", netid: "net-1", vpns: [vpn] }] }, headers: { etag: "abc" } };
    if (req.path === `/vpn/${vpn.id}/disable`) return { json: { ...vpn, enable: false } };
    return { status: 404, json: { error: "Not found" } };
  });
});
afterAll(() => server.close());

const user = { id: "u1", email: "op@patchbay.test", name: "Operator", role: "operator" as const };

async function call(method: string, path: string) {
  const match = matchOperation(netticaOperations, method, path.split("/"));
  if ("error" in match) throw new Error(`no operation for ${method} ${path}`);
  const connection = testConnectionOf("nettica", server.baseUrl, { apiKey: KEY });
  return match.operation.handler({ connection, params: match.params, input: {}, user });
}

describe("Nettica BFF operations", () => {
  it("lists devices as rows with their health, endpoints and nothing secret", async () => {
    const list = await call("GET", "devices");
    expect(list).toMatchObject({
      devices: [
        { name: "nyc-gw-01", health: "up", vpns: [{ netName: "hq", role: "Ingress", endpoint: "198.51.100.1:51820", enable: true }] },
        { name: "spare", health: "never", lastSeen: null },
      ],
    });
    expect(JSON.stringify(list)).not.toMatch(new RegExp(`${PRIVATE_KEY}|${PRESHARED_KEY}|privateKey|presharedKey|device-api-secret`));
  });

  it("drops privateKey and presharedKey from a device's detail, its status and a toggled VPN", async () => {
    const detail = await call("GET", `devices/${device.id}`);
    expect(detail).toMatchObject({ name: "nyc-gw-01", health: "up", vpns: [{ current: { publicKey: "pub", listenPort: 51820, dns: [] } }] });
    expect(detail).toHaveProperty("fetchedAt");
    const status = await call("GET", `devices/${device.id}/status`);
    const toggled = await call("PATCH", `vpns/${vpn.id}/disable`);
    expect(toggled).toMatchObject({ id: vpn.id, enable: false });
    for (const view of [detail, status, toggled]) {
      expect(JSON.stringify(view)).not.toMatch(new RegExp(`${PRIVATE_KEY}|${PRESHARED_KEY}|privateKey|presharedKey|device-api-secret`));
    }
  });
});
