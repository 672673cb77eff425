import "server-only";
import { and, eq, inArray, isNotNull, lt } from "drizzle-orm";
import type { TDb } from "../db/open-database";
import { alertEvents, attentionEpisodes } from "../db/schema";
import { logger } from "../log";

export const DEFAULT_HISTORY_RETENTION_DAYS = 90;
const MAX_HISTORY_RETENTION_DAYS = 3_650;
/** Rows deleted per statement, and statements per pass: a backlog (a first pass after years) is worked off over several passes, never in one long lock. */
export const PURGE_BATCH = 1_000;
export const PURGE_BATCHES_PER_PASS = 10;

/** HISTORY_RETENTION_DAYS (default 90, 1–3650): how long ended episodes and sent alerts are kept. */
export function historyRetentionDays(): number {
  const raw = process.env.HISTORY_RETENTION_DAYS;
  if (!raw) return DEFAULT_HISTORY_RETENTION_DAYS;
  const days = Number(raw);
  if (Number.isInteger(days) && days >= 1 && days <= MAX_HISTORY_RETENTION_DAYS) return days;
  logger.warn({ HISTORY_RETENTION_DAYS: raw }, `HISTORY_RETENTION_DAYS must be a whole number of days from 1 to ${MAX_HISTORY_RETENTION_DAYS}; using ${DEFAULT_HISTORY_RETENTION_DAYS}`);
  return DEFAULT_HISTORY_RETENTION_DAYS;
}

export type TPurged = { episodes: number; alertEvents: number };

/**
 * Removes what is older than the retention period, in bounded batches: episodes that ended before
 * it (an ongoing one stays however old), and alert events recorded before it whose deliveries are
 * all done — an event still pending (being sent or retried, or sent again by an operator) stays
 * until it is done. Deliveries live in the event's own row, so nothing else points at it.
 */
export async function purgeHistory(db: TDb, now: number, days = historyRetentionDays()): Promise<TPurged> {
  const before = new Date(now - days * 86_400_000);
  const purged: TPurged = { episodes: 0, alertEvents: 0 };
  for (let batch = 0; batch < PURGE_BATCHES_PER_PASS; batch++) {
    const old = await db
      .select({ id: attentionEpisodes.id })
      .from(attentionEpisodes)
      .where(and(isNotNull(attentionEpisodes.endedAt), lt(attentionEpisodes.endedAt, before)))
      .limit(PURGE_BATCH);
    if (old.length) purged.episodes += (await db.delete(attentionEpisodes).where(inArray(attentionEpisodes.id, old.map((row) => row.id))).returning({ id: attentionEpisodes.id })).length;
    if (old.length < PURGE_BATCH) break;
  }
  for (let batch = 0; batch < PURGE_BATCHES_PER_PASS; batch++) {
    const old = await db
      .select({ id: alertEvents.id })
      .from(alertEvents)
      .where(and(lt(alertEvents.at, before), eq(alertEvents.deliveryStatus, "done")))
      .limit(PURGE_BATCH);
    // The status is checked again as it is deleted: "Send again" may have made it pending meanwhile.
    if (old.length) {
      const ids = old.map((row) => row.id);
      purged.alertEvents += (await db.delete(alertEvents).where(and(inArray(alertEvents.id, ids), eq(alertEvents.deliveryStatus, "done"))).returning({ id: alertEvents.id })).length;
    }
    if (old.length < PURGE_BATCH) break;
  }
  if (purged.episodes || purged.alertEvents) logger.info({ ...purged, days }, "history older than the retention period removed");
  return purged;
}
