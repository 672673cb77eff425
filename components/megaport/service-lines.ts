import type { TServiceMatch } from "@/lib/vendors/megaport/service-filter";
import type { TMegaportEndView, TMegaportIxView, TMegaportServiceRow, TMegaportVxcView } from "@/lib/vendors/megaport/views";

/** One line of the services table: a port, MCR or MVE, or one of its VXCs or IXs nested beneath it. */
export type TServiceLine =
  | { kind: "PRODUCT"; id: string; service: TMegaportServiceRow; children: TServiceLine[]; childMatched: boolean }
  | { kind: "VXC"; id: string; vxc: TMegaportVxcView; parent: TMegaportServiceRow }
  | { kind: "IX"; id: string; ix: TMegaportIxView; parent: TMegaportServiceRow };

/** A VXC between two of the account's services hangs under both, so a child's id includes its parent's. */
export function serviceLines(matches: TServiceMatch[]): TServiceLine[] {
  return matches.map(({ service, vxcs, ixs, childMatched }) => ({
    kind: "PRODUCT",
    id: service.uid,
    service,
    childMatched,
    children: [
      ...vxcs.map((vxc): TServiceLine => ({ kind: "VXC", id: `${service.uid}/${vxc.uid}`, vxc, parent: service })),
      ...ixs.map((ix): TServiceLine => ({ kind: "IX", id: `${service.uid}/${ix.uid}`, ix, parent: service })),
    ],
  }));
}

/** The end of a VXC away from the service it is listed under. */
export const farEnd = (vxc: TMegaportVxcView, parent: TMegaportServiceRow): TMegaportEndView => (vxc.aEnd.productUid === parent.uid ? vxc.bEnd : vxc.aEnd);

/** The fields every kind of line has, for sorting and the shared columns. */
export function lineFields(line: TServiceLine) {
  switch (line.kind) {
    case "PRODUCT":
      return line.service;
    case "VXC":
      return { ...line.vxc, type: "VXC", speedMbps: line.vxc.rateLimitMbps, location: farEnd(line.vxc, line.parent).location };
    case "IX":
      return { ...line.ix, type: "IX", speedMbps: line.ix.rateLimitMbps, location: line.parent.location };
  }
}
