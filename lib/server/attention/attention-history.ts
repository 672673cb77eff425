import "server-only";
import { and, count, desc, eq, gte, isNull, lte, or } from "drizzle-orm";
import { HISTORY_PER_VENDOR, type TAttentionHistory, type THistoryEpisode, type THistoryVendor } from "@/lib/attention/history-types";
import type { THistoryQuery } from "@/lib/attention/history-schemas";
import { VENDORS, type TVendor } from "@/lib/vendors/vendor-names";
import type { TDb } from "../db/open-database";
import { attentionEpisodes } from "../db/schema";

type TRow = typeof attentionEpisodes.$inferSelect;

const episodeView = (row: TRow): THistoryEpisode => ({
  id: row.id,
  itemId: row.itemId,
  title: row.title,
  kind: row.rule,
  severity: row.severity,
  connectionId: row.connectionId,
  connectionName: row.connectionName,
  start: row.startedAt.toISOString(),
  end: row.endedAt?.toISOString() ?? null,
  href: row.href,
  muted: row.muted,
});

/**
 * Per vendor, the episodes that overlap the last `days`: ongoing ones, and those that ended within
 * them (one that began before the range shows its real start). Newest start first, at most
 * HISTORY_PER_VENDOR each, with how many there were.
 */
export async function attentionHistory(db: TDb, query: THistoryQuery, now = Date.now()): Promise<TAttentionHistory> {
  const since = new Date(now - query.days * 86_400_000);
  const vendors = query.vendor ? [query.vendor] : [...VENDORS];
  return { days: query.days, since: since.toISOString(), vendors: await Promise.all(vendors.map((vendor) => vendorHistory(db, vendor, since, new Date(now)))) };
}

async function vendorHistory(db: TDb, vendor: TVendor, since: Date, now: Date): Promise<THistoryVendor> {
  const overlaps = and(eq(attentionEpisodes.vendor, vendor), lte(attentionEpisodes.startedAt, now), or(isNull(attentionEpisodes.endedAt), gte(attentionEpisodes.endedAt, since)));
  const [rows, [total]] = await Promise.all([
    db.select().from(attentionEpisodes).where(overlaps).orderBy(desc(attentionEpisodes.startedAt), desc(attentionEpisodes.id)).limit(HISTORY_PER_VENDOR),
    db.select({ value: count() }).from(attentionEpisodes).where(overlaps),
  ]);
  return { vendor, total: total?.value ?? 0, episodes: rows.map(episodeView) };
}
