import type { TRandom } from "../random";
import { detailOf, LOCATIONS, type TLocationName } from "./locations";
import type { TCompany, TIx, TLocation, TProduct, TProductType, TProvisioningStatus, TVxc, TVxcApproval, TVxcEnd } from "./records";

const DAY = 86_400_000;

export type TBuildContext = { random: TRandom; now: number; nextProductId(): number; people: string[] };

export type TServiceSpec = {
  name: string;
  status: TProvisioningStatus;
  location: TLocationName;
  speed: number | null;
  termMonths: number;
  /** How long ago it was ordered. */
  ageDays: number;
  locked?: boolean;
  lag?: { id: number; primary: boolean };
  mve?: { vendor: string; size: string; label: string; vnics: number };
  mcrAsn?: number;
};

const isLiveLike = (status: TProvisioningStatus) => status === "LIVE" || status === "CONFIGURED";
const isGone = (status: TProvisioningStatus) => status === "DECOMMISSIONED" || status === "CANCELLED";

/** A port (MEGAPORT), MCR (MCR2) or MVE, shaped like the recorded /v2/products records. */
export function buildService(ctx: TBuildContext, company: TCompany, type: TProductType, spec: TServiceSpec): TProduct {
  const { random, now } = ctx;
  const location: TLocation = LOCATIONS[spec.location];
  const createDate = now - spec.ageDays * DAY - random.int(0, DAY);
  const liveDate = spec.status === "LIVE" || spec.status === "DECOMMISSIONED" ? createDate + random.int(1, 9) * DAY : null;
  const contractStartDate = liveDate ?? createDate;
  const terminateDate = isGone(spec.status) ? now - random.int(1, Math.max(2, spec.ageDays - 10)) * DAY : null;
  const interfaceResource = {
    demarcation: type === "MEGAPORT" ? `${location.name}\nType: Single-mode Fibre Pair\nTermination: LC connector\n` : "",
    loa_template: "megaport",
    media: spec.speed && spec.speed >= 100_000 ? "LR4" : spec.speed === 10_000 ? "LR" : "LX",
    port_speed: type === "MEGAPORT" ? spec.speed : 40_000,
    resource_name: "interface",
    resource_type: "interface",
    up: spec.status === "LIVE" ? 1 : 0,
    shutdown: false,
  };
  const vnics = spec.mve ? Array.from({ length: spec.mve.vnics }, (_, i) => ({ vlan: random.int(100, 4000), description: String(i) })) : undefined;
  const product: TProduct = {
    productId: ctx.nextProductId(),
    productUid: random.uuid(),
    productName: spec.name,
    secondaryName: null,
    productType: type,
    provisioningStatus: spec.status,
    portSpeed: type === "MVE" ? null : spec.speed,
    maxVxcSpeed: isGone(spec.status) ? null : type === "MVE" ? 10_000 : spec.speed,
    locationId: location.id,
    locationDetail: detailOf(location),
    lagPrimary: spec.lag?.primary ?? false,
    lagId: spec.lag?.id ?? null,
    aggregationId: null,
    createDate,
    createdBy: random.pick(ctx.people),
    terminateDate,
    liveDate,
    contractStartDate,
    contractEndDate: contractStartDate + spec.termMonths * 30 * DAY,
    contractTermMonths: spec.termMonths,
    market: location.market,
    costCentre: random.chance(0.3) ? random.pick(["NETENG-01", "CLOUD-OPS", "FIN-7731"]) : undefined,
    usageAlgorithm: null,
    marketplaceVisibility: false,
    vxcPermitted: true,
    vxcAutoApproval: false,
    virtual: type !== "MEGAPORT",
    buyoutPort: false,
    locked: spec.locked ?? false,
    adminLocked: false,
    ...(spec.mve ? { vendor: spec.mve.vendor, mveSize: spec.mve.size, mveLabel: spec.mve.label } : {}),
    companyUid: company.companyUid,
    companyName: company.companyName,
    associatedVxcs: [],
    associatedIxs: [],
    attributeTags: isGone(spec.status)
      ? { terminatedServiceDetails: { location: { id: location.id, name: location.name, site_code: location.city.slice(0, 3).toLowerCase() } } }
      : {},
    ...(vnics ? { vnics } : {}),
    diversityZone: type === "MVE" && !isLiveLike(spec.status) ? null : random.pick(["red", "blue"] as const),
    up: spec.status === "LIVE" ? true : spec.status === "CONFIGURED" ? false : null,
    cancelable: !(spec.locked ?? false),
  };
  if (isLiveLike(spec.status)) {
    product.resources = {
      interface: interfaceResource,
      ...(type === "MCR2"
        ? { virtual_router: { mcrAsn: spec.mcrAsn ?? 133937, resource_name: "virtual_router", resource_type: "virtual_router", speed: spec.speed, bgpShutdownDefault: false } }
        : {}),
      ...(type === "MVE" && vnics ? { virtual_machine: [{ cpu_count: 2, id: 0, resource_type: "virtual_machine", up: spec.status === "LIVE", vnics }] } : {}),
    };
  }
  if (product.costCentre === undefined) delete product.costCentre;
  return product;
}

