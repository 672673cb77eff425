import { resourceViews } from "./resource-views";
import type { TMegaportIx, TMegaportLocationDetail, TMegaportProduct, TMegaportVxc, TMegaportVxcEnd } from "./schemas";
import type {
  TMegaportApprovalView,
  TMegaportCompanyRef,
  TMegaportEndView,
  TMegaportIxDetail,
  TMegaportIxView,
  TMegaportLocationView,
  TMegaportProductDetail,
  TMegaportServiceRow,
  TMegaportVxcDetail,
  TMegaportVxcView,
} from "./views";

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

function locationView(id: number | null, detail: TMegaportLocationDetail | null, name?: string | null): TMegaportLocationView | null {
  const label = text(detail?.name) ?? text(name);
  if (!label) return null;
  return { id, name: label, city: text(detail?.city), metro: text(detail?.metro), country: text(detail?.country) };
}

type TLine = TMegaportProduct | TMegaportVxc | TMegaportIx;

function lineOf(service: TLine) {
  return {
    uid: service.productUid,
    name: service.productName,
    status: service.provisioningStatus,
    up: service.up,
    createDate: service.createDate,
    contractTermMonths: service.contractTermMonths,
    contractStartDate: service.contractStartDate,
    contractEndDate: service.contractEndDate,
    locked: service.locked,
    adminLocked: service.adminLocked,
  };
}

export function toEndView(end: TMegaportVxcEnd): TMegaportEndView {
  return {
    productUid: end.productUid,
    productName: end.productName,
    ownerUid: end.ownerUid,
    location: locationView(end.locationId, end.locationDetail, end.location),
    vlan: end.vlan,
    innerVlan: end.innerVlan,
  };
}

/** Megaport sends the approval object with every field null when nothing waits for approval. */
function approvalView(approval: TMegaportVxc["vxcApproval"]): TMegaportApprovalView | null {
  const status = text(approval?.status);
  if (!approval || !status) return null;
  return { status, message: text(approval.message), type: text(approval.type), newSpeedMbps: approval.newSpeed };
}

export function toVxcView(vxc: TMegaportVxc): TMegaportVxcView {
  return {
    ...lineOf(vxc),
    kind: "VXC",
    rateLimitMbps: vxc.rateLimit,
    distanceBand: text(vxc.distanceBand),
    shutdown: vxc.shutdown,
    approval: approvalView(vxc.vxcApproval),
    aEnd: toEndView(vxc.aEnd),
    bEnd: toEndView(vxc.bEnd),
  };
}

export function toIxView(ix: TMegaportIx): TMegaportIxView {
  return {
    ...lineOf(ix),
    kind: "IX",
    rateLimitMbps: ix.rateLimit,
    asn: ix.asn,
    vlan: ix.vlan,
    macAddress: ix.macAddress,
    networkServiceType: text(ix.networkServiceType),
  };
}

/** One row of the services table; the product names its company by uid and name. */
export function toServiceRow(product: TMegaportProduct): TMegaportServiceRow {
  const company: TMegaportCompanyRef = { uid: text(product.companyUid), name: text(product.companyName) };
  const isMve = product.productType === "MVE";
  return {
    ...lineOf(product),
    kind: "PRODUCT",
    type: product.productType,
    speedMbps: product.portSpeed,
    maxVxcSpeedMbps: product.maxVxcSpeed,
    location: locationView(product.locationId, product.locationDetail),
    liveDate: product.liveDate,
    company,
    mve: isMve ? { vendor: text(product.vendor), size: text(product.mveSize), label: text(product.mveLabel) } : null,
    lagId: product.lagId,
    vxcs: product.associatedVxcs.map(toVxcView),
    ixs: product.associatedIxs.map(toIxView),
  };
}

export const toVxcDetail = (vxc: TMegaportVxc): TMegaportVxcDetail => ({ ...toVxcView(vxc), resources: resourceViews(vxc.resources) });
export const toIxDetail = (ix: TMegaportIx): TMegaportIxDetail => ({ ...toIxView(ix), resources: resourceViews(ix.resources) });

/** A port, MCR or MVE with its technical resources and each VXC's A and B ends and resources. */
export function toProductDetail(product: TMegaportProduct): TMegaportProductDetail {
  return {
    ...toServiceRow(product),
    resources: resourceViews(product.resources),
    vxcs: product.associatedVxcs.map(toVxcDetail),
    ixs: product.associatedIxs.map(toIxDetail),
    market: text(product.market),
    diversityZone: product.diversityZone,
    costCentre: text(product.costCentre),
    vnics: product.vnics.map((vnic) => ({ vlan: vnic.vlan, description: text(vnic.description) })),
  };
}
