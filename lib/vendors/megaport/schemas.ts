import { z } from "zod";

/**
 * Megaport's payloads (https://api.megaport.com), checked against a recorded /v2/products
 * answer: dates are epoch ms or null, many fields are null on services that are gone, and
 * every object carries more fields than the pages show (they pass through).
 */
const zEpochMs = z
  .number()
  .nullish()
  .transform((ms) => ms ?? null);
const zNullableNumber = z
  .number()
  .nullish()
  .transform((n) => n ?? null);
const zNullableText = z
  .string()
  .nullish()
  .transform((text) => text ?? null);
const zList = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((list) => list ?? []);

export const MEGAPORT_PROVISIONING_STATUSES = ["LIVE", "CONFIGURED", "NEW", "DESIGN", "DECOMMISSIONED", "CANCELLED"] as const;
export type TMegaportProvisioningStatus = (typeof MEGAPORT_PROVISIONING_STATUSES)[number];
export const MEGAPORT_PRODUCT_TYPES = ["MEGAPORT", "MCR2", "MVE"] as const;

/** POST /login (form body username, password): the session lives in `session`. */
export const ZMegaportLogin = z.looseObject({
  channelPartner: z.boolean().optional(),
  companyId: z.number(),
  companyName: z.string().optional(),
  expiryDate: zEpochMs,
  language: z.string().optional(),
  locale: z.string().optional(),
  loginDate: zEpochMs,
  /** Company id → what the user may do there; a service agent has several companies. */
  permissions: z.record(z.string(), z.array(z.string())).default({}),
  personId: z.number().optional(),
  session: z.string().min(1),
  sourceIp: z.string().optional(),
  timeZone: z.string().optional(),
  userAgent: z.string().optional(),
  username: z.string(),
});
export type TMegaportLogin = z.infer<typeof ZMegaportLogin>;

/** POST {authUrl}/oauth2/token?grant_type=client_credentials. */
export const ZMegaportOAuthToken = z.looseObject({
  access_token: z.string().min(1),
  token_type: z.string(),
  expires_in: z.number().positive(),
});
export type TMegaportOAuthToken = z.infer<typeof ZMegaportOAuthToken>;

/** Errors: {message, data, trace_id}, the trace id also in a Trace-Id header. */
export const ZMegaportError = z.looseObject({
  message: z.string(),
  data: z.unknown().optional(),
  trace_id: z.string().nullish(),
});
export type TMegaportError = z.infer<typeof ZMegaportError>;

/** The success envelope: {message, terms, data}. */
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

export const ZMegaportCompany = z.looseObject({
  companyId: z.number().optional(),
  companyUid: z.string().optional(),
  companyName: z.string(),
  legalName: z.string().optional(),
  tradingName: z.string().optional(),
  country: z.string().optional(),
  market: z.string().optional(),
});
export type TMegaportCompany = z.infer<typeof ZMegaportCompany>;
export const ZMegaportCompanyReply = zMegaportEnvelope(ZMegaportCompany);

export const ZMegaportLocationDetail = z.looseObject({
  name: z.string(),
  city: z.string().optional(),
  metro: z.string().optional(),
  country: z.string().optional(),
});
export type TMegaportLocationDetail = z.infer<typeof ZMegaportLocationDetail>;

/** A VXC's A-End or B-End; its location is null once the VXC is gone. */
export const ZMegaportVxcEnd = z.looseObject({
  ownerUid: z.string().optional(),
  productUid: z.string(),
  productName: z
    .string()
    .nullish()
    .transform((name) => name ?? ""),
  locationId: zNullableNumber,
  location: zNullableText,
  locationDetail: ZMegaportLocationDetail.nullish().transform((detail) => detail ?? null),
  vlan: zNullableNumber,
  innerVlan: zNullableNumber,
  vNicIndex: z.number().optional(),
});
export type TMegaportVxcEnd = z.infer<typeof ZMegaportVxcEnd>;

/** interface, virtual_router, vll, csp_connection…: shapes vary by service, so only named here. */
const ZMegaportResources = z
  .looseObject({
    interface: z.looseObject({}).optional(),
    virtual_router: z.looseObject({}).optional(),
    vll: z.looseObject({}).optional(),
    csp_connection: z.union([z.looseObject({}), z.array(z.looseObject({}))]).optional(),
  })
  .nullish()
  .transform((resources) => resources ?? {});

