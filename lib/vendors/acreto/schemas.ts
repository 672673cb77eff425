import { z } from "zod";
import { zItems } from "../tolerant";

/** Acreto's payloads (https://api-is-rock-solid.acreto.net/v2); unknown keys pass through. */

export const ZAcretoLoginRequest = z.object({ username: z.string().min(1), password: z.string().min(1) });
export type TAcretoLoginRequest = z.infer<typeof ZAcretoLoginRequest>;

export const ZAcretoCustomer = z.looseObject({ name: z.string(), uuid: z.string() });
export type TAcretoCustomer = z.infer<typeof ZAcretoCustomer>;

/** POST /auth/login; `expiry` (seconds) may be absent, then it is 600. */
export const ZAcretoLogin = z.looseObject({
  accessToken: z.string().min(1),
  customers: zItems(ZAcretoCustomer, "customer"),
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
  nsps: zItems(z.looseObject({ name: z.string(), status: z.string() }), "NSP"),
  owner: z.looseObject({ fullName: z.string().optional(), username: z.string(), uuid: z.string() }).nullish(),
});
export type TAcretoEcosystem = z.infer<typeof ZAcretoEcosystem>;
export const ZAcretoEcosystems = zItems(ZAcretoEcosystem, "ecosystem");

/** A profile group. */
export const ZAcretoGroup = z.looseObject({ name: z.string(), uuid: z.string() });
export type TAcretoGroup = z.infer<typeof ZAcretoGroup>;
export const ZAcretoGroups = zItems(ZAcretoGroup, "profile group");

/** {time, type}; Go's zero time with an empty type means no expiry. Either part may be missing (the Swagger spec marks neither required). */
export const ZAcretoExpiry = z.looseObject({
  time: z.string().nullish().transform((time) => time ?? ""),
  type: z.string().nullish().transform((type) => type ?? ""),
});
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
export const ZAcretoThings = zItems(ZAcretoThing, "Thing");

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
  /** Absent for some users (not required by the Swagger spec): such a user cannot be enrolled in MFA by name. */
  username: z.string().nullish(),
  email: z.string().optional(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  role: z.string().optional(),
  status: z.string().optional(),
});
export type TAcretoUser = z.infer<typeof ZAcretoUser>;
export const ZAcretoUsers = zItems(ZAcretoUser, "user");

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

// ---- Views the BFF returns (built from known fields only, so nothing unexpected reaches a page) ----

export const ZAcretoEcosystemRow = z.object({
  uuid: z.string(),
  name: z.string(),
  created: z.string().nullable(),
  status: z.string(),
  nsps: z.array(z.object({ name: z.string(), status: z.string() })),
  owner: z.object({ fullName: z.string(), username: z.string(), uuid: z.string() }).nullable(),
});
export type TAcretoEcosystemRow = z.infer<typeof ZAcretoEcosystemRow>;

export function toAcretoEcosystemRow(ecosystem: TAcretoEcosystem): TAcretoEcosystemRow {
  const { owner } = ecosystem;
  return {
    uuid: ecosystem.uuid,
    name: ecosystem.name,
    created: ecosystem.created ?? null,
    status: ecosystem.status,
    nsps: ecosystem.nsps.map((nsp) => ({ name: nsp.name, status: nsp.status })),
    owner: owner ? { fullName: owner.fullName ?? owner.username, username: owner.username, uuid: owner.uuid } : null,
  };
}

/** A customer from the login, with its ecosystems; `problem` says why they could not be listed. */
export const ZAcretoCustomerView = z.object({
  uuid: z.string(),
  name: z.string(),
  ecosystems: z.array(ZAcretoEcosystemRow),
  problem: z.string().nullable(),
});
export type TAcretoCustomerView = z.infer<typeof ZAcretoCustomerView>;

export const ZAcretoChangeGate = z.object({ canChange: z.boolean(), reason: z.string().nullable() });
export type TAcretoChangeGate = z.infer<typeof ZAcretoChangeGate>;

/** Acreto accepts changes only while an ecosystem is ok or pending_changes; otherwise why not. */
export function acretoChangeGate(status: string): TAcretoChangeGate {
  switch (status) {
    case "ok":
    case "pending_changes":
      return { canChange: true, reason: null };
    case "commit_in_progress":
      return { canChange: false, reason: "A commit is in progress: make no change until it has finished." };
    case "ecosystem_error":
      return { canChange: false, reason: "The ecosystem is in error: contact Acreto support" };
    default:
      return { canChange: false, reason: `The ecosystem is in status "${status}": Acreto accepts changes only when it is ok or has pending changes.` };
  }
}

/** A Thing added, changed or removed through Patchbay since the last commit: part of what the next commit applies. */
export const ZAcretoPendingChange = z.object({
  thing: z.string(),
  name: z.string(),
  change: z.enum(["added", "changed", "removed"]),
  /** Who made it (the console user's email). */
  by: z.string(),
  at: z.string(),
});
export type TAcretoPendingChange = z.infer<typeof ZAcretoPendingChange>;

