import type { TN2nDeviceRow } from "@/lib/vendors/n2n/schemas";

const haystackOf = (device: TN2nDeviceRow) =>
  [device.deviceId, device.name, device.enterpriseId, device.deviceType ?? "", ...device.groupIdList].join("\n").toLowerCase();

/** Devices of the loaded page whose DevEUI, name, enterprise, type or a group contain every word of the search, in `group` when one is picked. */
export function searchDevices(devices: TN2nDeviceRow[], search: string, group: string): TN2nDeviceRow[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  return devices.filter((device) => (!group || device.groupIdList.includes(group)) && words.every((word) => haystackOf(device).includes(word)));
}

/** The groups of the loaded page, master groups first, for the group filter. */
export function groupsOf(devices: TN2nDeviceRow[]): string[] {
  const groups = [...new Set(devices.flatMap((d) => d.groupIdList))];
  const master = (group: string) => (group.endsWith(".master") ? 0 : 1);
  return groups.sort((a, b) => master(a) - master(b) || a.localeCompare(b));
}

/** Every enterprise id seen and each level above it (nnn.agrinet.farm-north → nnn, nnn.agrinet), sorted as a tree. */
export function enterpriseTree(enterpriseIds: Iterable<string>): string[] {
  const all = new Set<string>();
  for (const id of enterpriseIds) {
    const levels = id.split(".");
    for (let n = 1; n <= levels.length; n += 1) all.add(levels.slice(0, n).join("."));
  }
  return [...all].sort();
}
