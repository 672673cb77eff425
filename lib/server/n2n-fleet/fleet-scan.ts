import "server-only";
import { and, eq, inArray, isNull, lt, lte, ne, or, sql } from "drizzle-orm";
import { inBackground } from "@/lib/server/background-work";
import { database } from "@/lib/server/db/client";
import { n2nFleetDevices, n2nFleetScans } from "@/lib/server/db/schema";
import { log } from "@/lib/server/log";
import { redactText, scrubSecrets } from "@/lib/server/redact";
import { searchIndexKey } from "@/lib/server/search/search-index-key";
import { VendorError, isVendorError, type TUpstreamConnection } from "@/lib/server/upstream";
import { secretValuesOf } from "@/lib/server/upstream/credentials";
import { listDevices } from "@/lib/vendors/n2n/client";
import { toN2nDeviceRow, type TN2nDeviceRow } from "@/lib/vendors/n2n/schemas";
import { fleetRowOf } from "./fleet-rows";
import { readSignals } from "./fleet-signals";
import { N2N_DEVICE_SCAN_MS } from "./scan-interval";

/** N2N's largest page: the fewest calls (each counts against the key's daily quota) for the whole list. */
const PAGE_LIMIT = 1000;
// A vendor that ignored `skip` would repeat its first page forever.
const MAX_PAGES = 500;
/** Long enough for a large fleet's paged scan under its TPS; a lease left by a crashed instance ends then. */
const LEASE_MS = 120_000;
const POLL_MS = 100;
/** A scan N2N throttled or did not answer is tried again after its TPS window (a 429 heals then), not a whole interval later. */
const FAILED_AGAIN_MS = 5_000;
const RETRY_SOON: ReadonlySet<string> = new Set(["upstream_throttled", "upstream_timeout", "upstream_unavailable"]);
/** Refresh scans N2N at most this often (every scan costs a call per 1,000 devices). */
const FORCED_AFTER_MS = 30_000;
/** Rows per INSERT: well under Postgres's 65,535 parameters. */
const CHUNK = 500;
const SCAN_FAILED = "The device list could not be read; the details are in the server log.";

export type TFleetScan = typeof n2nFleetScans.$inferSelect;
export type TScanOptions = { force?: boolean };

/**
 * The connection's fleet as the last scan left it, scanning first when the last one is older than
 * N2N_DEVICE_SCAN_MS (or `force`): once for every instance and every reader (the list page, the
 * attention view, the search). Until a first scan is complete, waits for the instance scanning;
 * when none could be made, throws the failure as the vendor gave it.
 */
