import { z } from "zod";
import { zItems, zOneOrMany, zVendorTime } from "@/lib/vendors/tolerant";

/**
 * Megaport's products (https://api.megaport.com), checked against a recorded /v2/products answer
 * and megaportgo: dates are epoch ms, ISO strings or null; many fields are null on services that
 * are gone; types may arrive lower-case; every object carries more fields than the pages show
 * (they pass through). Lists are read item by item (zItems): one odd product is left out and
 * reported, never fatal to the page.
 */
export const zNullableNumber = z
  .number()
  .nullish()
  .transform((n) => n ?? null);
export const zNullableText = z
  .string()
  .nullish()
  .transform((text) => text ?? null);
/** A vendor time (epoch ms, ISO or null) that may also be left out. */
export const zTime = zVendorTime;
const zFlag = z
  .boolean()
  .nullish()
  .transform((flag) => flag ?? false);
/** "mcr2" and "MCR2" alike: megaportgo compares product types lower-cased. */
const zUpper = z.string().transform((value) => value.trim().toUpperCase());
/** The same for a VXC or IX nested in its product, where the type may be left out. */
const zUpperOr = (fallback: string) =>
  z
    .string()
    .nullish()
    .transform((value) => (value ?? fallback).trim().toUpperCase());

export const MEGAPORT_PROVISIONING_STATUSES = ["LIVE", "CONFIGURED", "NEW", "DESIGN", "DEPLOYABLE", "DECOMMISSIONED", "CANCELLED"] as const;
export type TMegaportProvisioningStatus = (typeof MEGAPORT_PROVISIONING_STATUSES)[number];
export const MEGAPORT_PRODUCT_TYPES = ["MEGAPORT", "MCR2", "MVE"] as const;

/** POST {authUrl}/oauth2/token?grant_type=client_credentials. */
export const ZMegaportOAuthToken = z.looseObject({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.number().positive().optional(), // seconds, at most 24 h
});
export type TMegaportOAuthToken = z.infer<typeof ZMegaportOAuthToken>;

/** Errors: {message, data, trace_id}, the trace id also in a Trace-Id header. */
export const ZMegaportError = z.looseObject({
  message: z.string(),
  data: z.unknown().optional(),
  trace_id: z.string().nullish(),
});
export type TMegaportError = z.infer<typeof ZMegaportError>;

/** The success envelope of the /v2 calls: {message, terms, data}. */
export function zMegaportEnvelope<T extends z.ZodType>(data: T) {
  return z.looseObject({
    message: z
      .string()
      .nullish()
      .transform((m) => m ?? ""),
    terms: z.string().optional(),
    data,
  });
}

export const ZMegaportLocationDetail = z.looseObject({
  name: zNullableText,
  city: zNullableText,
  metro: zNullableText,
  country: zNullableText,
});
export type TMegaportLocationDetail = z.infer<typeof ZMegaportLocationDetail>;
const zLocationDetail = ZMegaportLocationDetail.nullish().transform((detail) => detail ?? null);

/** A VXC's A-End or B-End; its location is null once the VXC is gone. */
export const ZMegaportVxcEnd = z.looseObject({
  ownerUid: zNullableText,
  productUid: z.string(),
  productName: z
    .string()
    .nullish()
    .transform((name) => name ?? ""),
  locationId: zNullableNumber,
  location: zNullableText,
  locationDetail: zLocationDetail,
  vlan: zNullableNumber,
  innerVlan: zNullableNumber,
  vNicIndex: z.number().nullish(),
});
export type TMegaportVxcEnd = z.infer<typeof ZMegaportVxcEnd>;

const ZResource = z.looseObject({});
/**
 * interface, vll, csp_connection… Shapes vary by service; some arrive as one object or a list
 * (a VXC's interface is a list, a gone VXC's vll is []), so those are always read as lists.
 */
const ZMegaportResources = z
  .looseObject({
    interface: zOneOrMany(ZResource, "interface"),
    vll: zOneOrMany(ZResource, "vll"),
    csp_connection: zOneOrMany(ZResource, "csp_connection"),
  })
  .nullish()
  .transform((resources) => resources ?? {});

