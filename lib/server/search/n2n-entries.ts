import "server-only";
import { n2nDeviceHref, vendorPageHref } from "@/lib/attention/item-hrefs";
import type { TUpstreamConnection } from "@/lib/server/upstream";
import { listDevices } from "@/lib/vendors/n2n/client";
import { isN2nDeviceId, isN2nIngestedId, toN2nDeviceRow, type TN2nDeviceRow } from "@/lib/vendors/n2n/schemas";
import { field, type TSearchEntry, type TVendorEntries } from "./search-entry";

/** N2N's largest page: the fewest calls (each counts against the key's daily quota) for the whole list. */
const PAGE_LIMIT = 1000;
// A vendor that ignored `skip` would repeat its first page forever.
const MAX_PAGES = 500;

/**
 * Every device, found by name or DevEUI: every page of GET /devices. The index reads N2N only once
 * per N2N_DEVICE_SCAN_MS (vendor-entries.ts), as often as the attention view scans, and only while
 * someone searches.
 */
export const n2nEntries: TVendorEntries = async (connection) => n2nDeviceEntries(connection.id, await allDevices(connection));

async function allDevices(connection: TUpstreamConnection): Promise<TN2nDeviceRow[]> {
  const devices: TN2nDeviceRow[] = [];
  for (let page = 0, skip = 0; page < MAX_PAGES; page++) {
    const { devices: read, sent, total } = await listDevices(connection, { limit: PAGE_LIMIT, skip });
    devices.push(...read.map(toN2nDeviceRow));
    skip += sent;
    if (sent < PAGE_LIMIT || (total !== null && skip >= total)) break;
  }
  return devices;
}

/** The enrolment's keys (AppKey, NwkKey, session keys) are not in a device row: only its name, id and type are indexed. */
export function n2nDeviceEntries(connectionId: string, devices: readonly TN2nDeviceRow[]): TSearchEntry[] {
  return devices.map((device) => {
    const ingested = isN2nIngestedId(device.deviceId);
    return {
      kind: "n2n.device",
      title: device.name || device.deviceId,
      detail: [ingested ? `device ${device.deviceId}` : `DevEUI ${device.deviceId}`, device.deviceType].filter(Boolean).join(" · "),
      href: isN2nDeviceId(device.deviceId) ? n2nDeviceHref(connectionId, device.deviceId) : vendorPageHref("n2n", connectionId),
      fields: [...field("name", device.name), ...field(ingested ? "device id" : "DevEUI", device.deviceId)],
    };
  });
}
