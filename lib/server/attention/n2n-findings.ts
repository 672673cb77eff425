import "server-only";
import { elapsedText } from "@/lib/attention/elapsed-text";
import { n2nDeviceHref, vendorPageHref } from "@/lib/attention/item-hrefs";
import { sharedUpstreamUsage, type TUpstreamConnection } from "@/lib/server/upstream";
import { silentDevices } from "@/lib/server/n2n-fleet/fleet-query";
import { freshFleet, scanFailure } from "@/lib/server/n2n-fleet/fleet-scan";
import { isN2nDeviceId } from "@/lib/vendors/n2n/schemas";
import type { TFinding, TVendorFindings } from "./finding";

// Defaults (threshold-fields.ts): LoRaWAN sensors report every few minutes to hours, so a day without an uplink means a
// flat battery, a lost gateway or a removed device; from 90 % of the key's daily quota (TPD) the rest of the day is at risk.

export { N2N_DEVICE_SCAN_MS } from "@/lib/server/n2n-fleet/scan-interval";

type THeard = { deviceId: string; name: string; lastOnline: number | null; createdAt: number | null };

/**
 * Devices silent for longer than the connection allows (a day), from the fleet index (one scan of
 * every page per N2N_SCAN_SECONDS for every reader and instance), and the API key near its daily quota.
 */
export const n2nFindings: TVendorFindings<"n2n"> = async (connection, now, thresholds) => {
  const silentAfterMs = thresholds.silentAfterHours * 3_600_000;
  const scan = await freshFleet(connection);
  const failure = scanFailure(scan);
  if (failure) throw failure;
  const quiet = (await silentDevices(scan, new Date(now - silentAfterMs))).map(
    (row): THeard => ({ deviceId: row.deviceId, name: row.name, lastOnline: row.lastOnline?.getTime() ?? null, createdAt: row.createdAt?.getTime() ?? null }),
  );
  const silent = quiet.flatMap((device) => deviceSilent(connection.id, device, now, silentAfterMs));
  // After the scan: its own calls count against today's quota too.
  return [...silent, ...(await nearDailyQuota(connection, thresholds.quotaWarningPercent / 100))];
};

function deviceSilent(connectionId: string, device: THeard, now: number, silentAfterMs: number): TFinding[] {
  const heard = device.lastOnline ?? device.createdAt;
  // A device with neither time says nothing about when it was last heard: it is not judged.
  if (heard === null || now - heard <= silentAfterMs) return [];
  return [
    {
      kind: "n2n.device_silent",
      subject: device.deviceId,
      severity: "warning",
      title: `${device.name || device.deviceId} is silent`,
      detail: device.lastOnline === null ? `no uplink since it was enrolled ${elapsedText(now - heard)} ago` : `last uplink ${elapsedText(now - heard)} ago`,
      href: isN2nDeviceId(device.deviceId) ? n2nDeviceHref(connectionId, device.deviceId) : vendorPageHref("n2n", connectionId),
      startedAt: heard,
    },
  ];
}

/** The calls Patchbay made today with this key, as every instance counted them (the usage the N2N page shows). */
async function nearDailyQuota(connection: TUpstreamConnection, warningShare: number): Promise<TFinding[]> {
  const usage = await sharedUpstreamUsage(connection);
  if (!usage.perDay || usage.callsToday < usage.perDay * warningShare) return [];
  const share = Math.floor((usage.callsToday / usage.perDay) * 100);
  return [
    {
      kind: "n2n.daily_quota",
      subject: "daily-calls",
      severity: "warning",
      title: `API key has used ${share} % of today's calls`,
      detail: `${usage.callsToday.toLocaleString("en")} of ${usage.perDay.toLocaleString("en")} calls; the count starts again at 00:00 UTC`,
      href: vendorPageHref("n2n", connection.id),
      startedAt: null,
    },
  ];
}