const serviceShape = {
  productId: z.number().nullish(),
  productUid: z.string().min(1),
  productName: z
    .string()
    .nullish()
    .transform((name) => name ?? ""),
  provisioningStatus: zUpper,
  createDate: zTime,
  terminateDate: zTime,
  contractStartDate: zTime,
  contractEndDate: zTime,
  contractTermMonths: zNullableNumber,
  locked: zFlag,
  adminLocked: zFlag,
  cancelable: z.boolean().nullish(),
  up: z
    .boolean()
    .nullish()
    .transform((up) => up ?? null),
  resources: ZMegaportResources,
  attributeTags: z.record(z.string(), z.unknown()).nullish(),
};

/** A change waiting for the other end's approval (a new VXC, a speed change), or all nulls. */
const ZMegaportVxcApproval = z
  .looseObject({ status: zNullableText, message: zNullableText, uid: zNullableText, type: zNullableText, newSpeed: zNullableNumber })
  .nullish()
  .transform((approval) => approval ?? null);

export const ZMegaportVxc = z.looseObject({
  ...serviceShape,
  productType: zUpperOr("VXC"),
  rateLimit: zNullableNumber,
  distanceBand: zNullableText,
  shutdown: zFlag,
  vxcApproval: ZMegaportVxcApproval,
  aEnd: ZMegaportVxcEnd,
  bEnd: ZMegaportVxcEnd,
});
export type TMegaportVxc = z.infer<typeof ZMegaportVxc>;

/** An Internet Exchange connection on a port. */
export const ZMegaportIx = z.looseObject({
  ...serviceShape,
  productType: zUpperOr("IX"),
  rateLimit: zNullableNumber,
  asn: zNullableNumber,
  macAddress: zNullableText,
  vlan: zNullableNumber,
  networkServiceType: zNullableText,
  locationId: zNullableNumber,
});
export type TMegaportIx = z.infer<typeof ZMegaportIx>;

/** A port (MEGAPORT), MCR (MCR2) or MVE, with its VXCs and IXs. */
export const ZMegaportProduct = z.looseObject({
  ...serviceShape,
  productType: zUpper,
  secondaryName: zNullableText,
  portSpeed: zNullableNumber,
  maxVxcSpeed: zNullableNumber,
  locationId: zNullableNumber,
  locationDetail: zLocationDetail,
  liveDate: zTime,
  market: zNullableText,
  companyUid: zNullableText,
  companyName: zNullableText,
  lagId: zNullableNumber,
  lagPrimary: z.boolean().nullish(),
  virtual: z.boolean().nullish(),
  diversityZone: zNullableText,
  costCentre: zNullableText,
  vendor: zNullableText,
  mveSize: zNullableText,
  mveLabel: zNullableText,
  vnics: zItems(z.looseObject({ vlan: zNullableNumber, description: zNullableText }), "vNIC"),
  associatedVxcs: zItems(ZMegaportVxc, "VXC"),
  associatedIxs: zItems(ZMegaportIx, "IX"),
});
export type TMegaportProduct = z.infer<typeof ZMegaportProduct>;

/** GET /v2/products: {"message":"Found 455 Products","terms":…,"data":[…]} (not paginated), read product by product. */
export const ZMegaportProductsReply = zMegaportEnvelope(zItems(ZMegaportProduct, "product"));
export type TMegaportProductsReply = z.infer<typeof ZMegaportProductsReply>;

const isVxc = (service: { productType: string }) => service.productType === "VXC";
const isIx = (service: { productType: string }) => service.productType === "IX";

/** GET /v2/product/{productUid}: a top-level service, or a VXC/IX by its own uid. */
export const ZMegaportProductReply = zMegaportEnvelope(z.union([ZMegaportVxc.refine(isVxc), ZMegaportIx.refine(isIx), ZMegaportProduct]));
export type TMegaportProductReply = z.infer<typeof ZMegaportProductReply>;

/** The same reply told apart by kind: a VXC or IX asked for by its own uid, or a port, MCR or MVE. */
export const ZMegaportServiceReply = zMegaportEnvelope(
  z.union([
    ZMegaportVxc.refine(isVxc).transform((vxc) => ({ kind: "VXC" as const, vxc })),
    ZMegaportIx.refine(isIx).transform((ix) => ({ kind: "IX" as const, ix })),
    ZMegaportProduct.refine((service) => !isVxc(service) && !isIx(service)).transform((product) => ({ kind: "PRODUCT" as const, product })),
  ]),
);
export type TMegaportService = z.output<typeof ZMegaportServiceReply>["data"];
