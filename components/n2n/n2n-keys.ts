import { isN2nDeviceId } from "@/lib/vendors/n2n/device-ids";
import type { TN2nDeviceListInput } from "@/lib/vendors/n2n/schemas";

/** React-query keys: everything of one connection sits under ["n2n", connectionId]. */
export const n2nKeys = {
  connection: (connectionId: string) => ["n2n", connectionId] as const,
  devices: (connectionId: string) => ["n2n", connectionId, "devices"] as const,
  devicePage: (connectionId: string, page: TN2nDeviceListInput) => ["n2n", connectionId, "devices", "page", page] as const,
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

/** Which page of the device list a device was opened from: its "← All devices" returns there. */
export type TListPage = { limit: number; skip: number; enterpriseId?: string | null };

/** The list's query: connection, page and page size, and the enterprise filter when one is set. */
export function listQuery(connectionId: string, page?: TListPage): string {
  const params = new URLSearchParams({ connection: connectionId });
  if (page) {
    params.set("limit", String(page.limit));
    params.set("skip", String(page.skip));
    if (page.enterpriseId) params.set("enterpriseId", page.enterpriseId);
  }
  return params.toString();
}

/** The device's page (remembering the list page it was opened from), or null for an id N2N would not take back (it is shown, not linked). */
export const deviceHref = (connectionId: string, deviceId: string, from?: TListPage) =>
  isN2nDeviceId(deviceId) ? `/n2n/devices/${encodeURIComponent(deviceId)}?${listQuery(connectionId, from)}` : null;
