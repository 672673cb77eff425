import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulators, type TRunningSimulators } from "@/simulators";
import { listDevices, setVpnEnabled } from "@/lib/vendors/nettica/client";
import { callVendor } from "../upstream";
import type { TUpstreamConnection } from "../upstream/types";
import { serveRead } from "./read-answers";

describe("a BFF read built once per cached vendor reply", () => {
  let sims: TRunningSimulators;
  let connection: TUpstreamConnection;
  let builds = 0;
  const devicesKey = () => JSON.stringify([connection.id, "listDevices"]);
  const build = async () => {
    builds += 1;
    return { devices: (await listDevices(connection)).map((device) => ({ name: device.name, vpns: device.vpns.map((vpn) => vpn.enable) })) };
  };
  const get = (etag?: string) => serveRead(new Request("http://console.test/api/v/x", { headers: etag ? { "if-none-match": etag } : {} }), devicesKey(), build);

  beforeAll(async () => {
    sims = await startSimulators({ port: 0 });
    connection = { id: randomUUID(), version: 1, vendor: "nettica", name: "answers", baseUrl: sims.urls.nettica, values: { apiKey: sims.credentials.nettica.apiKey } };
  });
  afterAll(() => sims?.close());

  it("serves the same JSON without building it again, and a 304 with no body to a browser that has it", async () => {
    const first = await get();
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"[\w-]{32}"$/);
    const body = await first.text();
    const before = builds;
    const again = await get();
    expect(await again.text()).toBe(body);
    expect(builds).toBe(before);
    const unchanged = await get(etag);
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe("");
  });

  it("builds again after a change on the connection, with a new ETag", async () => {
    const first = await get();
    const etag = first.headers.get("etag")!;
    const { devices } = (await first.json()) as { devices: { name: string }[] };
    const raw = await callVendor(connection, { method: "GET", path: "/vpn" });
    const vpn = (raw.data as { id: string; enable: boolean }[]).find((v) => v.enable)!;
    await setVpnEnabled(connection, vpn.id, false);
    try {
      const before = builds;
      const changed = await get(etag);
      expect(changed.status).toBe(200);
      expect(builds).toBe(before + 1);
      expect(changed.headers.get("etag")).not.toBe(etag);
      expect(((await changed.json()) as { devices: unknown[] }).devices).toHaveLength(devices.length);
    } finally {
      await setVpnEnabled(connection, vpn.id, true);
    }
  });

  it("keeps nothing built from an uncached call", async () => {
    const key = JSON.stringify(["fresh"]);
    let n = 0;
    const fresh = () => serveRead(new Request("http://console.test/api/v/y"), key, async () => ({ n: ++n, data: (await callVendor(connection, { method: "GET", path: "/device", fresh: true })).status }));
    await fresh();
    await fresh();
    expect(n).toBe(2);
  });
});
