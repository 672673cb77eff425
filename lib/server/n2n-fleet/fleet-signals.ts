import "server-only";
import { and, asc, eq, gt, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import { openedDatabase } from "@/lib/server/db/client";
import { n2nFleetDevices, n2nFleetScans } from "@/lib/server/db/schema";
import { sharedUpstreamUsage, type TUpstreamConnection } from "@/lib/server/upstream";
import { listMessages } from "@/lib/vendors/n2n/client";
import { isN2nUplink, toN2nUplinkView, type TN2nUplinkView } from "@/lib/vendors/n2n/schemas";
import { searchIndexKey } from "@/lib/server/search/search-index-key";
import { N2N_DEVICE_SCAN_MS } from "./scan-interval";

/** N2N's smallest page of messages: the newest uplink is among them. */
const NEWEST = { limit: 10, skip: 0 };
/** Signal reads stop while the key has used this share of its daily quota: the list scan and the admins' own reads come first. */
const QUOTA_SHARE = 0.5;
/** At most this share of the key's daily quota (TPD) goes to signal reads, spread over the day's scans. */
const DAILY_SHARE = 0.25;

/**
 * How many devices' newest uplinks a scan reads (one call each), N2N_SIGNAL_READS_PER_SCAN (0–200,
 * default 20), and never more than a quarter of the key's daily quota over a day of scans: the
 * device list carries no RSSI or battery, so these fill in over a few scans, and at once for a
 * device whose page is opened.
 */
export const SIGNAL_READS_PER_SCAN = readsPerScan(process.env.N2N_SIGNAL_READS_PER_SCAN);

function readsPerScan(setting: string | undefined): number {
  const reads = Number(setting);
  return setting !== undefined && Number.isInteger(reads) && reads >= 0 && reads <= 200 ? reads : 20;
}

/** This scan's reads: the setting, within the daily share when the key's TPD is known. */
export function signalReadsFor(perDay: number | null): number {
  if (!perDay) return SIGNAL_READS_PER_SCAN;
  const scansPerDay = 86_400_000 / N2N_DEVICE_SCAN_MS;
  return Math.min(SIGNAL_READS_PER_SCAN, Math.floor((perDay * DAILY_SHARE) / scansPerDay));
}

export type TSignal = { signalAt: Date; rssi: number | null; snr: number | null; battery: number | null; batteryUnit: string | null };

const BATTERY = /batt/i;

/** The signal an uplink carries: the gateway's RSSI and SNR, and a battery reading when the device sends one (volts or percent). */
export function signalOf(uplink: TN2nUplinkView): TSignal {
  const battery = uplink.readings.find((r) => (BATTERY.test(r.type) || BATTERY.test(r.label ?? "")) && typeof r.value === "number" && Number.isFinite(r.value));
  return {
    signalAt: new Date(uplink.ts),
    rssi: uplink.rssi,
    snr: uplink.snr,
    battery: battery ? (battery.value as number) : null,
    batteryUnit: battery?.unit ?? null,
  };
}

/** The newest of the uplinks read: what the list shows of the device. */
export const newestUplink = (uplinks: readonly TN2nUplinkView[]) => uplinks.reduce<TN2nUplinkView | undefined>((top, u) => (!top || u.ts > top.ts ? u : top), undefined);

/** Keeps the newest uplink's signal on the device's row, unless a newer one is there. Best effort: never opens the database, never throws. */
export async function recordSignal(connection: TUpstreamConnection, deviceId: string, uplinks: readonly TN2nUplinkView[]): Promise<void> {
  const newest = newestUplink(uplinks);
  const opened = openedDatabase();
  if (!newest || !opened) return;
  try {
    const { db } = await opened;
    const signal = signalOf(newest);
    await db
      .update(n2nFleetDevices)
      .set(signal)
      .where(
        and(
          eq(n2nFleetDevices.connectionKey, searchIndexKey(connection)),
          eq(n2nFleetDevices.deviceId, deviceId),
          or(isNull(n2nFleetDevices.signalAt), lt(n2nFleetDevices.signalAt, signal.signalAt)),
        ),
      );
  } catch {
    // The list shows the older signal until the next read.
  }
}

/**
 * After a scan: the newest uplinks of up to signalReadsFor(TPD) devices heard since their signal
 * was read: never-read first, and the longest unheard first (a silent device's last battery and
 * RSSI say most), so the stalest signal is read next. Stops at a throttle or a failure (the
 * next scan goes on) and while the key is past half of its daily quota.
 */
export async function readSignals(connection: TUpstreamConnection, connectionKey: string): Promise<void> {
  const opened = openedDatabase();
  if (!opened) return;
  const usage = await sharedUpstreamUsage(connection);
  const reads = signalReadsFor(usage.perDay);
  if (reads === 0 || (usage.perDay && usage.callsToday >= usage.perDay * QUOTA_SHARE)) return;
  const { db } = await opened;
  const due = await db
    .select({ deviceId: n2nFleetDevices.deviceId })
    .from(n2nFleetDevices)
    .where(
      and(
        eq(n2nFleetDevices.connectionKey, connectionKey),
        isNotNull(n2nFleetDevices.lastOnline),
        or(isNull(n2nFleetDevices.signalAt), gt(n2nFleetDevices.lastOnline, n2nFleetDevices.signalAt)),
      ),
    )
    .orderBy(sql`${n2nFleetDevices.signalAt} is null desc`, asc(n2nFleetDevices.lastOnline), asc(n2nFleetDevices.position))
    .limit(reads);
  for (const { deviceId } of due) {
    // A connection deleted meanwhile (or edited and scanned anew): its scan row is gone, and nothing more is asked with its credentials.
    const [scan] = await db.select({ key: n2nFleetScans.connectionKey }).from(n2nFleetScans).where(eq(n2nFleetScans.connectionKey, connectionKey));
    if (!scan) return;
    const messages = await listMessages(connection, deviceId, NEWEST);
    await recordSignal(connection, deviceId, messages.filter(isN2nUplink).map(toN2nUplinkView));
    // Heard by something other than an uplink (or by none N2N still holds): not asked again until it is heard anew.
    await db
      .update(n2nFleetDevices)
      .set({ signalAt: sql`${n2nFleetDevices.lastOnline}` })
      .where(
        and(
          eq(n2nFleetDevices.connectionKey, connectionKey),
          eq(n2nFleetDevices.deviceId, deviceId),
          or(isNull(n2nFleetDevices.signalAt), lt(n2nFleetDevices.signalAt, n2nFleetDevices.lastOnline)),
        ),
      );
  }
}
