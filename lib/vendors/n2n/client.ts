import "server-only";
import { callVendor, pathSegment, type TUpstreamConnection } from "@/lib/server/upstream";
import { ZN2nDevice, ZN2nDevices, ZN2nMessages, type TN2nDevice, type TN2nDeviceListInput, type TN2nEnrolment, type TN2nPage } from "./schemas";

// N2N's quota window is 5 s: a page asked for again within it (another tab, a refresh) is served from here.
const LIST_CACHE_MS = 5_000;
const DETAIL_CACHE_MS = 10_000;

export type TN2nDeviceListing = { devices: TN2nDevice[]; total: number | null };

/** GET /devices?limit&skip[&enterpriseId]; the total only when the vendor sends one (X-Total-Count). */
export async function listDevices(conn: TUpstreamConnection, page: TN2nDeviceListInput): Promise<TN2nDeviceListing> {
  const query = { limit: page.limit, skip: page.skip, enterpriseId: page.enterpriseId };
  const result = await callVendor(conn, { method: "GET", path: "/devices", query, cacheTtlMs: LIST_CACHE_MS, operation: "n2n.listDevices" }, ZN2nDevices);
  const total = Number(result.headers["x-total-count"]);
  return { devices: result.data, total: result.headers["x-total-count"] && Number.isInteger(total) && total >= 0 ? total : null };
}

export function getDevice(conn: TUpstreamConnection, deviceId: string): Promise<TN2nDevice> {
  const path = `/devices/${pathSegment(deviceId)}`;
  return callVendor(conn, { method: "GET", path, cacheTtlMs: DETAIL_CACHE_MS, operation: "n2n.getDevice" }, ZN2nDevice).then((r) => r.data);
}

/** GET /devices/{id}/messages: uplinks newest first. */
export function listMessages(conn: TUpstreamConnection, deviceId: string, page: TN2nPage) {
  const path = `/devices/${pathSegment(deviceId)}/messages`;
  return callVendor(conn, { method: "GET", path, query: { limit: page.limit, skip: page.skip }, cacheTtlMs: DETAIL_CACHE_MS, operation: "n2n.listMessages" }, ZN2nMessages).then((r) => r.data);
}

/** POST /devices: never retried (a second enrolment of the same DevEUI would be refused as a duplicate). */
export function enrolDevice(conn: TUpstreamConnection, enrolment: TN2nEnrolment): Promise<TN2nDevice> {
  const body = { ...enrolment, deviceId: enrolment.deviceId.toUpperCase() };
  return callVendor(conn, { method: "POST", path: "/devices", body, operation: "n2n.enrolDevice" }, ZN2nDevice).then((r) => r.data);
}
