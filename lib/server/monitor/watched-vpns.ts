import "server-only";
import { NETTICA_DOWN_AFTER_MS, netticaHealth, netticaTimeMs, type TNetticaDevice } from "@/lib/vendors/nettica/schemas";

/** One VPN the monitor watches, as judged at one moment. */
export type TVpnObservation = {
  deviceId: string;
  deviceName: string;
  vpnId: string;
  vpnName: string;
  netName: string;
  /** "never": the device never checked in (no lastSeen), so there is nothing to judge. */
  health: "up" | "down" | "never";
  lastSeenMs: number | null;
};

/**
 * The seed's monitor rule: every VPN with a non-empty `current.endpoint` is watched, and it is
 * down when its device's lastSeen is more than 300 s (NETTICA_DOWN_AFTER_MS, or the connection's
 * own downAfterSeconds, the attention view's rule too) before `nowMs` — exactly 300 s is still up. Like the seed script (which skips devices without `lastSeen`),
 * a device that never checked in is never alerted on: it was never up, so "down" would be noise
 * about a device still being set up; its state stays whatever it was.
 */
export function watchedVpns(devices: TNetticaDevice[], nowMs: number, downAfterMs = NETTICA_DOWN_AFTER_MS): TVpnObservation[] {
  return devices.flatMap((device) => {
    const health = netticaHealth(device.lastSeen, nowMs, downAfterMs);
    const lastSeenMs = device.lastSeen ? netticaTimeMs(device.lastSeen) : null;
    return device.vpns
      .filter((vpn) => (vpn.current?.endpoint ?? "") !== "")
      .map((vpn) => ({
        deviceId: device.id,
        deviceName: device.name,
        vpnId: vpn.id,
        vpnName: vpn.name,
        netName: vpn.netName,
        health,
        lastSeenMs,
      }));
  });
}
