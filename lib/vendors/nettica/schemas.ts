import { z } from "zod";
import { zItems, zVendorTime, type TUnreadableSummary } from "../tolerant";
import { mergeDevicesById, uniqueById } from "./merge-devices";
import { netticaTimeMs } from "./nettica-time";

export { netticaTimeMs } from "./nettica-time";

/**
 * Nettica's payloads (https://my.nettica.com/api/v1.0), after nettica-com/nettica-admin's
 * model/*.go. Go writes a nil slice as null and omits `omitempty` fields; Nettica may add fields
 * at any time: lists default to [], unknown keys pass through, and a list is read record by record.
 */
const zList = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((list) => list ?? []);
const zText = z
  .string()
  .nullish()
  .transform((text) => text ?? "");
const zCount = z
  .number()
  .int()
  .nullish()
  .transform((n) => n ?? 0);
/** A time as epoch ms, or null for none; the key may be absent (Go's omitempty, a nil pointer). */
const zTime = zVendorTime.optional().transform((ms) => ms ?? null);
/**
 * When the device last checked in, kept as Nettica wrote it (RFC 3339 with 0–9 fraction digits);
 * another form (epoch ms, an ISO time without zone) is read as an ISO string. Undefined for
 * never: absent, null, Go's zero time ("0001-01-01T00:00:00Z") or unreadable.
 */
const zLastSeen = z.union([z.string(), z.number(), z.null()]).optional().transform((time): string | undefined => {
  if (typeof time === "string" && time.startsWith("0001-01-01")) return undefined;
  if (typeof time === "string" && netticaTimeMs(time) !== null) return time;
  const ms = zVendorTime.parse(time);
  return ms === null || ms <= 0 ? undefined : new Date(ms).toISOString();
});

const publicSettingsShape = {
  /** "ip:port", or "" for a VPN nobody dials. */
  endpoint: zText,
  address: zList(z.string()),
  allowedIPs: zList(z.string()),
  dns: zList(z.string()),
  listenPort: zCount,
  mtu: zCount,
  persistentKeepalive: zCount,
  publicKey: zText,
  table: z.string().optional(),
};

/** VPN settings as the vendor sends them, secrets included: privateKey and presharedKey never leave the server. */
export const ZNetticaSettings = z.looseObject({
  ...publicSettingsShape,
  privateKey: z.string().nullish(),
  presharedKey: z.string().nullish(),
});
export type TNetticaSettings = z.infer<typeof ZNetticaSettings>;

/** The same settings with every unknown key dropped, so no secret can pass: what a browser may see. */
export const ZNetticaPublicSettings = z.object(publicSettingsShape);
export type TNetticaPublicSettings = z.infer<typeof ZNetticaPublicSettings>;

const vpnShape = {
  id: z.string(),
  name: z.string(),
  netid: z.string(),
  netName: zText,
  deviceid: z.string(),
  accountid: z.string().optional(),
  /** "Ingress" or "Egress"; absent for an ordinary member. */
  role: z.string().optional(),
  type: z.string().optional(),
  enable: z.boolean().default(true),
  failover: zCount,
  failCount: zCount,
  tags: zList(z.string()),
  created: zTime,
  updated: zTime,
  createdBy: z.string().optional(),
  updatedBy: z.string().optional(),
};

export const ZNetticaVpn = z.looseObject({
  ...vpnShape,
  current: ZNetticaSettings.nullish(),
  default: ZNetticaSettings.nullish(),
});
export type TNetticaVpn = z.infer<typeof ZNetticaVpn>;

/** GET /vpn: every VPN of the account (or of the networks its user is limited to). */
export const ZNetticaVpns = zItems(ZNetticaVpn, "VPN").transform(uniqueById);

export const ZNetticaPublicVpn = z.object({
  ...vpnShape,
  current: ZNetticaPublicSettings.nullish(),
  default: ZNetticaPublicSettings.nullish(),
});
export type TNetticaPublicVpn = z.infer<typeof ZNetticaPublicVpn>;

const deviceShape = {
  id: z.string(),
  name: z.string(),
  description: zText,
  accountid: z.string().optional(),
  server: z.string().optional(),
  enable: z.boolean().default(true),
  tags: zList(z.string()),
  platform: zText,
  os: zText,
  arch: zText,
  version: z.string().optional(),
  /** Seconds between check-ins. */
  checkInterval: z
    .number()
    .int()
    .nullish()
    .transform((s) => s || 10),
  created: zTime,
  updated: zTime,
  createdBy: z.string().optional(),
  updatedBy: z.string().optional(),
  /** Absent when the device never checked in. */
  lastSeen: zLastSeen,
};

/**
 * The device's own secrets, which GET /device sends with every device: its agent key
 * (device-api-…, the only key its check-in accepts), a service host's key, the enrolment code and
 * cloud instance id that let an unregistered device enrol, and the app's push tokens. Like
 * privateKey and presharedKey they never leave the server: the public schemas do not name them.
 */
