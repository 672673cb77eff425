import { z } from "zod";
import { ZUnreadableSummary } from "@/lib/vendors/tolerant";

/**
 * The views Patchbay's BFF returns for Megaport (universal: the pages import the types). Built
 * field by field from the vendor payloads, so nothing unnamed here — a BGP auth key in a
 * technical resource, the session token in the login object — can reach a browser.
 */
const zMs = z.number().nullable();

export const ZMegaportLocationView = z.object({
  id: z.number().nullable(),
  name: z.string(),
  city: z.string().nullable(),
  metro: z.string().nullable(),
  country: z.string().nullable(),
});
export type TMegaportLocationView = z.infer<typeof ZMegaportLocationView>;

/** One end of a VXC: the service it plugs into, where, on which VLAN. */
export const ZMegaportEndView = z.object({
  productUid: z.string(),
  productName: z.string(),
  ownerUid: z.string().nullable(),
  location: ZMegaportLocationView.nullable(),
  vlan: z.number().nullable(),
  innerVlan: z.number().nullable(),
});
export type TMegaportEndView = z.infer<typeof ZMegaportEndView>;

/** A technical resource (interface, virtual_router, vll, csp_connection…) as field/value pairs, secrets left out. */
export const ZMegaportResourceView = z.object({
  name: z.string(),
  fields: z.array(z.tuple([z.string(), z.string()])),
});
export type TMegaportResourceView = z.infer<typeof ZMegaportResourceView>;

const lineShape = {
  uid: z.string(),
  name: z.string(),
  status: z.string(),
  up: z.boolean().nullable(),
  createDate: zMs,
  contractTermMonths: z.number().nullable(),
  contractStartDate: zMs,
  contractEndDate: zMs,
  locked: z.boolean(),
  adminLocked: z.boolean(),
};

/** A change waiting for the other end's approval: a new VXC, a speed change. */
export const ZMegaportApprovalView = z.object({ status: z.string(), message: z.string().nullable(), type: z.string().nullable(), newSpeedMbps: z.number().nullable() });
export type TMegaportApprovalView = z.infer<typeof ZMegaportApprovalView>;

export const ZMegaportVxcView = z.object({
  ...lineShape,
  kind: z.literal("VXC"),
  rateLimitMbps: z.number().nullable(),
  distanceBand: z.string().nullable(),
  /** Shut down by the customer: configured, but passing no traffic. */
  shutdown: z.boolean(),
  approval: ZMegaportApprovalView.nullable(),
  aEnd: ZMegaportEndView,
  bEnd: ZMegaportEndView,
});
export type TMegaportVxcView = z.infer<typeof ZMegaportVxcView>;

export const ZMegaportIxView = z.object({
  ...lineShape,
  kind: z.literal("IX"),
  rateLimitMbps: z.number().nullable(),
  asn: z.number().nullable(),
  vlan: z.number().nullable(),
  macAddress: z.string().nullable(),
  networkServiceType: z.string().nullable(),
});
export type TMegaportIxView = z.infer<typeof ZMegaportIxView>;

/** The company a product names: by uid and name (products carry no company number). */
export const ZMegaportCompanyRef = z.object({ uid: z.string().nullable(), name: z.string().nullable() });
export type TMegaportCompanyRef = z.infer<typeof ZMegaportCompanyRef>;

/** A port (MEGAPORT), MCR (MCR2) or MVE with its VXCs and IXs: one row of the services table. */
export const ZMegaportServiceRow = z.object({
  ...lineShape,
  kind: z.literal("PRODUCT"),
  type: z.string(),
  speedMbps: z.number().nullable(),
  maxVxcSpeedMbps: z.number().nullable(),
  location: ZMegaportLocationView.nullable(),
  liveDate: zMs,
  company: ZMegaportCompanyRef,
  mve: z.object({ vendor: z.string().nullable(), size: z.string().nullable(), label: z.string().nullable() }).nullable(),
  lagId: z.number().nullable(),
  vxcs: z.array(ZMegaportVxcView),
  ixs: z.array(ZMegaportIxView),
});
export type TMegaportServiceRow = z.infer<typeof ZMegaportServiceRow>;

export const ZMegaportUsage = z.object({ used: z.number(), limit: z.number(), windowMs: z.number() }).nullable();
export type TMegaportUsage = z.infer<typeof ZMegaportUsage>;

