import "server-only";
import { and, asc, count, desc, eq, isNull, like, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/lib/server/db/client";
import { n2nFleetDevices } from "@/lib/server/db/schema";
import { FLEET_STATUSES, type TFleetPage, type TFleetQuery, type TFleetStatus } from "@/lib/n2n-fleet/fleet-view";
import { deviceOfRow, type TFleetRow } from "./fleet-rows";
import type { TFleetScan } from "./fleet-scan";
import { N2N_DEVICE_SCAN_MS } from "./scan-interval";
import { escapeLike } from "@/lib/server/db/escape-like";

const d = n2nFleetDevices;

/** A moment as a timestamptz parameter (drivers differ in how they send a Date inside raw SQL). */
const at = (moment: Date) => sql`${moment.toISOString()}::timestamptz`;

/** When a device was last heard: its last uplink, or its enrolment when it never sent one. */
const heard = sql`coalesce(${d.lastOnline}, ${d.createdAt})`;

/** Each status as SQL, against the moment `since` (now less the connection's "silent after"). */
function statusIs(status: TFleetStatus, since: Date): SQL {
  switch (status) {
    case "silent":
      return sql`${heard} < ${at(since)}`;
    case "reporting":
      return sql`${d.lastOnline} >= ${at(since)}`;
    case "waiting":
      return sql`${d.lastOnline} is null and ${d.createdAt} >= ${at(since)}`;
    case "unknown":
      return and(isNull(d.lastOnline), isNull(d.createdAt))!;
  }
}

function statusOf(row: TFleetRow, since: number): TFleetStatus {
  const heardAt = (row.lastOnline ?? row.createdAt)?.getTime();
  if (heardAt === undefined) return "unknown";
  if (heardAt < since) return "silent";
  return row.lastOnline ? "reporting" : "waiting";
}

/** Problems first: silent (longest first), unknown, waiting, then reporting; the rest by the column, empty values last. */
function orderOf(query: TFleetQuery, since: Date): SQL[] {
  const dir = query.dir === "desc" ? desc : asc;
  const nullsLast = (column: SQL | typeof d.name) => sql`${column} is null`;
  const rank = sql`case when ${statusIs("silent", since)} then 0 when ${statusIs("unknown", since)} then 1 when ${statusIs("waiting", since)} then 2 else 3 end`;
  // N2N's order, then the id: a total order, so no row repeats or is skipped between pages.
  const tail = [asc(d.position), asc(d.deviceId)];
  switch (query.sort) {
    case "status":
      return [dir(rank), asc(heard), ...tail];
    case "deviceId":
      return [dir(d.deviceId), ...tail];
    case "name":
      return [sql`${d.name} = ''`, dir(sql`lower(${d.name})`), ...tail];
    case "lastUplink":
      return [nullsLast(sql`${d.lastOnline}`), dir(d.lastOnline), ...tail];
    case "rssi":
      return [nullsLast(sql`${d.rssi}`), dir(d.rssi), ...tail];
    case "battery":
      return [nullsLast(sql`${d.battery}`), dir(d.battery), ...tail];
    case "type":
      return [nullsLast(sql`${d.deviceType}`), dir(sql`lower(${d.deviceType})`), ...tail];
    case "enterprise":
      return [dir(d.enterpriseId), ...tail];
  }
}

/** One page of the fleet as the last scan left it, filtered and sorted over every device, in the database. */
export async function queryFleet(scan: TFleetScan, query: TFleetQuery, silentAfterHours: number, now = Date.now()): Promise<TFleetPage> {
  const db = await getDb();
  const since = new Date(now - silentAfterHours * 3_600_000);
  const ofConnection = eq(d.connectionKey, scan.connectionKey);
  const words = (query.q ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  const where = and(
    ofConnection,
    ...words.map((word) => like(d.terms, `%${escapeLike(word)}%`)),
    query.status ? statusIs(query.status, since) : undefined,
    query.enterpriseId ? or(eq(d.enterpriseId, query.enterpriseId), like(d.enterpriseId, `${escapeLike(query.enterpriseId)}.%`)) : undefined,
    query.type ? eq(d.deviceType, query.type) : undefined,
  );
  const [rows, [matching], counts, enterprises, types] = await Promise.all([
    db.select().from(d).where(where).orderBy(...orderOf(query, since)).limit(query.limit).offset(query.skip),
    db.select({ n: count() }).from(d).where(where),
    db
      .select(Object.fromEntries(FLEET_STATUSES.map((status) => [status, sql<number>`count(*) filter (where ${statusIs(status, since)})`.mapWith(Number)])) as Record<TFleetStatus, SQL<number>>)
      .from(d)
      .where(ofConnection),
    db.selectDistinct({ id: d.enterpriseId }).from(d).where(ofConnection).orderBy(d.enterpriseId),
    db.selectDistinct({ type: d.deviceType }).from(d).where(and(ofConnection, sql`${d.deviceType} is not null and ${d.deviceType} <> ''`)).orderBy(d.deviceType),
  ]);
  const statusCounts = counts[0] as Record<TFleetStatus, number>;
  return {
    devices: rows.map((row) => ({
      ...deviceOfRow(row),
      status: statusOf(row, since.getTime()),
      signal: row.signalAt && (row.rssi !== null || row.snr !== null || row.battery !== null) ? { at: row.signalAt.getTime(), rssi: row.rssi, snr: row.snr, battery: row.battery, batteryUnit: row.batteryUnit } : null,
    })),
    matching: matching?.n ?? 0,
    total: scan.devices,
    limit: query.limit,
    skip: query.skip,
    statusCounts,
    enterprises: enterprises.map((e) => e.id),
    types: types.map((t) => t.type!).filter(Boolean),
    silentAfterHours,
    scannedAt: scan.scannedAt!.toISOString(),
    nextScanAt: new Date((scan.checkedAt ?? scan.scannedAt!).getTime() + N2N_DEVICE_SCAN_MS).toISOString(),
    unreadable: scan.unreadable,
    scanError: scan.error,
  };
}

/** The devices of the fleet not heard since `since` (silent by the connection's threshold), for the attention view. */
export async function silentDevices(scan: TFleetScan, since: Date) {
  const db = await getDb();
  return db
    .select({ deviceId: d.deviceId, name: d.name, lastOnline: d.lastOnline, createdAt: d.createdAt })
    .from(d)
    .where(and(eq(d.connectionKey, scan.connectionKey), sql`${heard} < ${at(since)}`))
    .orderBy(asc(d.position));
}

/** Every device of the fleet, in N2N's order, for the search index. */
export async function fleetDevices(scan: TFleetScan) {
  const db = await getDb();
  const rows = await db.select().from(d).where(eq(d.connectionKey, scan.connectionKey)).orderBy(asc(d.position));
  return rows.map(deviceOfRow);
}
