import "server-only";
import { and, desc, eq, ilike, lt, or, type SQL } from "drizzle-orm";
import type { TAlertEventsQuery, TAlertEventView } from "@/lib/alerts/event-schemas";
import { getDb } from "../db/client";
import { alertEvents } from "../db/schema";
import { escapeLike } from "../db/escape-like";

type TRow = typeof alertEvents.$inferSelect;

function eventView(row: TRow): TAlertEventView {
  return {
    id: row.id,
    at: row.at.toISOString(),
    kind: row.kind,
    vendor: row.vendor,
    rule: row.rule,
    title: row.title,
    detail: row.detail,
    severity: row.severity,
    href: row.href,
    connectionId: row.connectionId,
    connection: row.connectionName,
    deviceId: row.deviceId,
    device: row.deviceName,
    vpnId: row.vpnId,
    vpn: row.vpnName,
    network: row.netName,
    lastSeen: row.lastSeen?.toISOString() ?? null,
    message: row.message,
    muted: row.muted,
    deliveries: Object.entries(row.deliveries)
      .map(([channelId, d]) => ({ channelId, ...d }))
      .sort((a, b) => a.channel.localeCompare(b.channel)),
  };
}


/** The alert history, newest first; `before` pages by id. */
export async function listAlertEvents(query: TAlertEventsQuery): Promise<TAlertEventView[]> {
  const db = await getDb();
  const where: SQL[] = [];
  if (query.kind) where.push(eq(alertEvents.kind, query.kind));
  if (query.vendor) where.push(eq(alertEvents.vendor, query.vendor));
  if (query.q) {
    const like = `%${escapeLike(query.q)}%`;
    const columns = [alertEvents.title, alertEvents.detail, alertEvents.deviceName, alertEvents.vpnName, alertEvents.netName, alertEvents.connectionName, alertEvents.message];
    where.push(or(...columns.map((column) => ilike(column, like)))!);
  }
  if (query.before) where.push(lt(alertEvents.id, query.before));
  const rows = await db
    .select()
    .from(alertEvents)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(alertEvents.id))
    .limit(query.limit);
  return rows.map(eventView);
}
