import "server-only";
import { callVendor, pathSegment, type TUpstreamConnection } from "@/lib/server/upstream";
import { ZNetticaDevice, ZNetticaDeviceStatus, ZNetticaDevices, ZNetticaVpn, type TNetticaDeviceStatus } from "./schemas";

// Nettica asks clients to respect the ETags of its expensive calls: keep the last body per device.
const statusCache = new Map<string, { etag: string; status: TNetticaDeviceStatus }>();
const STATUS_CACHE_LIMIT = 20_000;

export function listDevices(conn: TUpstreamConnection) {
  return callVendor(conn, { method: "GET", path: "/device", cacheTtlMs: 5_000, operation: "nettica.listDevices" }, ZNetticaDevices).then((r) => r.data);
}

export function getDevice(conn: TUpstreamConnection, id: string) {
  return callVendor(conn, { method: "GET", path: `/device/${pathSegment(id)}`, cacheTtlMs: 5_000, operation: "nettica.getDevice" }, ZNetticaDevice).then((r) => r.data);
}

/** GET /device/:id/status with If-None-Match; a 304 serves the body kept from last time. */
export async function deviceStatus(conn: TUpstreamConnection, id: string): Promise<TNetticaDeviceStatus> {
  const key = `${conn.id}@${conn.version}/${id}`;
  const cached = statusCache.get(key);
  const { status, headers, data } = await callVendor(
    conn,
    { method: "GET", path: `/device/${pathSegment(id)}/status`, headers: cached ? { "if-none-match": cached.etag } : undefined, operation: "nettica.deviceStatus" },
    ZNetticaDeviceStatus.nullable(),
  );
  if (status === 304 && cached) return cached.status;
  if (!data) throw new Error("Nettica sent no device status");
  if (headers.etag) {
    if (statusCache.size >= STATUS_CACHE_LIMIT) statusCache.delete(statusCache.keys().next().value!);
    statusCache.set(key, { etag: headers.etag, status: data });
  }
  return data;
}

export function setVpnEnabled(conn: TUpstreamConnection, vpnId: string, enabled: boolean) {
  const path = `/vpn/${pathSegment(vpnId)}/${enabled ? "enable" : "disable"}`;
  return callVendor(conn, { method: "PATCH", path, operation: enabled ? "nettica.enableVpn" : "nettica.disableVpn" }, ZNetticaVpn.nullable()).then((r) => r.data);
}
