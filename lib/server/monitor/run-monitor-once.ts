import "server-only";
import { notInArray } from "drizzle-orm";
import { deliverPendingAlerts, type TDeliveryPass } from "../alerts/deliver-pending-alerts";
import { upstreamConnections } from "../connections";
import { getDb } from "../db/client";
import type { TDb } from "../db/open-database";
import { monitorState } from "../db/schema";
import { logger } from "../log";
import type { TUpstreamConnection } from "../upstream";
import { fetchDevices } from "./fetch-devices";
import { recordObservations } from "./record-observations";
import { watchedVpns } from "./watched-vpns";

export type TConnectionCheck = { connection: string; watched: number; transitions: number; skipped: boolean; error: string | null };
export type TMonitorPass = { checks: TConnectionCheck[]; delivery: TDeliveryPass };

export type TMonitorOptions = {
  /** The time the pass judges against (ms); tests pass the simulator's clock. Default: the real time. */
  now?: number;
  /** Default: the process's database. */
  db?: TDb;
};

async function checkConnection(db: TDb, conn: TUpstreamConnection, now: number | undefined): Promise<TConnectionCheck> {
  try {
    const devices = await fetchDevices(conn);
    const observedAt = now ?? Date.now();
    const observations = watchedVpns(devices, observedAt);
    const recorded = await recordObservations(db, conn, observations, new Date(observedAt));
    return { connection: conn.name, watched: observations.length, transitions: recorded.transitions, skipped: !recorded.locked, error: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    logger.warn({ connection: conn.id, err: error }, "Nettica monitor could not check a connection");
    return { connection: conn.name, watched: 0, transitions: 0, skipped: false, error: message };
  }
}

/**
 * One monitor pass: judge every Nettica connection's VPNs, record transitions, then send what
 * the outbox holds. Keeps nothing in memory: the state is in the database, so a restart or a
 * second instance (or Vercel's cron) carries on where the last pass stopped.
 */
export async function runMonitorOnce(options: TMonitorOptions = {}): Promise<TMonitorPass> {
  const db = options.db ?? (await getDb());
  const connections = await upstreamConnections("nettica");
  const checks = await Promise.all(connections.map((conn) => checkConnection(db, conn, options.now)));
  // States of connections that were removed are forgotten; re-adding one starts afresh (no alert).
  await db.delete(monitorState).where(connections.length ? notInArray(monitorState.connectionId, connections.map((c) => c.id)) : undefined);
  const started = performance.now();
  const clock = options.now === undefined ? Date.now : () => options.now! + (performance.now() - started);
  const delivery = await deliverPendingAlerts(db, clock);
  const transitions = checks.reduce((sum, check) => sum + check.transitions, 0);
  if (transitions || delivery.sent || delivery.failed) logger.info({ transitions, ...delivery }, "Nettica monitor pass");
  return { checks, delivery };
}
