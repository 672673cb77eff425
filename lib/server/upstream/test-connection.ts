import "server-only";
import { z } from "zod";
import { acretoCustomers } from "@/lib/vendors/acreto/auth";
import { megaportSession } from "@/lib/vendors/megaport/auth";
import { log } from "../log";
import { callVendor } from "./call-vendor";
import { pathSegment } from "./url";
import type { TUpstreamConnection } from "./types";
import { isVendorError, type TUpstreamErrorCode } from "./vendor-error";

export type TConnectionCheck = { ok: boolean; latencyMs: number; message: string; code?: TUpstreamErrorCode };

const ZList = z.array(z.unknown());
const count = (items: unknown[], noun: string) => `${items.length} ${noun}${items.length === 1 ? "" : "s"}`;

/** One cheap signed call per vendor; the message says what came back. */
async function probe(conn: TUpstreamConnection, otp?: string): Promise<string> {
  switch (conn.vendor) {
    case "nettica": {
      const { data } = await callVendor(conn, { method: "GET", path: "/net", operation: "nettica.test", fresh: true }, ZList);
      return `Nettica answered with ${count(data, "network")}.`;
    }
    case "acreto": {
      const customers = await acretoCustomers(conn, otp);
      const first = customers[0];
      if (!first) return "Signed in to Acreto; the account sees no customers.";
      const path = `/customers/${pathSegment(first.uuid)}/ecosystems`;
      const { data } = await callVendor(conn, { method: "GET", path, otp, operation: "acreto.test", fresh: true }, ZList);
      return `Signed in to Acreto; customer "${first.name}" has ${count(data, "ecosystem")}.`;
    }
    case "provision": {
      const query = { target: "ipam", action: "get", mask: 8 };
      await callVendor(conn, { method: "GET", path: "", query, operation: "provision.test", fresh: true });
      return "ProVision accepted the signature.";
    }
    case "n2n": {
      const query = { limit: 10, skip: 0 };
      const { data } = await callVendor(conn, { method: "GET", path: "/devices", query, operation: "n2n.test", fresh: true }, ZList);
      return `N2N answered with ${count(data, "device")} on the first page.`;
    }
    case "megaport": {
      const session = await megaportSession(conn);
      if (session && session.companyId !== null) {
        const path = `/secure/party/company/${pathSegment(session.companyId)}`;
        await callVendor(conn, { method: "GET", path, operation: "megaport.test", fresh: true });
        return `Signed in to Megaport as ${session.username ?? "the user"} (${session.companyName ?? `company ${session.companyId}`}).`;
      }
      const { data } = await callVendor(conn, { method: "GET", path: "/v2/products", operation: "megaport.test", fresh: true });
      const products = z.looseObject({ data: ZList }).safeParse(data);
      return products.success ? `Megaport answered with ${count(products.data.data, "service")}.` : "Megaport accepted the API key.";
    }
  }
}

/** Checks a connection end to end: `{ok, latencyMs, message}`, never throws for a vendor failure. */
export async function testConnection(conn: TUpstreamConnection, otp?: string): Promise<TConnectionCheck> {
  const started = performance.now();
  const latencyMs = () => Math.round(performance.now() - started);
  try {
    const message = await probe(conn, otp);
    return { ok: true, latencyMs: latencyMs(), message };
  } catch (error) {
    // ProVision's success:0 comes with HTTP 200: the signature was accepted, the query merely found nothing.
    if (isVendorError(error) && conn.vendor === "provision" && error.status === 200) {
      return { ok: true, latencyMs: latencyMs(), message: `ProVision accepted the signature (it said: ${error.detail ?? "no data"}).` };
    }
    if (isVendorError(error)) return { ok: false, latencyMs: latencyMs(), message: error.message, code: error.code };
    log.error({ err: error, vendor: conn.vendor, connection: conn.id }, "connection test failed unexpectedly");
    return { ok: false, latencyMs: latencyMs(), message: "The check failed unexpectedly; the details are in the server log." };
  }
}
