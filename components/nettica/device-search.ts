import type { TNetticaDeviceRow } from "@/lib/vendors/nettica/schemas";

// Built once per device row object, so typing in the search box over 10,000 devices stays quick.
const haystacks = new WeakMap<TNetticaDeviceRow, string>();

function haystackOf(device: TNetticaDeviceRow): string {
  let text = haystacks.get(device);
  if (text === undefined) {
    text = [device.name, device.description, ...device.vpns.flatMap((vpn) => [vpn.netName, vpn.endpoint])].join("\n").toLowerCase();
    haystacks.set(device, text);
  }
  return text;
}

/** Devices whose name, description, VPN network or endpoint contain every word of the search. */
export function searchDevices(devices: TNetticaDeviceRow[], search: string): TNetticaDeviceRow[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return devices;
  return devices.filter((device) => {
    const text = haystackOf(device);
    return words.every((word) => text.includes(word));
  });
}
