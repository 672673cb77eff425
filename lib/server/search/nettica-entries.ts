import "server-only";
import { netticaDeviceHref } from "@/lib/attention/item-hrefs";
import { listDevices } from "@/lib/vendors/nettica/client";
import type { TNetticaDevice } from "@/lib/vendors/nettica/schemas";
import { field, plural, type TSearchEntry, type TVendorEntries } from "./search-entry";

/** Every device, found by its name and its VPNs' names, endpoints and addresses. One GET /device, shared with the Nettica pages and the attention view. */
export const netticaEntries: TVendorEntries = async (connection) => netticaDeviceEntries(connection.id, await listDevices(connection));

export function netticaDeviceEntries(connectionId: string, devices: readonly TNetticaDevice[]): TSearchEntry[] {
  return devices.map((device) => ({
    kind: "nettica.device",
    title: device.name,
    detail: [device.platform || device.os, plural(device.vpns.length, "VPN")].filter(Boolean).join(" · "),
    href: netticaDeviceHref(connectionId, device.id),
    // Named one by one: the device record also carries its agent key and enrolment code, the VPNs their private keys.
    fields: [
      ...field("device", device.name),
      ...device.vpns.flatMap((vpn) => {
        const endpoint = vpn.current?.endpoint ?? "";
        return [
          ...field("VPN", vpn.name),
          ...field("network", vpn.netName),
          ...field("endpoint", endpoint),
          ...(vpn.current?.address ?? []).flatMap((address) => field("address", address)),
        ];
      }),
    ],
  }));
}
