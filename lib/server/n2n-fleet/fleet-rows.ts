import "server-only";
import type { n2nFleetDevices } from "@/lib/server/db/schema";
import type { TN2nDeviceRow } from "@/lib/vendors/n2n/schemas";

export type TFleetRow = typeof n2nFleetDevices.$inferSelect;
type TFleetInsert = typeof n2nFleetDevices.$inferInsert;

const time = (ms: number | null) => (ms === null ? null : new Date(ms));

/** What a search is matched against: id, name, enterprise, type and groups, lower-cased, one per line. */
export const fleetTerms = (device: TN2nDeviceRow) => [device.deviceId, device.name, device.enterpriseId, device.deviceType ?? "", ...device.groupIdList].join("\n").toLowerCase();

/** A listed device as its row: everything the list shows, nothing secret (a device row holds no key). The signal columns are left to the uplinks. */
export function fleetRowOf(connectionKey: string, connectionId: string, device: TN2nDeviceRow, position: number): TFleetInsert {
  return {
    connectionKey,
    connectionId,
    deviceId: device.deviceId,
    position,
    name: device.name,
    enterpriseId: device.enterpriseId,
    groupIds: device.groupIdList,
    deviceType: device.deviceType,
    network: device.network,
    enrolment: device.enrolment,
    createdAt: time(device.createdAt),
    lastOnline: time(device.lastOnline),
    terms: fleetTerms(device),
  };
}

/** A row as the device list's view: the device and what Patchbay last read of its signal. */
export function deviceOfRow(row: TFleetRow): TN2nDeviceRow {
  return {
    deviceId: row.deviceId,
    network: row.network,
    name: row.name,
    enterpriseId: row.enterpriseId,
    groupIdList: row.groupIds,
    deviceType: row.deviceType,
    enrolment: row.enrolment,
    createdAt: row.createdAt?.getTime() ?? null,
    lastOnline: row.lastOnline?.getTime() ?? null,
  };
}
