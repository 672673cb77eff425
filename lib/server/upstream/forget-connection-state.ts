import "server-only";
import { eq, like } from "drizzle-orm";
import { getDb } from "../db/client";
import { forgetSearchEntries } from "../search/forget-search-entries";
import { alertMutes, attentionAlerts, attentionEpisodes, attentionJudgements, attentionState, attentionThresholds, ecosystemChanges, monitorState, n2nFleetDevices, n2nFleetScans, pendingEnrolments, readCache, vendorTokens, vendorJobs } from "../db/schema";

/**
 * A connection was deleted: its vendor sessions, cached vendor data, pending enrolments, job
 * records, monitor and attention alert state, its alert mutes and thresholds, its record of uncommitted Acreto changes, its search entries and N2N fleet index
 * and its attention history (whose links lead nowhere now) go with it, on every instance (they are
 * encrypted, but of no use to anyone now). Its sent alerts stay in the Alerts page's history.
 */
export async function forgetConnectionState(connectionId: string): Promise<void> {
  const db = await getDb();
  await db.delete(vendorTokens).where(eq(vendorTokens.connectionId, connectionId));
  await db.delete(readCache).where(eq(readCache.connectionId, connectionId));
  await db.delete(monitorState).where(eq(monitorState.connectionId, connectionId));
  await db.delete(attentionState).where(eq(attentionState.connectionId, connectionId));
  await db.delete(attentionAlerts).where(eq(attentionAlerts.connectionId, connectionId));
  await db.delete(attentionJudgements).where(eq(attentionJudgements.connectionId, connectionId));
  await db.delete(alertMutes).where(eq(alertMutes.connectionId, connectionId));
  await db.delete(ecosystemChanges).where(eq(ecosystemChanges.connectionId, connectionId));
  await db.delete(attentionThresholds).where(eq(attentionThresholds.connectionId, connectionId));
  await db.delete(attentionEpisodes).where(eq(attentionEpisodes.connectionId, connectionId));
  await forgetSearchEntries(connectionId);
  await db.delete(n2nFleetDevices).where(eq(n2nFleetDevices.connectionId, connectionId));
  await db.delete(n2nFleetScans).where(eq(n2nFleetScans.connectionId, connectionId));
  // Their keys are "<kind>/<connection id>/…" (jobKey).
  const pattern = `%/${encodeURIComponent(connectionId).replace(/[%_\\]/g, "\\$&")}/%`;
  await db.delete(pendingEnrolments).where(like(pendingEnrolments.key, pattern));
  await db.delete(vendorJobs).where(like(vendorJobs.key, pattern));
}
