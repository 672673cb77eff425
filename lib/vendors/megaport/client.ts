import "server-only";
import { callVendor, pathSegment, sharedUpstreamUsage, type TUpstreamConnection } from "@/lib/server/upstream";
import { ZMegaportCompanyReply, ZMegaportEmploymentReply } from "./account-schemas";
import { megaportSession } from "./auth";
import { ZMegaportProductsReply, ZMegaportServiceReply } from "./schemas";
import type { TMegaportUsage } from "./views";

// Every read is shared with identical calls in flight and cached briefly: N open pages cost one call
// against Megaport's 500 per 5 minutes (the upstream core's bucket keeps under it).
// Kept short: the connection test reads the same company URL and must not be answered from an old cache.
// Every function takes `otp`: the admin's one-time code when Megaport asked for one at sign-in, used once.
const CACHE_MS = 5_000;

/** The login object of a username + password connection (signs in if needed); null for API keys. */
export const signedInUser = (conn: TUpstreamConnection, otp?: string) => megaportSession(conn, otp);

/** GET /secure/party/company/{companyId or uid}: a legacy call that answers without the envelope. */
export function getCompany(conn: TUpstreamConnection, company: number | string, otp?: string) {
  const path = `/secure/party/company/${pathSegment(company)}`;
  return callVendor(conn, { method: "GET", path, otp, cacheTtlMs: CACHE_MS, operation: "megaport.getCompany" }, ZMegaportCompanyReply).then((r) => r.data);
}

/**
 * GET /v2/products (not paginated): the ports, MCRs and MVEs of the signed-in company with their VXCs
 * and IXs. No public source shows a parameter for another company, so none is sent.
 */
export function listProducts(conn: TUpstreamConnection, otp?: string) {
  return callVendor(conn, { method: "GET", path: "/v2/products", otp, cacheTtlMs: CACHE_MS, operation: "megaport.listProducts" }, ZMegaportProductsReply).then(
    (r) => r.data,
  );
}

/** GET /v2/product/{productUid}: a port, MCR or MVE, or a VXC or IX by its own uid, told apart by kind. */
export function getService(conn: TUpstreamConnection, productUid: string, otp?: string) {
  const path = `/v2/product/${pathSegment(productUid)}`;
  return callVendor(conn, { method: "GET", path, otp, cacheTtlMs: CACHE_MS, operation: "megaport.getService" }, ZMegaportServiceReply).then((r) => r.data.data);
}

/** GET /v2/employment: the company's users (what an API key can say about who it is). */
export function listCompanyUsers(conn: TUpstreamConnection, otp?: string) {
  return callVendor(conn, { method: "GET", path: "/v2/employment", otp, cacheTtlMs: CACHE_MS, operation: "megaport.listCompanyUsers" }, ZMegaportEmploymentReply).then(
    (r) => r.data.data,
  );
}

/** Calls spent in the current 5-minute window of this connection's credential, by every instance. */
export async function megaportUsage(conn: TUpstreamConnection): Promise<TMegaportUsage> {
  const { window } = await sharedUpstreamUsage(conn);
  return window && { used: window.used, limit: window.limit, windowMs: window.windowMs };
}
