import "server-only";
import { callVendor, pathSegment, type TUpstreamConnection } from "@/lib/server/upstream";
import { ZN2nDevice, ZN2nDevicePage, ZN2nMessages, type TN2nDevice, type TN2nDeviceListInput, type TN2nEnrolment, type TN2nPage } from "./schemas";

// N2N's quota window is 5 s: a page asked for again within it (another tab, a refresh) is served from here.
const LIST_CACHE_MS = 5_000;
const DETAIL_CACHE_MS = 10_000;
// A week of readings is a few thousand lines: more than a page read, still one call.
const EXPORT_TIMEOUT_MS = 60_000;

const devicePath = (deviceId: string) => `/devices/${pathSegment(deviceId)}`;

/** One page as N2N sent it: `sent` records, of which `devices` could be read; the total only when the vendor sends one (X-Total-Count). */
export type TN2nDeviceListing = { devices: TN2nDevice[]; sent: number; total: number | null };

/** GET /devices?limit&skip[&enterpriseId]. */
export async function listDevices(conn: TUpstreamConnection, page: TN2nDeviceListInput, fresh = false): Promise<TN2nDeviceListing> {
  const query = { limit: page.limit, skip: page.skip, enterpriseId: page.enterpriseId };
  const result = await callVendor(conn, { method: "GET", path: "/devices", query, cacheTtlMs: LIST_CACHE_MS, fresh, operation: "n2n.listDevices" }, ZN2nDevicePage);
  const total = Number(result.headers["x-total-count"]);
  return { ...result.data, total: result.headers["x-total-count"] && Number.isInteger(total) && total >= 0 ? total : null };
}

/** GET /devices/{id}: a DevEUI or an ingested device id. */
export function getDevice(conn: TUpstreamConnection, deviceId: string, fresh = false): Promise<TN2nDevice> {
  return callVendor(conn, { method: "GET", path: devicePath(deviceId), cacheTtlMs: DETAIL_CACHE_MS, fresh, operation: "n2n.getDevice" }, ZN2nDevice).then((r) => r.data);
}

/** GET /devices/{id}/messages: newest first, in the published or the flat shape. */
export function listMessages(conn: TUpstreamConnection, deviceId: string, page: TN2nPage) {
  const path = `${devicePath(deviceId)}/messages`;
  return callVendor(conn, { method: "GET", path, query: { limit: page.limit, skip: page.skip }, cacheTtlMs: DETAIL_CACHE_MS, operation: "n2n.listMessages" }, ZN2nMessages).then((r) => r.data);
}

/** GET /devices/{id}/readings/export: every reading N2N keeps for the device, as N2N's own CSV. */
export async function exportReadings(conn: TUpstreamConnection, deviceId: string): Promise<string> {
  const result = await callVendor(conn, { method: "GET", path: `${devicePath(deviceId)}/readings/export`, headers: { accept: "text/csv" }, responseType: "text", timeoutMs: EXPORT_TIMEOUT_MS, operation: "n2n.exportReadings" });
  return typeof result.data === "string" ? result.data : "";
}

/** POST /devices: never retried (a second enrolment of the same DevEUI would be refused as a duplicate). */
export function enrolDevice(conn: TUpstreamConnection, enrolment: TN2nEnrolment): Promise<TN2nDevice> {
  const body = { ...enrolment, deviceId: enrolment.deviceId.toUpperCase() };
  return callVendor(conn, { method: "POST", path: "/devices", body, operation: "n2n.enrolDevice" }, ZN2nDevice).then((r) => r.data);
}

/** DELETE /devices/{id}: unenrols the device; a change, so never retried, shared or cached. */
export async function unenrolDevice(conn: TUpstreamConnection, deviceId: string): Promise<void> {
  await callVendor(conn, { method: "DELETE", path: devicePath(deviceId), idempotent: false, operation: "n2n.unenrolDevice" });
}
