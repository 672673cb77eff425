import { z } from "zod";

/**
 * Nettica's payloads (https://my.nettica.com/api/v1.0). Go writes a nil slice as null and may
 * add fields at any time: lists default to [], unknown keys pass through.
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
/** RFC 3339 with 0–9 fraction digits; Go's zero time ("0001-01-01T00:00:00Z") means never. */
const zLastSeen = z
  .string()
  .nullish()
  .transform((time) => (!time || time.startsWith("0001-01-01") ? undefined : time));

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
  privateKey: z.string().optional(),
  presharedKey: z.string().optional(),
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
  created: z.string().nullish(),
  updated: z.string().nullish(),
  createdBy: z.string().optional(),
  updatedBy: z.string().optional(),
};

export const ZNetticaVpn = z.looseObject({
  ...vpnShape,
  current: ZNetticaSettings.optional(),
  default: ZNetticaSettings.nullish(),
});
export type TNetticaVpn = z.infer<typeof ZNetticaVpn>;

export const ZNetticaPublicVpn = z.object({
  ...vpnShape,
  current: ZNetticaPublicSettings.optional(),
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
  created: z.string().nullish(),
  updated: z.string().nullish(),
  createdBy: z.string().optional(),
  updatedBy: z.string().optional(),
  /** Absent when the device never checked in. */
  lastSeen: zLastSeen,
};

export const ZNetticaDevice = z.looseObject({ ...deviceShape, vpns: zList(ZNetticaVpn) });
export type TNetticaDevice = z.infer<typeof ZNetticaDevice>;
export const ZNetticaDevices = z.array(ZNetticaDevice);

export const ZNetticaPublicDevice = z.object({ ...deviceShape, vpns: zList(ZNetticaPublicVpn) });
export type TNetticaPublicDevice = z.infer<typeof ZNetticaPublicDevice>;

export const ZNetticaNet = z.looseObject({
  id: z.string(),
  netName: z.string(),
  description: zText,
  accountid: z.string().optional(),
  tags: zList(z.string()),
  enabled: z.boolean().optional(),
  created: z.string().nullish(),
  updated: z.string().nullish(),
  createdBy: z.string().optional(),
  updatedBy: z.string().optional(),
  default: ZNetticaSettings.optional(),
});
export type TNetticaNet = z.infer<typeof ZNetticaNet>;

/** GET /device/:id/status — the device's configuration message (ETag'd). */
export const ZNetticaDeviceStatus = z.looseObject({
  version: z.string().optional(),
  name: z.string().optional(),
  id: z.string(),
  device: z.looseObject(deviceShape).optional(),
  config: zList(
    z.looseObject({
      netName: zText,
      netid: z.string(),
      description: z.string().optional(),
      vpns: zList(ZNetticaVpn),
    }),
  ),
});
export type TNetticaDeviceStatus = z.infer<typeof ZNetticaDeviceStatus>;

/** DELETE answers {"status":"OK"}. */
export const ZNetticaDeleted = z.looseObject({ status: z.string() });

/** Every error: {"error": "..."} (400/401/403/404/422/500). */
export const ZNetticaError = z.looseObject({ error: z.string() });
export type TNetticaError = z.infer<typeof ZNetticaError>;

/** What PATCH /device/:id may change. */
export const ZNetticaDevicePatch = z.object({
  name: z
    .string()
    .min(2)
    .max(40)
    .regex(/^(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])\.)*([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])$/, "letters, digits and hyphens only")
    .optional(),
  description: z.string().max(200).optional(),
  enable: z.boolean().optional(),
  tags: z.array(z.string()).optional(),
  checkInterval: z.number().int().min(1).max(3600).optional(),
});
export type TNetticaDevicePatch = z.infer<typeof ZNetticaDevicePatch>;

/**
 * Epoch ms of a Nettica time, whatever its fraction digits (Date.parse is not reliable past 3).
 * Null when it cannot be read.
 */
export function netticaTimeMs(time: string): number | null {
  const match = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)$/.exec(time);
  if (!match) return null;
  const ms = Date.parse(`${match[1]}${match[3]}`);
  return Number.isNaN(ms) ? null : ms + Number(`0.${match[2] ?? "0"}`) * 1000;
}

// ---- Views the BFF returns (no secret can be in them: built from the public schemas) ----

/** The seed's monitor rule: a device not seen for more than 300 s is down. */
export const NETTICA_DOWN_AFTER_MS = 300_000;

export const ZNetticaHealth = z.enum(["up", "down", "never"]);
export type TNetticaHealth = z.infer<typeof ZNetticaHealth>;

export function netticaHealth(lastSeen: string | undefined | null, nowMs: number): TNetticaHealth {
  if (!lastSeen) return "never";
  const seen = netticaTimeMs(lastSeen);
  if (seen === null) return "never";
  return nowMs - seen > NETTICA_DOWN_AFTER_MS ? "down" : "up";
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

export function toNetticaDeviceRow(device: TNetticaDevice, nowMs: number): TNetticaDeviceRow {
  return {
    id: device.id,
    name: device.name,
    description: device.description,
    platform: device.platform,
    os: device.os,
    enable: device.enable,
    lastSeen: device.lastSeen ?? null,
    health: netticaHealth(device.lastSeen, nowMs),
    vpns: device.vpns.map((vpn) => ({ id: vpn.id, netName: vpn.netName, role: vpn.role ?? "", endpoint: vpn.current?.endpoint ?? "", enable: vpn.enable })),
  };
}

/** GET /api/v/nettica/<connection>/devices: every device, and when Patchbay asked (health is as of then). */
export type TNetticaDeviceList = { devices: TNetticaDeviceRow[]; fetchedAt: string };

/** GET …/devices/:id: the device without any secret, with its health and when Patchbay asked. */
export type TNetticaDeviceDetail = TNetticaPublicDevice & { health: TNetticaHealth; fetchedAt: string };
