// `npm run bench`: the performance targets, measured against the in-process simulators on loopback.
import { randomUUID } from "node:crypto";
import { callVendor } from "../lib/server/upstream";
import type { TUpstreamConnection } from "../lib/server/upstream/types";
import { listDevices } from "../lib/vendors/nettica/client";
import { ZNetticaDevices, toNetticaDeviceRow, type TNetticaDevice } from "../lib/vendors/nettica/schemas";
import { startSimulators } from "../simulators";
import { percentile, report, type TBenchResult } from "./bench/measure";
import { tenThousandDeviceHit } from "./bench/cache-hit";
import { attentionAtScale } from "./bench/attention-at-scale";
import { n2nFleetAtScale } from "./bench/n2n-fleet";
import { searchOverFullIndex } from "./bench/search";
import { sharedStateCosts, twoInstanceReads } from "./bench/shared-state";
import { versusProxy } from "./bench/versus-proxy";

const VIEWERS = 500;
const SEQUENTIAL_CALLS = 1_000;
const TABLE_ROWS = 10_000;

async function main() {
  const sims = await startSimulators({ port: 0, seed: 1 });
  const connection: TUpstreamConnection = {
    id: randomUUID(), version: 1, vendor: "nettica", name: "bench", baseUrl: sims.urls.nettica, values: { apiKey: sims.credentials.nettica.apiKey },
  };
  const results: TBenchResult[] = [];

  // N open dashboards asking at once cost one upstream call (coalescing + short cache).
  sims.simulators.nettica.stats.reset();
  let started = performance.now();
  await Promise.all(Array.from({ length: VIEWERS }, () => listDevices(connection)));
  const coalescedMs = performance.now() - started;
  const upstreamCalls = sims.simulators.nettica.stats.count("GET /device");
  results.push({ name: `${VIEWERS} concurrent device lists → upstream calls`, value: upstreamCalls, unit: "calls", target: "1", ok: upstreamCalls === 1 });
  results.push({ name: `${VIEWERS} concurrent device lists, wall time`, value: coalescedMs, unit: "ms", target: "< 500 ms", ok: coalescedMs < 500 });

  // Uncached calls one after another reuse pooled keep-alive connections.
  const latencies: number[] = [];
  for (let i = 0; i < SEQUENTIAL_CALLS; i += 1) {
    started = performance.now();
    await callVendor(connection, { method: "GET", path: "/net", query: { n: i } });
    latencies.push(performance.now() - started);
  }
  const p95 = percentile(latencies, 95);
  results.push({ name: `sequential signed GETs, p50`, value: percentile(latencies, 50), unit: "ms", target: "< 5 ms", ok: percentile(latencies, 50) < 5 });
  results.push({ name: `sequential signed GETs, p95`, value: p95, unit: "ms", target: "< 15 ms", ok: p95 < 15 });

  // Building the device table's rows for 10,000 devices on the server.
  const sample = (await callVendor(connection, { method: "GET", path: "/device" }, ZNetticaDevices)).data;
  const devices: TNetticaDevice[] = Array.from({ length: TABLE_ROWS }, (_, i) => ({ ...sample[i % sample.length]!, id: `device-${i}` }));
  started = performance.now();
  const now = Date.now();
  const rows = devices.map((d) => toNetticaDeviceRow(d, now));
  const rowsMs = performance.now() - started;
  results.push({ name: `${rows.length} device rows built`, value: rowsMs, unit: "ms", target: "< 100 ms", ok: rowsMs < 100 });
  results.push(...(await tenThousandDeviceHit(sample)));

  // Issue 14: the shared state's cost per call, and what it saves over two instances.
  process.env.ENCRYPTION_KEY ??= Buffer.alloc(32, 1).toString("base64");
  results.push(...(await sharedStateCosts(sims)), ...(await twoInstanceReads(sims)));

  // Issue 17: the one search over 10,000 devices, 2,000 blocks, 5,000 N2N devices and 455 Megaport products.
  results.push(...(await searchOverFullIndex(sample)));

  // Issue 15: the built console beside a bare proxy, under the same load.
  results.push(...(await versusProxy()));

  // Issue 17: the overview's attention over a large estate (grows the simulators: keep it last).
  results.push(...(await attentionAtScale(sims)));
  // Issue 18: the N2N devices page over the grown fleet, from its index.
  results.push(...(await n2nFleetAtScale(sims)));

  await sims.close();
  process.exit(report(results) ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