export const NETTICA_DEVICE_SECRETS = ["apiKey", "serviceApiKey", "ezcode", "instanceid", "push", "voip"] as const;
const deviceSecretsShape = Object.fromEntries(NETTICA_DEVICE_SECRETS.map((name) => [name, z.string().nullish()])) as Record<(typeof NETTICA_DEVICE_SECRETS)[number], z.ZodOptional<z.ZodNullable<z.ZodString>>>;

/** A device as the vendor sends it; GET /device/:id has no `vpns` (read as []). */
export const ZNetticaDevice = z.looseObject({ ...deviceShape, ...deviceSecretsShape, vpns: zItems(ZNetticaVpn, "VPN") });
export type TNetticaDevice = z.infer<typeof ZNetticaDevice>;

/** GET /device, read device by device; a device listed once per VPN (a user limited to some networks) is merged into one. */
export const ZNetticaDevices = zItems(ZNetticaDevice, "device").transform(mergeDevicesById);

export const ZNetticaPublicDevice = z.object({ ...deviceShape, vpns: z.array(ZNetticaPublicVpn) });
export type TNetticaPublicDevice = z.infer<typeof ZNetticaPublicDevice>;

/** A network. Its `default` may be null; it has `policies`, `critical`, `forceUpdate`, `readonly` and no `enabled`. */
export const ZNetticaNet = z.looseObject({
  id: z.string(),
  netName: z.string(),
  description: zText,
  accountid: z.string().optional(),
  tags: zList(z.string()),
  created: zTime,
  updated: zTime,
  createdBy: z.string().optional(),
  updatedBy: z.string().optional(),
  forceUpdate: z.boolean().nullish(),
  critical: z.boolean().nullish(),
  readonly: z.boolean().nullish(),
  policies: z.looseObject({ userEndpoints: z.boolean().nullish(), onlyEndpoints: z.boolean().nullish() }).nullish(),
  default: ZNetticaSettings.nullish(),
});
export type TNetticaNet = z.infer<typeof ZNetticaNet>;
export const ZNetticaNets = zItems(ZNetticaNet, "network");

/** DELETE /device/:id answers {"status":"OK"}; DELETE /vpn/:id answers {}. */
export const ZNetticaDeviceDeleted = z.looseObject({ status: z.string() });
export const ZNetticaVpnDeleted = z.looseObject({});

/** Every error: {"error": "..."} (400/401/403/404/422/500); the status check-in's 401 has no body. */
export const ZNetticaError = z.looseObject({ error: z.string() });
export type TNetticaError = z.infer<typeof ZNetticaError>;

// ---- Views the BFF returns (no secret can be in them: built from the public schemas) ----

/** The seed's monitor rule: a device not seen for more than 300 s is down (the default; a connection may set its own, Settings → Connections). */
export const NETTICA_DOWN_AFTER_MS = 300_000;

export const ZNetticaHealth = z.enum(["up", "down", "never"]);
export type TNetticaHealth = z.infer<typeof ZNetticaHealth>;

export function netticaHealth(lastSeen: string | undefined | null, nowMs: number, downAfterMs = NETTICA_DOWN_AFTER_MS): TNetticaHealth {
  if (!lastSeen) return "never";
  const seen = netticaTimeMs(lastSeen);
  if (seen === null) return "never";
  return nowMs - seen > downAfterMs ? "down" : "up";
}

export const ZNetticaDeviceRow = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  platform: z.string(),
  os: z.string(),
  enable: z.boolean(),
  lastSeen: z.string().nullable(),
  health: ZNetticaHealth,
  vpns: z.array(z.object({ id: z.string(), netName: z.string(), role: z.string(), endpoint: z.string(), enable: z.boolean() })),
});
export type TNetticaDeviceRow = z.infer<typeof ZNetticaDeviceRow>;

export function toNetticaDeviceRow(device: TNetticaDevice, nowMs: number, downAfterMs = NETTICA_DOWN_AFTER_MS): TNetticaDeviceRow {
  return {
    id: device.id,
    name: device.name,
    description: device.description,
    platform: device.platform,
    os: device.os,
    enable: device.enable,
    lastSeen: device.lastSeen ?? null,
    health: netticaHealth(device.lastSeen, nowMs, downAfterMs),
    vpns: device.vpns.map((vpn) => ({ id: vpn.id, netName: vpn.netName, role: vpn.role ?? "", endpoint: vpn.current?.endpoint ?? "", enable: vpn.enable })),
  };
}

/** GET /api/v/nettica/<connection>/devices: every device, and when Patchbay asked (health is as of then). */
export type TNetticaDeviceList = { devices: TNetticaDeviceRow[]; fetchedAt: string; unreadable?: TUnreadableSummary | null };

/**
 * GET …/devices/:id: the device without any secret, its VPNs (from GET /vpn: GET /device/:id has
 * none), its health and when Patchbay asked; `unreadable` counts VPN records left out of GET /vpn.
 */
export type TNetticaDeviceDetail = TNetticaPublicDevice & { health: TNetticaHealth; fetchedAt: string; unreadable?: TUnreadableSummary | null };
