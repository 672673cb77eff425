import { z } from "zod";
import { zItems } from "@/lib/vendors/tolerant";
import { zMegaportEnvelope, zNullableNumber, zNullableText, zTime } from "./schemas";

/** A company number, sent as a number or as digits. */
const zCompanyId = z
  .union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)])
  .nullish()
  .transform((id) => id ?? null);

/**
 * POST /v2/login (form username, password, optional oneTimePassword): the session lives in
 * `data.session`. Permissions are keyed by company id or company uid, and their names vary by
 * account (company_admin, technical_admin, read_only…): none of them is needed to list services.
 */
export const ZMegaportLogin = z.looseObject({
  session: z.string().min(1),
  username: zNullableText,
  firstName: zNullableText,
  lastName: zNullableText,
  personId: zNullableNumber,
  personUid: zNullableText,
  companyId: zCompanyId,
  companyUid: zNullableText,
  companyName: zNullableText,
  channelPartner: z
    .boolean()
    .nullish()
    .transform((partner) => partner ?? false),
  loginDate: zTime,
  expiryDate: zTime,
  timeZone: zNullableText,
  locale: zNullableText,
  language: zNullableText,
  /** Company id or uid → what the user may do there; a service agent holds several companies. */
  permissions: z
    .record(z.string(), z.array(z.string()))
    .nullish()
    .transform((permissions) => permissions ?? {}),
});
export type TMegaportLogin = z.infer<typeof ZMegaportLogin>;

/** The /v2/login envelope, or the bare object older deployments answered with. */
export const ZMegaportLoginReply = z.union([z.looseObject({ data: ZMegaportLogin }).transform((reply) => reply.data), ZMegaportLogin]);

export const ZMegaportCompany = z.looseObject({
  companyId: zCompanyId,
  companyUid: zNullableText,
  companyName: zNullableText,
  legalName: zNullableText,
  tradingName: zNullableText,
  country: zNullableText,
  market: zNullableText,
  www: zNullableText,
  phone: zNullableText,
  address: z.unknown().optional(),
});
export type TMegaportCompany = z.infer<typeof ZMegaportCompany>;

/** GET /secure/party/company/{id}: the legacy /secure calls answer bare, without the {message, terms, data} envelope; read both. */
export const ZMegaportCompanyReply = z.union([z.looseObject({ data: ZMegaportCompany }).transform((reply) => reply.data), ZMegaportCompany]);

/** One user of the company (GET /v2/employment); the reply also carries fields never shown (password: null). */
export const ZMegaportEmployee = z.looseObject({
  personId: zNullableNumber,
  partyId: zNullableNumber,
  personUid: zNullableText,
  firstName: zNullableText,
  lastName: zNullableText,
  name: zNullableText,
  email: zNullableText,
  username: zNullableText,
  position: zNullableText,
  active: z
    .boolean()
    .nullish()
    .transform((active) => active ?? null),
  companyId: zCompanyId,
  companyName: zNullableText,
  mfaEnabled: z
    .boolean()
    .nullish()
    .transform((mfa) => mfa ?? null),
  employmentType: zNullableText,
});
export type TMegaportEmployee = z.infer<typeof ZMegaportEmployee>;

/** GET /v2/employment: the company's users, the identity view of an API-key connection. */
export const ZMegaportEmploymentReply = zMegaportEnvelope(zItems(ZMegaportEmployee, "user"));
