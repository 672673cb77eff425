import "server-only";
import { and, eq, inArray, isNull, lt, notInArray } from "drizzle-orm";
import { NETTICA_VPN_RULE } from "@/lib/alerts/alert-rules";
import { deliverPendingAlerts, type TDeliveryPass } from "../alerts/deliver-pending-alerts";
import { connectionThresholds } from "../attention/attention-thresholds";
import { forgetUnjudgedAttention } from "../attention/forget-unjudged-attention";
import { purgeHistory } from "../attention/history-retention";
import { judgeAttention, type TAttentionCheck } from "../attention/judge-attention";
import { upstreamConnections } from "../connections";
import { getDb } from "../db/client";
import type { TDb } from "../db/open-database";
import { attentionEpisodes, monitorState } from "../db/schema";
import { logger } from "../log";
import type { TUpstreamConnection } from "../upstream";
import { fetchDevices } from "./fetch-devices";
import { recordObservations } from "./record-observations";
import { monitorStateKey } from "./state-key";
import { watchedVpns } from "./watched-vpns";

export type TConnectionCheck = { connection: string; watched: number; transitions: number; skipped: boolean; error: string | null };
/** `checks`: the Nettica monitor's VPNs per Nettica connection; `attention`: every connection's attention items. */
export type TMonitorPass = { checks: TConnectionCheck[]; attention: TAttentionCheck[]; delivery: TDeliveryPass };

export type TMonitorOptions = {
  /** The time the Nettica monitor judges against (ms); tests pass the simulator's clock. Default: the real time. Attention is judged by its own evaluations' time. */
  now?: number;
  /** Default: the process's database. */
  db?: TDb;
};

async function checkConnection(db: TDb, conn: TUpstreamConnection, now: number | undefined): Promise<TConnectionCheck> {
  try {
    const [devices, thresholds] = await Promise.all([fetchDevices(conn), connectionThresholds({ id: conn.id, vendor: "nettica" })]);
    const observedAt = now ?? Date.now();
    const observations = watchedVpns(devices, observedAt, thresholds.downAfterSeconds * 1000);
    const recorded = await recordObservations(db, { id: conn.id, stateKey: monitorStateKey(conn), name: conn.name }, observations, new Date(observedAt));
    return { connection: conn.name, watched: observations.length, transitions: recorded.transitions, skipped: !recorded.locked, error: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    logger.warn({ connection: conn.id, err: error }, "Nettica monitor could not check a connection");
    return { connection: conn.name, watched: 0, transitions: 0, skipped: false, error: message };
  }
}

/** A state nobody has judged for this long belongs to a connection no instance watches any more. */
export const UNWATCHED_STATE_TTL_MS = 7 * 86_400_000;

/**
 * Deleting a connection forgets its state at once (forgetConnectionState). What this pass does
 * not watch may be watched by another instance (one with other NETTICA_* variables, or an older
 * list of connections), so it is removed only after a week in which no pass judged it, and said.
 */
async function forgetUnwatchedStates(db: TDb, connections: TUpstreamConnection[], now: number): Promise<void> {
  const watchedHere = connections.map(monitorStateKey);
  const stale = lt(monitorState.updatedAt, new Date(now - UNWATCHED_STATE_TTL_MS));
  const forgotten = await db
    .delete(monitorState)
    .where(watchedHere.length ? and(stale, notInArray(monitorState.connectionId, watchedHere)) : stale)
    .returning({ connection: monitorState.connectionId });
  if (forgotten.length === 0) return;
  const keys = [...new Set(forgotten.map((row) => row.connection))];
  await db
    .update(attentionEpisodes)
    .set({ endedAt: new Date(now) })
    .where(and(inArray(attentionEpisodes.connectionKey, keys), isNull(attentionEpisodes.endedAt), eq(attentionEpisodes.rule, NETTICA_VPN_RULE)));
  logger.info({ connections: keys, vpns: forgotten.length }, "Nettica monitor forgot VPNs no instance has judged for a week");
}

/**
 * The one scheduled pass, for every vendor: judge every Nettica connection's VPNs (the monitor)
 * and every connection's attention items, record their transitions, then send what the outbox
 * holds. Keeps nothing in memory: the state is in the database, so a restart or a second instance
 * (or Vercel's cron) carries on where the last pass stopped.
 */
export async function runMonitorOnce(options: TMonitorOptions = {}): Promise<TMonitorPass> {
  const db = options.db ?? (await getDb());
  const all = await upstreamConnections();
  const connections = all.filter((connection) => connection.vendor === "nettica");
  const [checks, attention] = await Promise.all([Promise.all(connections.map((conn) => checkConnection(db, conn, options.now))), judgeAttention(db, all)]);
  await forgetUnwatchedStates(db, connections, options.now ?? Date.now());
  await forgetUnjudgedAttention(db, all, Date.now());
  // Kept apart: a purge that fails (a lock timeout) must not hold up this pass's alerts.
  await purgeHistory(db, Date.now()).catch((error: unknown) => logger.warn({ err: error }, "history not purged; the next pass tries again"));
  const started = performance.now();
  const clock = options.now === undefined ? Date.now : () => options.now! + (performance.now() - started);
  const delivery = await deliverPendingAlerts(db, clock);
  const transitions = checks.reduce((sum, check) => sum + check.transitions, 0);
  const changes = attention.reduce((sum, check) => sum + check.entered + check.cleared, 0);
  if (transitions || changes || delivery.sent || delivery.failed) logger.info({ transitions, attention: changes, ...delivery }, "monitor pass");
  return { checks, attention, delivery };
}
