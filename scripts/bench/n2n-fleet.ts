// The N2N devices page over a large fleet: one scan of every page into the fleet index, then the
// page's own queries (problems first, a search, a status filter, a sort by RSSI, an enterprise, a far
// page) answered from the database, on each database. Runs on the grown simulators (attention-at-scale.ts).
import { randomUUID } from "node:crypto";
import type { TRunningSimulators } from "../../simulators";
import { ZFleetQuery, type TFleetQueryInput } from "../../lib/n2n-fleet/fleet-query-input";
import { backgroundSettled } from "../../lib/server/background-work";
import { useDatabaseForTests as pointProcessAt } from "../../lib/server/db/client";
import { queryFleet } from "../../lib/server/n2n-fleet/fleet-query";
import { freshFleet } from "../../lib/server/n2n-fleet/fleet-scan";
import { forgetConnectionState } from "../../lib/server/upstream/forget-connection-state";
import type { TUpstreamConnection } from "../../lib/server/upstream/types";
import { percentile, type TBenchResult } from "./measure";
import { backends } from "./shared-state";

const ROUNDS = 20;
const QUERIES: TFleetQueryInput[] = [
  {},
  { q: "tank" },
  { status: "silent" },
  { sort: "rssi", dir: "desc" },
  { enterpriseId: "nnn.agrinet" },
  { skip: 4_000, sort: "lastUplink", dir: "desc" },
];

export async function n2nFleetAtScale(sims: TRunningSimulators): Promise<TBenchResult[]> {
  const devices = sims.simulators.n2n.state.devices.length;
  sims.simulators.n2n.control.setKeyLimits(sims.credentials.n2n.apiKey, { tps: 100_000, tpd: 10_000_000 });
  const results: TBenchResult[] = [];
  for (const backend of backends().filter((b) => b.name !== "memory only")) {
    const database = (await backend.open())!;
    pointProcessAt(database);
    const connection: TUpstreamConnection = { id: randomUUID(), version: 1, vendor: "n2n", name: "bench", baseUrl: sims.urls.n2n, values: { apiKey: sims.credentials.n2n.apiKey, tps: "100000" } };
    try {
      let started = performance.now();
      const scan = await freshFleet(connection);
      const scanMs = performance.now() - started;
      const times: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        for (const input of QUERIES) {
          started = performance.now();
          await queryFleet(scan, ZFleetQuery.parse({ limit: 50, ...input }), 24);
          times.push(performance.now() - started);
        }
      }
      const median = percentile(times, 50);
      results.push({
        name: `N2N devices page over ${devices.toLocaleString("en")} devices, ${backend.name}: one query (filter, sort, page and counts), median of ${times.length} (p95 ${percentile(times, 95).toFixed(1)} ms; the scan into the index took ${scanMs.toFixed(0)} ms for ${scan.devices.toLocaleString("en")} devices)`,
        value: median,
        unit: "ms",
        target: "< 50 ms",
        ok: median < 50 && scan.devices === devices,
      });
    } finally {
      await backgroundSettled();
      await forgetConnectionState(connection.id);
      pointProcessAt(undefined);
      await database.close();
    }
  }
  return results;
}
