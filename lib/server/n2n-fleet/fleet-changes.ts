import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { openedDatabase } from "@/lib/server/db/client";
import { n2nFleetDevices, n2nFleetScans } from "@/lib/server/db/schema";
import { log } from "@/lib/server/log";
import { searchIndexKey } from "@/lib/server/search/search-index-key";
import type { TUpstreamConnection } from "@/lib/server/upstream";
import type { TN2nDeviceRow } from "@/lib/vendors/n2n/schemas";
import type { TDb } from "@/lib/server/db/open-database";
import { fleetRowOf } from "./fleet-rows";

/**
 * A device enrolled through Patchbay is in the list at once, last in N2N's order, without waiting
 * for the next scan (which would read it anyway). Only once a scan exists; best effort, never throws.
 */
export async function addToFleet(connection: TUpstreamConnection, device: TN2nDeviceRow): Promise<void> {
  await change(connection, "enrolled device not added to the fleet index", async (db, key) => {
    const [{ next }] = await db.select({ next: sql<number>`coalesce(max(${n2nFleetDevices.position}) + 1, 0)`.mapWith(Number) }).from(n2nFleetDevices).where(eq(n2nFleetDevices.connectionKey, key));
    const added = await db.insert(n2nFleetDevices).values(fleetRowOf(key, connection.id, device, next ?? 0)).onConflictDoNothing().returning({ id: n2nFleetDevices.deviceId });
    if (added.length) await db.update(n2nFleetScans).set({ devices: sql`${n2nFleetScans.devices} + 1` }).where(eq(n2nFleetScans.connectionKey, key));
  });
}

/** A device unenrolled through Patchbay leaves the list at once. Best effort, never throws. */
export async function removeFromFleet(connection: TUpstreamConnection, deviceId: string): Promise<void> {
  await change(connection, "unenrolled device not removed from the fleet index", async (db, key) => {
    const removed = await db
      .delete(n2nFleetDevices)
      .where(and(eq(n2nFleetDevices.connectionKey, key), eq(n2nFleetDevices.deviceId, deviceId)))
      .returning({ id: n2nFleetDevices.deviceId });
    if (removed.length) await db.update(n2nFleetScans).set({ devices: sql`greatest(${n2nFleetScans.devices} - 1, 0)` }).where(eq(n2nFleetScans.connectionKey, key));
  });
}

type TWriter = Pick<TDb, "select" | "insert" | "update" | "delete">;

async function change(connection: TUpstreamConnection, failed: string, apply: (db: TWriter, key: string) => Promise<void>): Promise<void> {
  const opened = openedDatabase();
  if (!opened) return;
  try {
    const { db } = await opened;
    const key = searchIndexKey(connection);
    const [scan] = await db.select({ at: n2nFleetScans.scannedAt }).from(n2nFleetScans).where(eq(n2nFleetScans.connectionKey, key));
    if (scan?.at) await db.transaction((tx) => apply(tx, key));
  } catch (failure) {
    // The next scan puts the list right.
    log.warn({ err: failure, connection: connection.id }, failed);
  }
}