export async function freshFleet(connection: TUpstreamConnection, options: TScanOptions = {}): Promise<TFleetScan> {
  const key = searchIndexKey(connection);
  const failure = await scanFleet(connection, options);
  const { db } = await database();
  for (const deadline = Date.now() + LEASE_MS; ; ) {
    const [scan] = await db.select().from(n2nFleetScans).where(eq(n2nFleetScans.connectionKey, key));
    if (scan?.scannedAt) return scan;
    const scanning = scan?.scanningUntil && scan.scanningUntil.getTime() > Date.now();
    if (!scanning || Date.now() > deadline) {
      if (failure) throw failure;
      if (scan?.error) throw storedFailure(scan);
      if (!scanning) {
        // Nobody scans and nothing is stored (a lease just ended): take it ourselves.
        const retry = await scanFleet(connection, { force: true });
        if (retry) throw retry;
        continue;
      }
      throw new VendorError({ vendor: "n2n", status: 0, code: "upstream_timeout", message: "N2N's device list is still being read; try again in a minute." });
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** The last scan's failure, rebuilt on an instance that did not make it: the same code, status and words. */
function storedFailure(scan: TFleetScan): VendorError {
  const code = (scan.errorCode ?? "upstream_error") as VendorError["code"];
  return new VendorError({ vendor: "n2n", status: scan.errorStatus ?? 0, code, message: scan.error ?? SCAN_FAILED });
}

/** A scan's hold on its connection: renewed after every page, so a long scan keeps it and a crashed one loses it. */
type TLease = { key: string; until: Date };
/** Another instance took the scan over (this one outlived its lease): it gives up without writing. */
class LeaseLost extends Error {}

/**
 * Scans every page of GET /devices when due, under a lease in the database, and replaces the
 * connection's rows in one transaction (a reader sees the old list or the new one). A device's
 * signal survives a scan. Then, in the background, reads the newest uplinks of a few devices heard
 * since their signal was read (fleet-signals.ts). A failed scan keeps the old rows and is tried
 * again after 5 s when N2N throttled or did not answer, else at the next interval; its failure is
 * returned, not thrown. `force` (Refresh) scans now, unless one ended in the last 30 s.
 */
export async function scanFleet(connection: TUpstreamConnection, { force = false }: TScanOptions = {}): Promise<unknown> {
  const { db, kind } = await database();
  const key = searchIndexKey(connection);
  const now = new Date();
  const lease: TLease = { key, until: new Date(now.getTime() + LEASE_MS) };
  const since = (ms: number) => lte(n2nFleetScans.checkedAt, new Date(now.getTime() - ms));
  const claimed = await db
    .insert(n2nFleetScans)
    .values({ connectionKey: key, connectionId: connection.id, scanningUntil: lease.until })
    .onConflictDoUpdate({
      target: n2nFleetScans.connectionKey,
      set: { scanningUntil: lease.until },
      setWhere: and(
        or(isNull(n2nFleetScans.scanningUntil), lt(n2nFleetScans.scanningUntil, now)),
        or(
          isNull(n2nFleetScans.checkedAt),
          since(force ? FORCED_AFTER_MS : N2N_DEVICE_SCAN_MS),
          and(inArray(n2nFleetScans.errorCode, [...RETRY_SOON]), since(FAILED_AGAIN_MS)),
        ),
      ),
    })
    .returning({ key: n2nFleetScans.connectionKey });
  if (claimed.length === 0) return undefined;

  let written: boolean;
  try {
    const listed = await allDevices(connection, force, () => renewLease(lease));
    written = await writeFleet(connection, lease, listed);
  } catch (failure) {
    if (failure instanceof LeaseLost) return undefined;
    const vendorFailure = isVendorError(failure) ? failure : undefined;
    const error = vendorFailure ? redactText(scrubSecrets(vendorFailure.message, secretValuesOf(connection))).slice(0, 300) : SCAN_FAILED;
    if (!vendorFailure) log.error({ err: failure, connection: connection.id }, "n2n fleet: the device list could not be read or kept");
    await db
      .update(n2nFleetScans)
      .set({ scanningUntil: null, checkedAt: new Date(), error, errorCode: vendorFailure?.code ?? "upstream_error", errorStatus: vendorFailure?.status ?? 0 })
      .where(and(eq(n2nFleetScans.connectionKey, key), eq(n2nFleetScans.scanningUntil, lease.until)));
    return failure;
  }
  // Embedded PGlite runs no autovacuum worker: the rewritten rows are reclaimed here, or every scan would grow the table.
  if (written && kind === "pglite") await db.execute(sql`vacuum n2n_fleet_devices`);
  await db.update(n2nFleetScans).set({ scanningUntil: null }).where(and(eq(n2nFleetScans.connectionKey, key), eq(n2nFleetScans.scanningUntil, lease.until)));
  // In the background, by the instance that scanned: no reader waits for them, and they queue behind the admins' own calls in the throttle.
  if (written) inBackground(readSignals(connection, key).catch((failure: unknown) => log.warn({ err: failure, connection: connection.id }, "n2n fleet: signals not read")));
  return undefined;
}

async function renewLease(lease: TLease): Promise<void> {
  const { db } = await database();
  const until = new Date(Date.now() + LEASE_MS);
  const renewed = await db
    .update(n2nFleetScans)
    .set({ scanningUntil: until })
    .where(and(eq(n2nFleetScans.connectionKey, lease.key), eq(n2nFleetScans.scanningUntil, lease.until)))
    .returning({ key: n2nFleetScans.connectionKey });
  if (renewed.length === 0) throw new LeaseLost();
  lease.until = until;
}

/**
 * The scan's rows, in one transaction while the lease stands: every row of the connection is marked
 * (position -1), the listed devices are written over it, and what is still marked (no longer listed) goes.
 */
async function writeFleet(connection: TUpstreamConnection, lease: TLease, listed: { devices: TN2nDeviceRow[]; unreadable: number }): Promise<boolean> {
  const { db } = await database();
  const { key } = lease;
  const rows = listed.devices.map((device, position) => fleetRowOf(key, connection.id, device, position));
  return db.transaction(async (tx) => {
    // Only while our lease stands: past it another instance may be writing a newer scan.
    const [scan] = await tx.select().from(n2nFleetScans).where(and(eq(n2nFleetScans.connectionKey, key), eq(n2nFleetScans.scanningUntil, lease.until))).for("update");
    if (!scan) return false;
    // A stored connection's earlier versions (an environment connection's id is shared by instances that may hold other accounts).
    if (!connection.id.startsWith("env:")) {
      await tx.delete(n2nFleetDevices).where(and(eq(n2nFleetDevices.connectionId, connection.id), ne(n2nFleetDevices.connectionKey, key)));
      await tx.delete(n2nFleetScans).where(and(eq(n2nFleetScans.connectionId, connection.id), ne(n2nFleetScans.connectionKey, key)));
    }
    await tx.update(n2nFleetDevices).set({ position: -1 }).where(eq(n2nFleetDevices.connectionKey, key));
    for (let start = 0; start < rows.length; start += CHUNK) {
      await tx
        .insert(n2nFleetDevices)
        .values(rows.slice(start, start + CHUNK))
        .onConflictDoUpdate({
          target: [n2nFleetDevices.connectionKey, n2nFleetDevices.deviceId],
          set: {
            position: sql`excluded.position`,
            name: sql`excluded.name`,
            enterpriseId: sql`excluded.enterprise_id`,
            groupIds: sql`excluded.group_ids`,
            deviceType: sql`excluded.device_type`,
            network: sql`excluded.network`,
            enrolment: sql`excluded.enrolment`,
            createdAt: sql`excluded.created_at`,
            lastOnline: sql`excluded.last_online`,
            terms: sql`excluded.terms`,
          },
        });
    }
    await tx.delete(n2nFleetDevices).where(and(eq(n2nFleetDevices.connectionKey, key), eq(n2nFleetDevices.position, -1)));
    const at = new Date();
    await tx
      .update(n2nFleetScans)
      .set({ scannedAt: at, checkedAt: at, devices: rows.length, unreadable: listed.unreadable, error: null, errorCode: null, errorStatus: null })
      .where(eq(n2nFleetScans.connectionKey, key));
    return true;
  });
}

/** The last scan failed: the connection is failing, though the list still shows the scan before it. */
export function scanFailure(scan: TFleetScan): VendorError | null {
  return scan.error === null ? null : storedFailure(scan);
}

async function allDevices(connection: TUpstreamConnection, fresh: boolean, afterPage: () => Promise<void>): Promise<{ devices: TN2nDeviceRow[]; unreadable: number }> {
  const devices: TN2nDeviceRow[] = [];
  let unreadable = 0;
  for (let page = 0, skip = 0; page < MAX_PAGES; page++) {
    const { devices: read, sent, total } = await listDevices(connection, { limit: PAGE_LIMIT, skip }, fresh);
    devices.push(...read.map(toN2nDeviceRow));
    unreadable += sent - read.length;
    skip += sent;
    await afterPage();
    if (sent < PAGE_LIMIT || (total !== null && skip >= total)) break;
  }
  // A device listed twice (the list moved between pages) is kept once, where N2N first listed it.
  const seen = new Set<string>();
  return { devices: devices.filter((d) => !seen.has(d.deviceId) && seen.add(d.deviceId)), unreadable };
}
