import "server-only";
import { callVendor, pathSegment, upstreamUsage, type TUpstreamConnection } from "@/lib/server/upstream";
import { megaportSession } from "./auth";
import { ZMegaportCompanyReply, ZMegaportLogin, ZMegaportProductsReply, ZMegaportServiceReply, type TMegaportLogin } from "./schemas";
import type { TMegaportUsage } from "./views";

// Every read is shared with identical calls in flight and cached briefly: N open pages cost one call
// against Megaport's 500 per 5 minutes (the upstream core's bucket keeps under it).
// Kept short: the connection test reads the same company URL and must not be answered from an old cache.
const CACHE_MS = 5_000;

/** The login object of a username + password connection (logs in if needed); null for API keys. */
export async function signedInUser(conn: TUpstreamConnection): Promise<TMegaportLogin | null> {
  const session = await megaportSession(conn);
  if (!session) return null;
  // The newer envelope may send companyId as a string; the seed sends a number.
  return ZMegaportLogin.parse({ ...session, companyId: Number(session.companyId) });
}

/** GET /secure/party/company/{companyId}, with the session as ?token= as the seed shows it. */
export function getCompany(conn: TUpstreamConnection, companyId: number) {
  const path = `/secure/party/company/${pathSegment(companyId)}`;
  return callVendor(conn, { method: "GET", path, cacheTtlMs: CACHE_MS, operation: "megaport.getCompany" }, ZMegaportCompanyReply).then((r) => r.data.data);
}

/**
 * GET /v2/products (not paginated): ports, MCRs and MVEs with their VXCs and IXs. A service agent
 * names the company with ?companyId=. The session goes in X-Auth-Token, keeping it out of URLs.
 */
export function listProducts(conn: TUpstreamConnection, companyId?: number) {
  return callVendor(
    conn,
    { method: "GET", path: "/v2/products", query: { companyId }, tokenPlacement: "header", cacheTtlMs: CACHE_MS, operation: "megaport.listProducts" },
    ZMegaportProductsReply,
  ).then((r) => r.data);
}

/** GET /v2/product/{productUid}: a port, MCR or MVE, or a VXC or IX by its own uid, told apart by kind. */
export function getService(conn: TUpstreamConnection, productUid: string) {
  const path = `/v2/product/${pathSegment(productUid)}`;
  return callVendor(conn, { method: "GET", path, tokenPlacement: "header", cacheTtlMs: CACHE_MS, operation: "megaport.getService" }, ZMegaportServiceReply).then(
    (r) => r.data.data,
  );
}

/** Calls spent in the current 5-minute window of this connection (this server instance). */
export function megaportUsage(conn: TUpstreamConnection): TMegaportUsage {
  const { window } = upstreamUsage(conn);
  return window && { used: window.used, limit: window.limit, windowMs: window.windowMs };
}