const serviceShape = {
  productId: z.number().optional(),
  productUid: z.string(),
  productName: z.string(),
  productType: z.string(),
  provisioningStatus: z.string(),
  createDate: zEpochMs,
  terminateDate: zEpochMs,
  contractStartDate: zEpochMs,
  contractEndDate: zEpochMs,
  contractTermMonths: zNullableNumber,
  locked: z.boolean().default(false),
  adminLocked: z.boolean().default(false),
  cancelable: z.boolean().optional(),
  up: z
    .boolean()
    .nullish()
    .transform((up) => up ?? null),
  resources: ZMegaportResources,
  attributeTags: z.record(z.string(), z.unknown()).nullish(),
};

export const ZMegaportVxc = z.looseObject({
  ...serviceShape,
  rateLimit: zNullableNumber,
  distanceBand: z.string().optional(),
  aEnd: ZMegaportVxcEnd,
  bEnd: ZMegaportVxcEnd,
});
export type TMegaportVxc = z.infer<typeof ZMegaportVxc>;

/** An Internet Exchange connection on a port. */
export const ZMegaportIx = z.looseObject({
  ...serviceShape,
  rateLimit: zNullableNumber,
  asn: zNullableNumber,
  macAddress: zNullableText,
  vlan: zNullableNumber,
  networkServiceType: z.string().optional(),
  locationId: zNullableNumber,
});
export type TMegaportIx = z.infer<typeof ZMegaportIx>;

/** A port (MEGAPORT), MCR (MCR2) or MVE, with its VXCs and IXs. */
export const ZMegaportProduct = z.looseObject({
  ...serviceShape,
  secondaryName: zNullableText,
  portSpeed: zNullableNumber,
  maxVxcSpeed: zNullableNumber,
  locationId: zNullableNumber,
  locationDetail: ZMegaportLocationDetail.nullish().transform((detail) => detail ?? null),
  liveDate: zEpochMs,
  market: z.string().optional(),
  companyUid: z.string().optional(),
  companyName: z.string().optional(),
  lagId: zNullableNumber,
  lagPrimary: z.boolean().optional(),
  virtual: z.boolean().optional(),
  diversityZone: zNullableText,
  costCentre: z.string().optional(),
  vendor: z.string().optional(),
  mveSize: z.string().optional(),
  mveLabel: z.string().optional(),
  vnics: zList(z.looseObject({ vlan: zNullableNumber, description: z.string().optional() })),
  associatedVxcs: zList(ZMegaportVxc),
  associatedIxs: zList(ZMegaportIx),
});
export type TMegaportProduct = z.infer<typeof ZMegaportProduct>;

/** GET /v2/products: {"message":"Found 455 Products","terms":…,"data":[…]} (not paginated). */
export const ZMegaportProductsReply = zMegaportEnvelope(z.array(ZMegaportProduct));
export type TMegaportProductsReply = z.infer<typeof ZMegaportProductsReply>;

/** GET /v2/product/{productUid}: a top-level service, or a VXC/IX by its own uid. */
export const ZMegaportProductReply = zMegaportEnvelope(
  z.union([
    ZMegaportVxc.refine((service) => service.productType === "VXC"),
    ZMegaportIx.refine((service) => service.productType === "IX"),
    ZMegaportProduct,
  ]),
);
export type TMegaportProductReply = z.infer<typeof ZMegaportProductReply>;

/** The same reply told apart by kind: a VXC or IX asked for by its own uid, or a port, MCR or MVE. */
export const ZMegaportServiceReply = zMegaportEnvelope(
  z.union([
    ZMegaportVxc.refine((service) => service.productType === "VXC").transform((vxc) => ({ kind: "VXC" as const, vxc })),
    ZMegaportIx.refine((service) => service.productType === "IX").transform((ix) => ({ kind: "IX" as const, ix })),
    ZMegaportProduct.refine((service) => service.productType !== "VXC" && service.productType !== "IX").transform((product) => ({ kind: "PRODUCT" as const, product })),
  ]),
);
export type TMegaportService = z.output<typeof ZMegaportServiceReply>["data"];