/** What a read left out because it did not fit Megaport's known payload (added by the BFF when anything was). */
const unreadable = ZUnreadableSummary.optional();

/** GET services: the signed-in company's services (the login's, or the API key's). */
export const ZMegaportServiceList = z.object({
  message: z.string(),
  services: z.array(ZMegaportServiceRow),
  usage: ZMegaportUsage,
  fetchedAt: z.string(),
  unreadable,
});
export type TMegaportServiceList = z.infer<typeof ZMegaportServiceList>;

export const ZMegaportVxcDetail = ZMegaportVxcView.extend({ resources: z.array(ZMegaportResourceView) });
export type TMegaportVxcDetail = z.infer<typeof ZMegaportVxcDetail>;
export const ZMegaportIxDetail = ZMegaportIxView.extend({ resources: z.array(ZMegaportResourceView) });
export type TMegaportIxDetail = z.infer<typeof ZMegaportIxDetail>;

export const ZMegaportProductDetail = ZMegaportServiceRow.extend({
  resources: z.array(ZMegaportResourceView),
  vxcs: z.array(ZMegaportVxcDetail),
  ixs: z.array(ZMegaportIxDetail),
  market: z.string().nullable(),
  diversityZone: z.string().nullable(),
  costCentre: z.string().nullable(),
  vnics: z.array(z.object({ vlan: z.number().nullable(), description: z.string().nullable() })),
});
export type TMegaportProductDetail = z.infer<typeof ZMegaportProductDetail>;

/** GET services/:uid — a port, MCR or MVE, or one VXC or IX by its own uid. */
export const ZMegaportServiceDetail = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("PRODUCT"), product: ZMegaportProductDetail, fetchedAt: z.string(), unreadable }),
  z.object({ kind: z.literal("VXC"), vxc: ZMegaportVxcDetail, fetchedAt: z.string(), unreadable }),
  z.object({ kind: z.literal("IX"), ix: ZMegaportIxDetail, fetchedAt: z.string(), unreadable }),
]);
export type TMegaportServiceDetail = z.infer<typeof ZMegaportServiceDetail>;

export const ZMegaportCompanyView = z.object({
  companyId: z.number().nullable(),
  companyUid: z.string().nullable(),
  companyName: z.string(),
  legalName: z.string().nullable(),
  tradingName: z.string().nullable(),
  country: z.string().nullable(),
  market: z.string().nullable(),
  www: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  /** What the signed-in user may do in this company (the login's permissions); null for an API key, which does not say. */
  permissions: z.array(z.string()).nullable(),
  /** The company the user (or API key) belongs to; the others are held as a service agent. */
  home: z.boolean(),
  /** Why the company's details could not be read, when they could not. */
  problem: z.string().nullable(),
});
export type TMegaportCompanyView = z.infer<typeof ZMegaportCompanyView>;

export const ZMegaportPerson = z.object({
  username: z.string(),
  name: z.string().nullable(),
  personId: z.number().nullable(),
  companyId: z.number().nullable(),
  companyName: z.string().nullable(),
  channelPartner: z.boolean(),
  loginDate: zMs,
  expiryDate: zMs,
  timeZone: z.string().nullable(),
  locale: z.string().nullable(),
  language: z.string().nullable(),
});
export type TMegaportPerson = z.infer<typeof ZMegaportPerson>;

/** One user of the company, from GET /v2/employment. */
export const ZMegaportUserView = z.object({
  personId: z.number().nullable(),
  name: z.string(),
  email: z.string().nullable(),
  position: z.string().nullable(),
  active: z.boolean().nullable(),
  mfaEnabled: z.boolean().nullable(),
});
export type TMegaportUserView = z.infer<typeof ZMegaportUserView>;

/**
 * GET identity: who the connection signs in as and what it may do where. An API key names no
 * person: its company comes from its products and /v2/employment, whose users are listed instead.
 */
export const ZMegaportIdentity = z.object({
  auth: z.enum(["session", "apiKey"]),
  person: ZMegaportPerson.nullable(),
  companies: z.array(ZMegaportCompanyView),
  users: z.array(ZMegaportUserView),
  /** Why the company's users could not be listed, when they could not. */
  usersProblem: z.string().nullable(),
  usage: ZMegaportUsage,
  fetchedAt: z.string(),
  unreadable,
});
export type TMegaportIdentity = z.infer<typeof ZMegaportIdentity>;
