import { z } from "zod";

/** Acreto's payloads (https://api-is-rock-solid.acreto.net/v2); unknown keys pass through. */

export const ZAcretoLoginRequest = z.object({ username: z.string().min(1), password: z.string().min(1) });
export type TAcretoLoginRequest = z.infer<typeof ZAcretoLoginRequest>;

export const ZAcretoCustomer = z.looseObject({ name: z.string(), uuid: z.string() });
export type TAcretoCustomer = z.infer<typeof ZAcretoCustomer>;

/** POST /auth/login; `expiry` (seconds) may be absent, then it is 600. */
export const ZAcretoLogin = z.looseObject({
  accessToken: z.string().min(1),
  customers: z
    .array(ZAcretoCustomer)
    .nullish()
    .transform((customers) => customers ?? []),
  expiry: z
    .number()
    .positive()
    .nullish()
    .transform((seconds) => seconds ?? 600),
});
export type TAcretoLogin = z.infer<typeof ZAcretoLogin>;

export const ACRETO_ECOSYSTEM_STATUSES = ["ok", "pending_changes", "commit_in_progress", "ecosystem_error"] as const;
/** Known statuses; an unknown one still parses (as a string) so a new status never breaks a page. */
export const ZAcretoEcosystemStatus = z.union([z.enum(ACRETO_ECOSYSTEM_STATUSES), z.string()]);
export type TAcretoEcosystemStatus = (typeof ACRETO_ECOSYSTEM_STATUSES)[number];

export const ZAcretoEcosystem = z.looseObject({
  uuid: z.string(),
  name: z.string(),
  created: z.string().optional(),
  status: ZAcretoEcosystemStatus,
  nsps: z
    .array(z.looseObject({ name: z.string(), status: z.string() }))
    .nullish()
    .transform((nsps) => nsps ?? []),
  owner: z.looseObject({ fullName: z.string().optional(), username: z.string(), uuid: z.string() }).nullish(),
});
export type TAcretoEcosystem = z.infer<typeof ZAcretoEcosystem>;
export const ZAcretoEcosystems = z.array(ZAcretoEcosystem);

/** A profile group. */
export const ZAcretoGroup = z.looseObject({ name: z.string(), uuid: z.string() });
export type TAcretoGroup = z.infer<typeof ZAcretoGroup>;
export const ZAcretoGroups = z.array(ZAcretoGroup);

/** {time, type}; Go's zero time with an empty type means no expiry. */
export const ZAcretoExpiry = z.looseObject({ time: z.string(), type: z.string() });
export type TAcretoExpiry = z.infer<typeof ZAcretoExpiry>;

/** A Thing (the API calls them devices). */
export const ZAcretoThing = z.looseObject({
  uuid: z.string(),
  name: z.string(),
  type: z.string(),
  category: z.string().default(""),
  assetValue: z.number().default(0),
  profileGroup: z.string().default(""),
  expiry: ZAcretoExpiry.nullish().transform((expiry) => expiry ?? null),
});
export type TAcretoThing = z.infer<typeof ZAcretoThing>;
export const ZAcretoThings = z.array(ZAcretoThing);

/** Every field of a Thing, as POST and PUT need them: PUT zeroes whatever it leaves out. */
export const ZAcretoThingInput = z.object({
  name: z.string().trim().min(1).max(120),
  type: z.literal("device").default("device"),
  category: z.string().max(60).default(""),
  assetValue: z.number().int().min(0).max(1000).default(1),
  profileGroup: z.string().min(1),
  expiry: ZAcretoExpiry.optional(),
});
export type TAcretoThingInput = z.infer<typeof ZAcretoThingInput>;

export const ZAcretoUser = z.looseObject({
  uuid: z.string(),
  username: z.string(),
  email: z.string().optional(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  role: z.string().optional(),
  status: z.string().optional(),
});
export type TAcretoUser = z.infer<typeof ZAcretoUser>;
export const ZAcretoUsers = z.array(ZAcretoUser);

/** POST /users/{username}/otp: a 200×200 PNG QR code (base64), the base32 secret and its otpauth URL. */
export const ZAcretoOtpEnrollment = z.looseObject({
  barcode: z.string().min(1),
  secret: z.string().regex(/^[A-Z2-7]+=*$/i),
  url: z.string().startsWith("otpauth://totp/"),
});
export type TAcretoOtpEnrollment = z.infer<typeof ZAcretoOtpEnrollment>;

/** PATCH /users/{username}/otp {code} → 204. */
export const ZAcretoOtpCode = z.object({ code: z.string().regex(/^\d{6}$/, "a 6-digit code") });
export type TAcretoOtpCode = z.infer<typeof ZAcretoOtpCode>;

/** POST …/users/{user}/token or …/devices/{thing}/token; the policy may override ttl. */
export const ZAcretoDeviceTokenRequest = z.object({ ttl: z.number().int().positive().optional() });
export const ZAcretoDeviceToken = z.looseObject({ token: z.string().min(1) });
export type TAcretoDeviceToken = z.infer<typeof ZAcretoDeviceToken>;

/** Every error: {code, message}; 16432 on 424 means "resend with X-OTP". */
export const ZAcretoError = z.looseObject({ code: z.number(), message: z.string() });
export type TAcretoError = z.infer<typeof ZAcretoError>;
export const ACRETO_MFA_REQUIRED_CODE = 16432;
