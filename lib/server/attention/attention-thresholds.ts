import "server-only";
import { eq, inArray } from "drizzle-orm";
import { defaultThresholds, type TThresholds, type TThresholdsView } from "@/lib/attention/threshold-fields";
import { ZThresholdsInput } from "@/lib/attention/threshold-schemas";
import type { TVendor } from "@/lib/vendors/vendor-names";
import { openedDatabase } from "../db/client";
import type { TDb } from "../db/open-database";
import { attentionThresholds } from "../db/schema";
import { log } from "../log";

type TJudged<V extends TVendor> = { id: string; vendor: V };
type TRow = typeof attentionThresholds.$inferSelect;

/** The stored values over the defaults; values that no longer pass the checks (bounds changed since) are set aside, and said. */
function effective<V extends TVendor>(connection: TJudged<V>, row: TRow | undefined): TThresholds<V> {
  const defaults = defaultThresholds(connection.vendor);
  if (!row) return defaults;
  const parsed = ZThresholdsInput[connection.vendor].safeParse(row.values);
  if (!parsed.success) {
    log.warn({ connection: connection.id, values: row.values }, "stored attention thresholds are out of bounds; the defaults apply");
    return defaults;
  }
  return { ...defaults, ...parsed.data };
}

async function storedRow(db: TDb, connectionId: string): Promise<TRow | undefined> {
  const [row] = await db.select().from(attentionThresholds).where(eq(attentionThresholds.connectionId, connectionId));
  return row;
}

/** What the connection's rules judge by now. Without a database opened (scripts, unit tests): the defaults. */
export async function connectionThresholds<V extends TVendor>(connection: TJudged<V>): Promise<TThresholds<V>> {
  const opened = openedDatabase();
  if (!opened) return defaultThresholds(connection.vendor);
  return effective(connection, await storedRow((await opened).db, connection.id));
}

/** Each connection's thresholds in one read (the overview and the scheduled pass judge every connection at once). */
export async function thresholdsOfConnections(connections: readonly TJudged<TVendor>[]): Promise<Map<string, TThresholds>> {
  const opened = openedDatabase();
  const rows = opened && connections.length ? await (await opened).db.select().from(attentionThresholds).where(inArray(attentionThresholds.connectionId, connections.map((c) => c.id))) : [];
  const stored = new Map(rows.map((row) => [row.connectionId, row]));
  return new Map(connections.map((connection) => [connection.id, effective(connection, stored.get(connection.id))]));
}

function view<V extends TVendor>(connection: TJudged<V>, row: TRow | undefined): TThresholdsView {
  return {
    connectionId: connection.id,
    vendor: connection.vendor,
    thresholds: effective(connection, row),
    defaults: defaultThresholds(connection.vendor),
    custom: Object.keys(row?.values ?? {}),
    updatedAt: row?.updatedAt.toISOString() ?? null,
    updatedBy: row?.updatedBy ?? null,
  };
}

export async function thresholdsView<V extends TVendor>(db: TDb, connection: TJudged<V>): Promise<TThresholdsView> {
  return view(connection, await storedRow(db, connection.id));
}

/**
 * Sets the connection's thresholds (checked by ZThresholdsInput); only values other than the
 * defaults are kept, so "reset" is saving the defaults. The next evaluation judges by them: its
 * shared copy is keyed by the thresholds (connectionAttention).
 */
export async function saveThresholds<V extends TVendor>(db: TDb, connection: TJudged<V>, values: Partial<TThresholds<V>>, by: string, now = new Date()): Promise<TThresholdsView> {
  const defaults: Record<string, number> = defaultThresholds(connection.vendor);
  const own = Object.fromEntries(Object.entries(values as Record<string, number>).filter(([key, value]) => defaults[key] !== value));
  if (Object.keys(own).length === 0) {
    await db.delete(attentionThresholds).where(eq(attentionThresholds.connectionId, connection.id));
    return view(connection, undefined);
  }
  const [row] = await db
    .insert(attentionThresholds)
    .values({ connectionId: connection.id, values: own, updatedAt: now, updatedBy: by })
    .onConflictDoUpdate({ target: attentionThresholds.connectionId, set: { values: own, updatedAt: now, updatedBy: by } })
    .returning();
  return view(connection, row);
}
