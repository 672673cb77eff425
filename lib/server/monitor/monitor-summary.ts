import "server-only";
import { and, asc, count, eq, inArray, max } from "drizzle-orm";
import type { TMonitorSummary } from "@/lib/alerts/event-schemas";
import { upstreamConnections } from "../connections";
import { getDb } from "../db/client";
import { monitorState } from "../db/schema";
import { monitorIntervalS, monitorRunsInProcess } from "./monitor-settings";
import { monitorStateKey } from "./state-key";

/**
 * How many VPNs are watched, which are down now, and when a pass last judged them — for the
 * connections this instance has (an instance without the NETTICA_* variables does not show the
 * environment connection's VPNs, as its Nettica pages do not).
 */
export async function monitorSummary(): Promise<TMonitorSummary> {
  const db = await getDb();
  const names = new Map((await upstreamConnections("nettica")).map((c) => [monitorStateKey(c), c.name]));
  const ours = inArray(monitorState.connectionId, names.size ? [...names.keys()] : [""]);
  const [totals] = await db.select({ watched: count(), lastCheckAt: max(monitorState.updatedAt) }).from(monitorState).where(ours);
  const down = await db.select().from(monitorState).where(and(ours, eq(monitorState.state, "down"))).orderBy(asc(monitorState.since)).limit(100);
  return {
    watched: totals?.watched ?? 0,
    lastCheckAt: totals?.lastCheckAt ? new Date(totals.lastCheckAt).toISOString() : null,
    intervalS: monitorIntervalS(),
    runsHere: monitorRunsInProcess(),
    down: down.map((row) => ({
      connection: names.get(row.connectionId) ?? row.connectionId,
      device: row.deviceName,
      vpn: row.vpnName,
      network: row.netName,
      since: row.since.toISOString(),
      lastSeen: row.lastSeen?.toISOString() ?? null,
    })),
  };
}
