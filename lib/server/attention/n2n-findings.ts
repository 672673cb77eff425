import "server-only";
import { elapsedText } from "@/lib/attention/elapsed-text";
import { n2nDeviceHref, vendorPageHref } from "@/lib/attention/item-hrefs";
import { sharedUpstreamUsage, type TUpstreamConnection } from "@/lib/server/upstream";
import { sharedRead } from "@/lib/server/upstream/shared-reads";
import { listDevices } from "@/lib/vendors/n2n/client";
import { isN2nDeviceId, toN2nDeviceRow } from "@/lib/vendors/n2n/schemas";
import type { TFinding, TVendorFindings } from "./finding";

// Defaults (threshold-fields.ts): LoRaWAN sensors report every few minutes to hours, so a day without an uplink means a
// flat battery, a lost gateway or a removed device; from 90 % of the key's daily quota (TPD) the rest of the day is at risk.

/**
 * Silence is measured in hours, and every page read counts against the key's daily quota: the
 * device list is scanned once per this long for everyone, not on every refresh of the overview.
 * N2N_SCAN_SECONDS (30–3600, default 300) sets it: each scan costs one call per 1,000 devices.
 */
export const N2N_DEVICE_SCAN_MS = scanIntervalMs(process.env.N2N_SCAN_SECONDS);

function scanIntervalMs(setting: string | undefined): number {
  const seconds = Number(setting);
  return setting !== undefined && Number.isFinite(seconds) && seconds >= 30 && seconds <= 3_600 ? Math.round(seconds * 1000) : 5 * 60_000;
}
/** N2N's largest page: the fewest calls for the whole list. */
const PAGE_LIMIT = 1000;
// A vendor that ignored `skip` would repeat its first page forever.
const MAX_PAGES = 500;

type THeard = { deviceId: string; name: string; lastOnline: number | null; createdAt: number | null };

/** Devices silent for longer than the connection allows (a day), and the API key near its daily quota. */
export const n2nFindings: TVendorFindings<"n2n"> = async (connection, now, thresholds) => {
  const silentAfterMs = thresholds.silentAfterHours * 3_600_000;
  const quiet = await quietDevices(connection, silentAfterMs);
  const silent = quiet.flatMap((device) => deviceSilent(connection.id, device, now, silentAfterMs));
  // After the scan: its own calls count against today's quota too.
  return [...silent, ...(await nearDailyQuota(connection, thresholds.quotaWarningPercent / 100))];
};

/**
 * Every page of GET /devices, once per N2N_DEVICE_SCAN_MS for every viewer and instance; only devices that may be silent
 * before the next scan are kept. Keyed by the threshold: a changed one is judged on a scan that kept what it needs.
 */
function quietDevices(connection: TUpstreamConnection, silentAfterMs: number): Promise<THeard[]> {
  const key = `attention.n2n.quiet\u0000${connection.id}\u0000${connection.version}\u0000${silentAfterMs}`;
  return sharedRead(key, connection.id, N2N_DEVICE_SCAN_MS, async () => {
    const scannedAt = Date.now();
    const quiet: THeard[] = [];
    for (let page = 0, skip = 0; page < MAX_PAGES; page++) {
      const { devices, sent, total } = await listDevices(connection, { limit: PAGE_LIMIT, skip });
      for (const device of devices.map(toN2nDeviceRow)) {
        const heard = device.lastOnline ?? device.createdAt;
        if (heard === null || scannedAt + N2N_DEVICE_SCAN_MS - heard > silentAfterMs) {
          quiet.push({ deviceId: device.deviceId, name: device.name, lastOnline: device.lastOnline, createdAt: device.createdAt });
        }
      }
      skip += sent;
      if (sent < PAGE_LIMIT || (total !== null && skip >= total)) break;
    }
    return quiet;
  }).then(({ value }) => value);
}

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
