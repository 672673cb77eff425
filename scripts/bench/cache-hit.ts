// The server time of a BFF read served from the cache: 10,000 Nettica devices, listed through the
// same operation and answer cache as /api/v/nettica/<connection>/devices.
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { serveRead } from "../../lib/server/operations/read-answers";
import type { TUpstreamConnection } from "../../lib/server/upstream/types";
import { netticaOperations } from "../../lib/vendors/nettica/operations";
import { percentile, type TBenchResult } from "./measure";

const DEVICES = 10_000;
const HITS = 200;

export async function tenThousandDeviceHit(sample: unknown[]): Promise<TBenchResult[]> {
  const body = JSON.stringify(Array.from({ length: DEVICES }, (_, i) => ({ ...(sample[i % sample.length] as object), id: `device-${i}`, name: `device-${i}` })));
  const vendor = createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(body));
  await new Promise<void>((resolve) => vendor.listen(0, "127.0.0.1", resolve));
  try {
    const connection: TUpstreamConnection = { id: randomUUID(), version: 1, vendor: "nettica", name: "bench 10k", baseUrl: `http://127.0.0.1:${(vendor.address() as AddressInfo).port}`, values: { apiKey: "bench" } };
    const listDevices = netticaOperations.find((operation) => operation.name === "listDevices")!;
    const ctx = { connection, params: {}, input: {}, user: { id: "bench", email: "bench@patchbay.test", name: "", role: "admin" as const }, otp: undefined };
    const read = () => serveRead(new Request("http://console.test/"), JSON.stringify([connection.id, "listDevices"]), () => listDevices.handler(ctx)).then((r) => r.text());
    let started = performance.now();
    const answer = await read();
    const missMs = performance.now() - started;
    const times: number[] = [];
    for (let n = 0; n < HITS; n++) {
      started = performance.now();
      await read();
      times.push(performance.now() - started);
    }
    const hit = percentile(times, 50);
    return [
      { name: `${DEVICES} devices, BFF read from the cache, median of ${HITS} (first read, from the vendor: ${missMs.toFixed(0)} ms; ${(answer.length / 1e6).toFixed(1)} MB of JSON)`, value: hit, unit: "ms", target: "≤ 10 ms", ok: hit <= 10 },
    ];
  } finally {
    await new Promise((resolve) => vendor.close(resolve));
  }
}
