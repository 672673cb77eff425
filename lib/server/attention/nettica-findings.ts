import "server-only";
import { elapsedText } from "@/lib/attention/elapsed-text";
import { netticaDeviceHref } from "@/lib/attention/item-hrefs";
import { listDevices } from "@/lib/vendors/nettica/client";
import { netticaHealth, netticaTimeMs, type TNetticaDevice } from "@/lib/vendors/nettica/schemas";
import type { TFinding, TVendorFindings } from "./finding";

// Down is the seed's 300 s rule (or the connection's own downAfterSeconds, the one the VPN monitor uses too), for
// devices that hold a VPN others dial (a non-empty endpoint), as the monitor watches them: a laptop that sleeps is not down.

/** Devices that hold a VPN with an endpoint and have not checked in for too long; VPNs turned off. One GET /device, shared with the Nettica pages. */
export const netticaFindings: TVendorFindings<"nettica"> = async (connection, now, thresholds) => {
  const devices = await listDevices(connection);
  const downAfterMs = thresholds.downAfterSeconds * 1000;
  return devices.flatMap((device) => [...deviceDown(connection.id, device, now, downAfterMs), ...vpnsDisabled(connection.id, device)]);
};

const servesEndpoint = (device: TNetticaDevice) => device.vpns.some((vpn) => (vpn.current?.endpoint ?? "") !== "");

function deviceDown(connectionId: string, device: TNetticaDevice, now: number, downAfterMs: number): TFinding[] {
  if (!servesEndpoint(device) || netticaHealth(device.lastSeen, now, downAfterMs) !== "down") return [];
  // "down" is only said of a lastSeen that reads as a time.
  const lastSeen = netticaTimeMs(device.lastSeen!)!;
  return [
    {
      kind: "nettica.device_down",
      subject: device.id,
      severity: "critical",
      title: `${device.name} is down`,
      detail: `last seen ${elapsedText(now - lastSeen)} ago`,
      href: netticaDeviceHref(connectionId, device.id),
      startedAt: lastSeen,
    },
  ];
}

function vpnsDisabled(connectionId: string, device: TNetticaDevice): TFinding[] {
  return device.vpns
    .filter((vpn) => !vpn.enable)
    .map((vpn) => ({
      kind: "nettica.vpn_disabled",
      subject: vpn.id,
      severity: "warning",
      title: `VPN ${vpn.name} is disabled`,
      detail: `on ${device.name}${vpn.netName ? ` in network ${vpn.netName}` : ""}`,
      href: netticaDeviceHref(connectionId, device.id),
      startedAt: null,
    }));
}
