import "server-only";
import { n2nDeviceHref, vendorPageHref } from "@/lib/attention/item-hrefs";
import { fleetDevices } from "@/lib/server/n2n-fleet/fleet-query";
import { freshFleet } from "@/lib/server/n2n-fleet/fleet-scan";
import { isN2nDeviceId, isN2nIngestedId, type TN2nDeviceRow } from "@/lib/vendors/n2n/schemas";
import { field, type TSearchEntry, type TVendorEntries } from "./search-entry";

/**
 * Every device, found by name or DevEUI, from the fleet index: the same scan of every page as the
 * list page and the attention view (one per N2N_DEVICE_SCAN_MS for all of them), so a search costs
 * N2N no call of its own.
 */
export const n2nEntries: TVendorEntries = async (connection) => n2nDeviceEntries(connection.id, await fleetDevices(await freshFleet(connection)));

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
