import "server-only";
import { asc, count, eq, max } from "drizzle-orm";
import type { TMonitorSummary } from "@/lib/alerts/event-schemas";
import { upstreamConnections } from "../connections";
import { getDb } from "../db/client";
import { monitorState } from "../db/schema";
import { monitorIntervalS, monitorRunsInProcess } from "./monitor-settings";

/** How many VPNs are watched, which are down now, and when a pass last judged them. */
export async function monitorSummary(): Promise<TMonitorSummary> {
  const db = await getDb();
  const [totals] = await db.select({ watched: count(), lastCheckAt: max(monitorState.updatedAt) }).from(monitorState);
  const down = await db.select().from(monitorState).where(eq(monitorState.state, "down")).orderBy(asc(monitorState.since)).limit(100);
  const names = new Map((await upstreamConnections("nettica")).map((c) => [c.id, c.name]));
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