export type TVxcSpec = {
  name: string;
  status: TProvisioningStatus;
  rateLimit: number;
  ageDays: number;
  aVlan: number | null;
  bEnd: { ownerUid: string; productUid: string; productName: string; location: TLocationName; vlan: number | null; cloud?: "AWS" | "AZURE" | "GOOGLE" | "TRANSIT" };
  /** Shut down by the customer: configured, passing no traffic. */
  shutdown?: boolean;
  /** Waiting for the other end to accept. */
  approval?: Pick<TVxcApproval, "status" | "message" | "type">;
};

/** A VXC from `aEnd` to another service or a cloud; ends lose their location once it is gone. */
export function buildVxc(ctx: TBuildContext, aEnd: TProduct, spec: TVxcSpec): TVxc {
  const { random, now } = ctx;
  const gone = isGone(spec.status);
  const bLocation = LOCATIONS[spec.bEnd.location];
  const end = (ownerUid: string, productUid: string, productName: string, location: TLocation, vlan: number | null): TVxcEnd => ({
    ownerUid,
    productUid,
    productName,
    locationId: gone ? null : location.id,
    location: gone ? null : location.name,
    locationDetail: gone ? null : detailOf(location),
    vlan: gone ? null : vlan,
    innerVlan: null,
    secondaryName: null,
  });
  const aLocation = Object.values(LOCATIONS).find((l) => l.id === aEnd.locationId) ?? LOCATIONS.sydney;
  const createDate = now - spec.ageDays * DAY;
  const distanceBand = aLocation.metro === bLocation.metro ? "METRO" : aLocation.country === bLocation.country ? "ZONE" : "INTERZONE";
  const shutdown = spec.shutdown ?? false;
  const running = spec.status === "LIVE" && !shutdown;
  // A gone VXC keeps an empty vll list (megaportgo's VXCResources has to read `"vll": []`).
  const resources: Record<string, unknown> = gone ? { vll: [] } : {};
  if (isLiveLike(spec.status)) {
    // A VXC's interface is a list of the ports it rides on.
    resources.interface = [{ demarcation: "", description: "", id: random.int(10_000, 99_999), loa_template: "megaport", media: "LR", name: "", port_speed: aEnd.portSpeed ?? 10_000, resource_name: "interface", resource_type: "interface", up: running ? 1 : 0 }];
    resources.vll = { a_vlan: spec.aVlan, b_vlan: spec.bEnd.vlan, rate_limit_mbps: spec.rateLimit, resource_name: "vll", resource_type: "vll", up: running ? 1 : 0, shutdown };
    if (spec.bEnd.cloud) {
      resources.csp_connection = { connectType: spec.bEnd.cloud, resource_name: "b_csp_connection", resource_type: "csp_connection", vlan: spec.bEnd.vlan };
    }
  }
  return {
    productId: ctx.nextProductId(),
    productUid: random.uuid(),
    productName: spec.name,
    productType: "VXC",
    rateLimit: spec.rateLimit,
    distanceBand,
    provisioningStatus: spec.status,
    usageAlgorithm: distanceBand === "INTERZONE" ? "POST_PAID_HOURLY_SPEED_LONG_HAUL_VXC" : "POST_PAID_HOURLY_NORMALISED_SPEED",
    createdBy: random.pick(ctx.people),
    createDate,
    ...(gone ? { terminateDate: now - random.int(1, Math.max(2, spec.ageDays - 1)) * DAY } : {}),
    resources,
    vxcApproval: spec.approval ? { ...spec.approval, uid: random.uuid(), newSpeed: null } : { status: null, message: null, uid: null, type: null, newSpeed: null },
    contractStartDate: null,
    contractEndDate: null,
    contractTermMonths: 1,
    locked: false,
    adminLocked: false,
    attributeTags: {},
    up: spec.status === "LIVE" ? running : spec.status === "CONFIGURED" ? false : null,
    shutdown,
    cancelable: true,
    aEnd: {
      ...end(aEnd.companyUid, aEnd.productUid, aEnd.productName, aLocation, spec.aVlan),
      ...(aEnd.productType === "MVE" ? { vNicIndex: 0 } : {}),
    },
    bEnd: end(spec.bEnd.ownerUid, spec.bEnd.productUid, spec.bEnd.productName, bLocation, spec.bEnd.vlan),
  };
}

/** An Internet Exchange connection on a port. */
export function buildIx(ctx: TBuildContext, port: TProduct, name: string, status: TProvisioningStatus, asn: number): TIx {
  const { random, now } = ctx;
  const mac = Array.from({ length: 6 }, () => random.hex(2)).join(":");
  const vlan = random.int(100, 3000);
  return {
    productId: ctx.nextProductId(),
    productUid: random.uuid(),
    productName: name,
    productType: "IX",
    provisioningStatus: status,
    networkServiceType: name.replace(/^IX-/, "").split(" ")[0],
    asn,
    macAddress: mac,
    rateLimit: 1000,
    vlan,
    locationId: port.locationId,
    createDate: now - random.int(60, 400) * DAY,
    terminateDate: isGone(status) ? now - random.int(1, 30) * DAY : null,
    up: status === "LIVE" ? true : null,
    resources: status === "LIVE" ? { vpls_interface: { mac_address: mac, rate_limit_mbps: 1000, resource_name: "vpls_interface", resource_type: "vpls_interface", vlan } } : {},
    attributeTags: {},
  };
}
