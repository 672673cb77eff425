import "server-only";
import { callVendor, type TUpstreamConnection } from "@/lib/server/upstream";
import { ZNetticaDevices, type TNetticaDevice } from "@/lib/vendors/nettica/schemas";

/**
 * GET /device, never from the short read cache the pages share (listDevices keeps 5 s): the
 * monitor judges lastSeen against the time it asks, so it must see the reply of that moment.
 * Identical calls in flight are still shared.
 */
export async function fetchDevices(conn: TUpstreamConnection): Promise<TNetticaDevice[]> {
  const { data } = await callVendor(conn, { method: "GET", path: "/device", operation: "nettica.monitor.listDevices" }, ZNetticaDevices);
  return data;
}
