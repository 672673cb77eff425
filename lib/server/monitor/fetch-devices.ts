import "server-only";
import { callVendor, type TUpstreamConnection } from "@/lib/server/upstream";
import { ZNetticaDevices, type TNetticaDevice } from "@/lib/vendors/nettica/schemas";

/**
 * GET /device, fresh: the monitor judges lastSeen against the time it asks, so it must see the
 * reply of that moment — not the copy the pages and the attention view share for 5 s (listDevices),
 * which the same pass has often just read.
 */
export async function fetchDevices(conn: TUpstreamConnection): Promise<TNetticaDevice[]> {
  const { data } = await callVendor(conn, { method: "GET", path: "/device", operation: "nettica.monitor.listDevices", fresh: true }, ZNetticaDevices);
  return data;
}
