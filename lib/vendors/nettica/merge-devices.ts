/** The first record of each id, in the order they came. */
export function uniqueById<T extends { id: string }>(records: readonly T[]): T[] {
  const seen = new Set<string>();
  return records.filter((record) => !seen.has(record.id) && Boolean(seen.add(record.id)));
}

/**
 * GET /device for a user limited to some networks lists a device once per VPN (nettica-admin's
 * core.ReadDevicesForUser): one device per id, its first entry's fields, the VPNs of every entry
 * (each VPN once), in the order they came.
 */
export function mergeDevicesById<T extends { id: string; vpns: readonly { id: string }[] }>(devices: readonly T[]): T[] {
  const merged = new Map<string, T>();
  for (const device of devices) {
    const first = merged.get(device.id);
    merged.set(device.id, first ? { ...first, vpns: uniqueById([...first.vpns, ...device.vpns]) } : device);
  }
  return [...merged.values()];
}