/** Where a commit of one ecosystem stands, as every viewer of it sees it. */
export const ZAcretoCommitProgress = ZAcretoChangeGate.extend({
  /** The vendor's status, or commit_in_progress for a commit this server has just started. */
  status: z.string(),
  committing: z.boolean(),
  /** When the running commit started (ISO); null when none runs. */
  since: z.string().nullable(),
  /** False when Patchbay only noticed the commit already running (started elsewhere): `since` is then when it noticed. */
  sinceKnown: z.boolean(),
  elapsedMs: z.number().nullable(),
  lastCommit: z
    .object({ startedAt: z.string(), finishedAt: z.string(), durationMs: z.number(), outcome: z.string() })
    .nullable(),
  /** What the next commit applies, as far as Patchbay made the changes (Acreto's API does not list them). */
  pending: z.array(ZAcretoPendingChange),
  checkedAt: z.string(),
});
export type TAcretoCommitProgress = z.infer<typeof ZAcretoCommitProgress>;

export const ZAcretoEcosystemDetail = ZAcretoEcosystemRow.extend({ canChange: z.boolean(), reason: z.string().nullable(), committing: z.boolean() });
export type TAcretoEcosystemDetail = z.infer<typeof ZAcretoEcosystemDetail>;

export const ZAcretoCommitStarted = z.object({ startedAt: z.string() });
export type TAcretoCommitStarted = z.infer<typeof ZAcretoCommitStarted>;

export const ZAcretoGroupRow = z.object({ uuid: z.string(), name: z.string() });
export type TAcretoGroupRow = z.infer<typeof ZAcretoGroupRow>;

export const ZAcretoThingRow = z.object({
  uuid: z.string(),
  name: z.string(),
  type: z.string(),
  category: z.string(),
  assetValue: z.number(),
  profileGroup: z.string(),
  profileGroupName: z.string().nullable(),
  expiry: ZAcretoExpiry.nullable(),
  /** When the Thing expires (ISO), or null when it does not. */
  expiresAt: z.string().nullable(),
});
export type TAcretoThingRow = z.infer<typeof ZAcretoThingRow>;

/** Go's zero time with an empty type is "never". */
export function acretoExpiresAt(expiry: TAcretoExpiry | null): string | null {
  if (!expiry || !expiry.type || !expiry.time || expiry.time.startsWith("0001-01-01")) return null;
  return expiry.time;
}

export function toAcretoThingRow(thing: TAcretoThing, groups: readonly TAcretoGroup[]): TAcretoThingRow {
  return {
    uuid: thing.uuid,
    name: thing.name,
    type: thing.type,
    category: thing.category,
    assetValue: thing.assetValue,
    profileGroup: thing.profileGroup,
    profileGroupName: groups.find((group) => group.uuid === thing.profileGroup)?.name ?? null,
    expiry: thing.expiry ? { time: thing.expiry.time, type: thing.expiry.type } : null,
    expiresAt: acretoExpiresAt(thing.expiry),
  };
}

/** The edit form's fields: only what it sends is changed; the server fills the rest from a fresh read. */
export const ZAcretoThingChanges = z.object({
  name: z.string().trim().min(1).max(120).optional(),
  category: z.string().max(60).optional(),
  assetValue: z.number().int().min(0).max(1000).optional(),
  profileGroup: z.string().min(1).optional(),
  expiry: ZAcretoExpiry.optional(),
});
export type TAcretoThingChanges = z.infer<typeof ZAcretoThingChanges>;

export const ZAcretoUserRow = z.object({
  uuid: z.string(),
  username: z.string().nullable(),
  email: z.string().nullable(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  role: z.string().nullable(),
  status: z.string().nullable(),
});
export type TAcretoUserRow = z.infer<typeof ZAcretoUserRow>;

export function toAcretoUserRow(user: TAcretoUser): TAcretoUserRow {
  return {
    uuid: user.uuid,
    username: user.username || null,
    email: user.email ?? null,
    firstName: user.firstName ?? null,
    lastName: user.lastName ?? null,
    role: user.role ?? null,
    status: user.status ?? null,
  };
}

/** POST users/:username/otp; the pending secret is reused unless `regenerate` is set. */
export const ZAcretoOtpEnrollmentRequest = z.object({ regenerate: z.boolean().optional() });

export const ZAcretoOtpEnrollmentView = z.object({
  username: z.string(),
  /** The vendor's QR code: a base64 PNG. */
  barcode: z.string(),
  secret: z.string(),
  url: z.string(),
  generatedAt: z.string(),
  /** True when this is the enrolment already pending (a reload), not a new secret. */
  reused: z.boolean(),
});
export type TAcretoOtpEnrollmentView = z.infer<typeof ZAcretoOtpEnrollmentView>;

export const ZAcretoVpnProfileRequest = z.object({ token: z.string().regex(/^[A-Za-z0-9._~-]{1,200}$/, "a device token such as s.xxxxxxxx") });

/** The OpenVPN client config as text; the page saves it as `filename`. */
export const ZAcretoVpnProfile = z.object({ profile: z.string(), filename: z.string() });
export type TAcretoVpnProfile = z.infer<typeof ZAcretoVpnProfile>;
