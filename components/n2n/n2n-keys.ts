import { isN2nDeviceId } from "@/lib/vendors/n2n/device-ids";
import { fleetListParams, type TFleetList } from "@/lib/n2n-fleet/fleet-list-url";

/** React-query keys: everything of one connection sits under ["n2n", connectionId]. */
export const n2nKeys = {
  connection: (connectionId: string) => ["n2n", connectionId] as const,
  devices: (connectionId: string) => ["n2n", connectionId, "devices"] as const,
  fleet: (connectionId: string, list: TFleetList) => ["n2n", connectionId, "devices", "fleet", list] as const,
  device: (connectionId: string, deviceId: string) => ["n2n", connectionId, "device", deviceId] as const,
  uplinks: (connectionId: string, deviceId: string, limit: number) => ["n2n", connectionId, "device", deviceId, "uplinks", limit] as const,
  usage: (connectionId: string) => ["n2n", connectionId, "usage"] as const,
};

/** The BFF path of one connection's N2N operations. */
export const n2nApi = (connectionId: string, path: string) => `/api/v/n2n/${encodeURIComponent(connectionId)}/${path}`;

/** The BFF path of one device: a DevEUI or an ingested id, nothing else (so no id can reach another path). */
export function n2nDevicePath(deviceId: string): string {
  if (!isN2nDeviceId(deviceId)) throw new Error(`"${deviceId}" is neither a DevEUI nor an ingested device id`);
  return `devices/${encodeURIComponent(deviceId)}`;
}

/** The list's query: the connection, and the page, filters and order the list was showing. */
export function listQuery(connectionId: string, list?: Partial<TFleetList>): string {
  return new URLSearchParams([["connection", connectionId], ...(list ? fleetListParams(list) : [])]).toString();
}

/** The device's page (remembering the list it was opened from), or null for an id N2N would not take back (it is shown, not linked). */
export const deviceHref = (connectionId: string, deviceId: string, from?: Partial<TFleetList>) =>
  isN2nDeviceId(deviceId) ? `/n2n/devices/${encodeURIComponent(deviceId)}?${listQuery(connectionId, from)}` : null;
