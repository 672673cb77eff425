// What keeping vendor state in the database costs per proxied call, and what it saves across instances.
import { randomUUID } from "node:crypto";
// The bench points the process at each database in turn, as the tests do.
import { useDatabaseForTests as pointProcessAt } from "../../lib/server/db/client";
import { openDatabase, type TDatabase } from "../../lib/server/db/open-database";
import { callVendor } from "../../lib/server/upstream";
import { sharedRead } from "../../lib/server/upstream/shared-reads";
import type { TUpstreamConnection } from "../../lib/server/upstream/types";
import type { TRunningSimulators } from "../../simulators";
import { benchServerUrl, freshPostgres, freshPostgresUrl } from "./fresh-postgres";
import { percentile, type TBenchResult } from "./measure";

const CALLS = 300;
const VIEWERS = 200;

type TBackend = { name: string; open: () => Promise<TDatabase | null> };

/** The backends to compare: memory only (no database, as before), PGlite, and a Postgres server when one is configured. */
export function backends(): TBackend[] {
  const list: TBackend[] = [
    { name: "memory only", open: async () => null },
    { name: "PGlite", open: () => openDatabase({ dir: null }) },
  ];
  const serverUrl = benchServerUrl();
  if (serverUrl) list.push({ name: "Postgres", open: () => freshPostgres(serverUrl) });
  return list;
}

async function medianOf(call: (n: number) => Promise<unknown>): Promise<number> {
  const latencies: number[] = [];
  for (let n = 0; n < CALLS; n++) {
    const started = performance.now();
    await call(n);
    latencies.push(performance.now() - started);
  }
  return percentile(latencies, 50);
}

/** Per backend: a cached read that misses (stored for every instance), and a throttled N2N call (admitted for every instance). */
export async function sharedStateCosts(sims: TRunningSimulators): Promise<TBenchResult[]> {
  const results: TBenchResult[] = [];
  const medians = new Map<string, { read: number; throttled: number }>();
  for (const backend of backends()) {
    const database = await backend.open();
    pointProcessAt(database ?? undefined);
    try {
      const nettica: TUpstreamConnection = { id: randomUUID(), version: 1, vendor: "nettica", name: "bench", baseUrl: sims.urls.nettica, values: { apiKey: sims.credentials.nettica.apiKey } };
      const n2n: TUpstreamConnection = { id: randomUUID(), version: 1, vendor: "n2n", name: "bench", baseUrl: sims.urls.n2n, values: { apiKey: sims.credentials.n2n.apiKey, tps: "100000" } };
      // A quota far above the bench, so the throttle admits at once and only its bookkeeping is measured.
      sims.simulators.n2n.control.setKeyLimits(sims.credentials.n2n.apiKey, { tps: 100_000, tpd: 10_000_000 });
      const read = await medianOf((n) => callVendor(nettica, { method: "GET", path: "/net", query: { n }, cacheTtlMs: 5_000 }));
      const throttled = await medianOf((n) => callVendor(n2n, { method: "GET", path: "/devices", query: { limit: 10, skip: n } }));
      medians.set(backend.name, { read, throttled });
    } finally {
      pointProcessAt(undefined);
      await database?.close();
    }
  }
  const base = medians.get("memory only")!;
  for (const [name, m] of medians) {
    if (name === "memory only") continue;
    results.push({ name: `cached read, miss, median: ${name} vs memory only (+${(m.read - base.read).toFixed(2)} ms)`, value: m.read, unit: "ms", target: `< ${(base.read + 10).toFixed(1)} ms`, ok: m.read < base.read + 10 });
    results.push({ name: `throttled N2N call, median: ${name} vs memory only (+${(m.throttled - base.throttled).toFixed(2)} ms)`, value: m.throttled, unit: "ms", target: `< ${(base.throttled + 10).toFixed(1)} ms`, ok: m.throttled < base.throttled + 10 });
  }
  results.push({ name: "cached read, miss, median: memory only", value: base.read, unit: "ms", target: "reference", ok: true });
  results.push({ name: "throttled N2N call, median: memory only", value: base.throttled, unit: "ms", target: "reference", ok: true });
  return results;
}

/** Two instances (two connection pools on one Postgres) with VIEWERS readers between them: upstream calls for one list. */
export async function twoInstanceReads(sims: TRunningSimulators): Promise<TBenchResult[]> {
  const serverUrl = benchServerUrl();
  if (!serverUrl) return [];
  const { url, drop } = await freshPostgresUrl(serverUrl);
  const instances = [await openDatabase({ url }), await openDatabase({ url })];
  try {
    const key = `bench-two-instances-${randomUUID()}`;
    const before = sims.simulators.nettica.stats.count("GET /device");
    const load = () => fetch(`${sims.urls.nettica}/device`, { headers: { "X-API-KEY": sims.credentials.nettica.apiKey } }).then((r) => r.json());
    const started = performance.now();
    // Each reader asks through its instance's pool, as a request on that instance would after missing its own memory.
    await Promise.all(
      Array.from({ length: VIEWERS }, async (_, n) => {
        pointProcessAt(instances[n % 2]);
        return sharedRead(key, "bench", 5_000, load);
      }),
    );
    const wallMs = performance.now() - started;
    const calls = sims.simulators.nettica.stats.count("GET /device") - before;
    return [
      { name: `${VIEWERS} readers over two instances → upstream calls (one instance: 1)`, value: calls, unit: "calls", target: "1", ok: calls === 1 },
      { name: `${VIEWERS} readers over two instances, wall time`, value: wallMs, unit: "ms", target: "< 2000 ms", ok: wallMs < 2_000 },
    ];
  } finally {
    pointProcessAt(undefined);
    await Promise.all(instances.map((i) => i.close()));
    await drop();
  }
}
