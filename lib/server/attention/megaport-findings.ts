import "server-only";
import { megaportServiceHref } from "@/lib/attention/item-hrefs";
import { listProducts } from "@/lib/vendors/megaport/client";
import type { TMegaportIx, TMegaportProduct, TMegaportVxc } from "@/lib/vendors/megaport/schemas";
import type { TFinding, TVendorFindings } from "./finding";

/** Gone on purpose: megaportgo's DeleteProduct cancels (a cancelled service can be restored), then Megaport decommissions. */
const GONE_STATUSES: ReadonlySet<string> = new Set(["CANCELLED", "CANCELLED_PARENT", "DECOMMISSIONING", "DECOMMISSIONED"]);
/**
 * Statuses that need nobody: in service, a draft never ordered, or gone. Every other status —
 * NEW, CONFIGURED, DEPLOYABLE and any Megaport adds — is a service on its way to LIVE that is not there yet.
 */
export const MEGAPORT_SETTLED_STATUSES: ReadonlySet<string> = new Set(["LIVE", "DESIGN", ...GONE_STATUSES]);

type TService = TMegaportProduct | TMegaportVxc | TMegaportIx;
/** `notLiveAfterMs`: a service on its way to LIVE is shown once it has been so this long (default 0: at once). */
type TAbout = { connectionId: string; on: string | null; notLiveAfterMs: number };

const TYPE_NAMES: Record<string, string> = { MEGAPORT: "Port", MCR2: "MCR", MVE: "MVE", VXC: "VXC", IX: "IX" };
const typeName = (service: TService) => TYPE_NAMES[service.productType] ?? service.productType;

/** Services LIVE but not up, services not (yet) LIVE, VXCs shut down. One GET /v2/products, shared with the Megaport pages. */
export const megaportFindings: TVendorFindings<"megaport"> = async (connection, _now, thresholds) =>
  megaportServiceFindings(connection.id, (await listProducts(connection)).data, thresholds.notLiveAfterHours * 3_600_000);

/** Ports, MCRs and MVEs with their VXCs and IXs; a VXC between two of the company's own services is listed under both, and judged once. */
export function megaportServiceFindings(connectionId: string, products: readonly TMegaportProduct[], notLiveAfterMs = 0): TFinding[] {
  const judged = new Set<string>();
  const once = (service: TService, about: TAbout) => (judged.has(service.productUid) ? [] : (judged.add(service.productUid), serviceFindings(service, about)));
  return products.flatMap((product) => [
    ...once(product, { connectionId, on: null, notLiveAfterMs }),
    ...[...product.associatedVxcs, ...product.associatedIxs].flatMap((line) => once(line, { connectionId, on: product.productName, notLiveAfterMs })),
  ]);
}

function serviceFindings(service: TService, about: TAbout): TFinding[] {
  const name = service.productName || service.productUid;
  const where = about.on ? ` on ${about.on}` : "";
  const base = { subject: service.productUid, href: megaportServiceHref(about.connectionId, service.productUid), startedAt: null };
  // A shut-down VXC passes no traffic by the customer's choice: that, not "down", is what needs a look.
  if ("shutdown" in service && service.shutdown && !GONE_STATUSES.has(service.provisioningStatus)) {
    return [{ ...base, kind: "megaport.vxc_shut_down", severity: "warning", title: `VXC ${name} is shut down`, detail: `configured but passing no traffic${where}` }];
  }
  if (service.provisioningStatus === "LIVE" && service.up === false) {
    return [{ ...base, kind: "megaport.service_down", severity: "critical", title: `${name} is down`, detail: `${typeName(service)} is LIVE but not up${where}` }];
  }
  if (!MEGAPORT_SETTLED_STATUSES.has(service.provisioningStatus)) {
    // Megaport dates no status change: how long it has been on its way counts from Patchbay's first sighting.
    const wait = about.notLiveAfterMs > 0 ? { showAfterMs: about.notLiveAfterMs } : {};
    return [{ ...base, kind: "megaport.service_not_live", severity: "warning", title: `${name} is not live`, detail: `${typeName(service)} is ${service.provisioningStatus}${where}`, ...wait }];
  }
  return [];
}
