import "server-only";
import { callVendor, pathSegment, type TUpstreamConnection } from "@/lib/server/upstream";
import { ZNetticaDevice, ZNetticaDevices, ZNetticaVpn, ZNetticaVpns } from "./schemas";

// Never GET /device/:id/status here: it is the agent's check-in, which only the device's own key
// opens (an account key gets 401) and which would mark the device as seen. Health is lastSeen from GET /device.
// Nor GET /vpn/:id/config: the WireGuard config (or QR code) it returns carries the VPN's private key.

/** GET /device: every device with its VPNs, merged by id (a user limited to some networks gets a device once per VPN). */
export function listDevices(conn: TUpstreamConnection) {
  return callVendor(conn, { method: "GET", path: "/device", cacheTtlMs: 5_000, operation: "nettica.listDevices" }, ZNetticaDevices).then((r) => r.data);
}

/** GET /device/:id: the device alone; Nettica sends no `vpns` here (see listVpns). */
export function getDevice(conn: TUpstreamConnection, id: string) {
  return callVendor(conn, { method: "GET", path: `/device/${pathSegment(id)}`, cacheTtlMs: 5_000, operation: "nettica.getDevice" }, ZNetticaDevice).then((r) => r.data);
}

/** GET /vpn: every VPN of the account, shared and cached like the device list; a device's VPNs are those with its `deviceid`. */
export function listVpns(conn: TUpstreamConnection) {
  return callVendor(conn, { method: "GET", path: "/vpn", cacheTtlMs: 5_000, operation: "nettica.listVpns" }, ZNetticaVpns).then((r) => r.data);
}

export function setVpnEnabled(conn: TUpstreamConnection, vpnId: string, enabled: boolean) {
  const path = `/vpn/${pathSegment(vpnId)}/${enabled ? "enable" : "disable"}`;
  return callVendor(conn, { method: "PATCH", path, operation: enabled ? "nettica.enableVpn" : "nettica.disableVpn" }, ZNetticaVpn.nullable()).then((r) => r.data);
}
