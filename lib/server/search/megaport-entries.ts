import "server-only";
import { megaportServiceHref } from "@/lib/attention/item-hrefs";
import { listProducts } from "@/lib/vendors/megaport/client";
import type { TMegaportIx, TMegaportProduct, TMegaportVxc } from "@/lib/vendors/megaport/schemas";
import { field, type TSearchEntry, type TVendorEntries } from "./search-entry";

type TService = TMegaportProduct | TMegaportVxc | TMegaportIx;

const TYPE_NAMES: Record<string, string> = { MEGAPORT: "Port", MCR2: "MCR", MVE: "MVE", VXC: "VXC", IX: "IX" };

/** Ports, MCRs and MVEs with their VXCs and IXs, found by name or UID. One GET /v2/products, shared with the Megaport pages. */
export const megaportEntries: TVendorEntries = async (connection) => megaportServiceEntries(connection.id, (await listProducts(connection)).data);

/** A VXC between two of the company's own services is listed under both: it is one entry. */
export function megaportServiceEntries(connectionId: string, products: readonly TMegaportProduct[]): TSearchEntry[] {
  const seen = new Set<string>();
  const entry = (service: TService, on: string | null): TSearchEntry[] => {
    if (seen.has(service.productUid)) return [];
    seen.add(service.productUid);
    const type = TYPE_NAMES[service.productType] ?? service.productType;
    return [
      {
        kind: "megaport.service",
        title: service.productName || service.productUid,
        detail: [type, service.provisioningStatus, on && `on ${on}`].filter(Boolean).join(" · "),
        href: megaportServiceHref(connectionId, service.productUid),
        fields: [...field("name", service.productName), ...field("UID", service.productUid)],
      },
    ];
  };
  return products.flatMap((product) => [
    ...entry(product, null),
    ...[...product.associatedVxcs, ...product.associatedIxs].flatMap((line) => entry(line, product.productName || product.productUid)),
  ]);
}
