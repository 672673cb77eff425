import { z } from "zod";

/** N2N DL's core API v3 payloads; new fields may appear at any time and pass through. */
const zList = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((list) => list ?? []);
const hex = (length: number) => z.string().regex(new RegExp(`^[0-9a-fA-F]{${length}}$`), `${length} hex characters`);

export const N2N_LEVELS = ["readOnly", "admin", "reseller"] as const;
export type TN2nLevel = (typeof N2N_LEVELS)[number];

export const ZN2nLoginRequest = z.object({ email: z.string().min(1), password: z.string().min(1) });

/** POST /login; createdAt and expiresAt are epoch seconds. */
export const ZN2nLogin = z.looseObject({
  token: z.string().min(1),
  groupIdList: zList(z.string()),
  email: z.string(),
  level: z.string(),
  createdAt: z.number(),
  expiresAt: z.number(),
});
export type TN2nLogin = z.infer<typeof ZN2nLogin>;

export const ZN2nDevice = z.looseObject({
  /** The DevEUI, hex, upper case. */
  deviceId: z.string().transform((id) => id.toUpperCase()),
  enterpriseId: z.string(),
  name: z
    .string()
    .nullish()
    .transform((name) => name ?? ""),
  groupIdList: zList(z.string()),
  deviceType: z.string().optional(),
  enrolment: z
    .looseObject({
      class: z.string().optional(),
      mode: z.string().optional(),
      otaa: z.looseObject({ appEui: z.string().optional() }).optional(),
      abp: z.looseObject({ devAddr: z.string().optional() }).optional(),
    })
    .optional(),
  createdAt: z.number().optional(),
});
export type TN2nDevice = z.infer<typeof ZN2nDevice>;
export const ZN2nDevices = z.array(ZN2nDevice);

export const N2N_DEVICE_CLASSES = ["A", "B", "C"] as const;
const ZDeviceClass = z.enum(N2N_DEVICE_CLASSES).default("A");
/** An enterprise id as N2N writes them: dot-separated levels, e.g. nnn.reseller1.client2. */
export const ZN2nEnterpriseId = z.string().trim().regex(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/, "An enterprise id like nnn.reseller1.client2").max(200);

/** POST /devices: enrol a device (the app key is a secret: it goes up, never comes back). */
export const ZN2nEnrolment = z.object({
  deviceId: hex(16),
  enterpriseId: ZN2nEnterpriseId,
  name: z.string().trim().min(1).max(64),
  enrolment: z.discriminatedUnion("mode", [
    z.object({ class: ZDeviceClass, mode: z.literal("otaa"), otaa: z.object({ appEui: hex(16), appKey: hex(32) }) }),
    z.object({
      class: ZDeviceClass,
      mode: z.literal("abp"),
      abp: z.object({ devAddr: hex(8), nwkSKey: hex(32), appSKey: hex(32) }),
    }),
  ]),
});
export type TN2nEnrolment = z.infer<typeof ZN2nEnrolment>;

export const ZN2nReading = z.looseObject({
  channelId: z.union([z.number(), z.string()]),
  type: z.string(),
  value: z.union([z.number(), z.string(), z.boolean(), z.null()]),
  label: z.string().optional(),
  unit: z.string().optional(),
});
export type TN2nReading = z.infer<typeof ZN2nReading>;

/** One uplink; ts is epoch ms, RSSI in dBm and SNR in dB. */
export const ZN2nMessage = z.looseObject({
  hexPayload: z.string().optional(),
  type: z.string(),
  deviceId: z.string(),
  port: z.number().optional(),
  ts: z.number(),
  fCnt: z.number().optional(),
  network: z
    .looseObject({
      type: z.string(),
      source: z.string().optional(),
      loraWan: z
        .looseObject({
          rssi: z.number().optional(),
          snr: z.number().optional(),
          lrrId: z.string().optional(),
          spFact: z.number().optional(),
        })
        .optional(),
    })
    .optional(),
  readingList: zList(ZN2nReading),
});
export type TN2nMessage = z.infer<typeof ZN2nMessage>;
export const ZN2nMessages = z.array(ZN2nMessage);

/** Pagination: limit 10–1000 (default 200), skip ≥ 0; the API answers 400 to anything else. */
export const ZN2nPage = z.object({
  limit: z.coerce.number().int().min(10).max(1000).default(200),
  skip: z.coerce.number().int().min(0).default(0),
});
export type TN2nPage = z.infer<typeof ZN2nPage>;

export const ZN2nApiKey = z.looseObject({
  id: z.string(),
  name: z.string().optional(),
  level: z.string().optional(),
  tps: z.number().optional(),
  tpd: z.number().optional(),
  groupIdList: zList(z.string()),
  createdAt: z.number().optional(),
});
export type TN2nApiKey = z.infer<typeof ZN2nApiKey>;
export const ZN2nApiKeys = z.array(ZN2nApiKey);

/** POST /apikeys answers the new key once, secret included. */
export const ZN2nApiKeyCreated = ZN2nApiKey.extend({ key: z.string().min(1) });
export type TN2nApiKeyCreated = z.infer<typeof ZN2nApiKeyCreated>;

export const ZN2nApiKeyRequest = z.object({
  name: z.string().trim().min(1).max(80),
  level: z.enum(N2N_LEVELS).default("readOnly"),
  tps: z.number().int().min(1).max(100).optional(),
  tpd: z.number().int().min(1).optional(),
});

/** Every 4xx/5xx: {"httpCode":403,"error":"UNAUTHORIZED"} or with a message. */
export const ZN2nError = z.looseObject({ httpCode: z.number(), error: z.string(), message: z.string().optional() });
export type TN2nError = z.infer<typeof ZN2nError>;

// ---- Views the BFF returns (nothing secret: no app key, no session key, no API key) ----

/** A device path parameter: the DevEUI, 16 hex characters. */
export const ZN2nDeviceId = hex(16).transform((id) => id.toUpperCase());

/** GET devices: one page (limit 10–1000, skip ≥ 0) and, optionally, one enterprise and everything under it. */
export const ZN2nDeviceListInput = ZN2nPage.extend({ enterpriseId: ZN2nEnterpriseId.optional() });
export type TN2nDeviceListInput = z.infer<typeof ZN2nDeviceListInput>;

export const ZN2nDeviceRow = z.object({
  deviceId: z.string(),
  name: z.string(),
  enterpriseId: z.string(),
  groupIdList: z.array(z.string()),
  deviceType: z.string().nullable(),
  enrolment: z.object({ class: z.string().nullable(), mode: z.string().nullable(), appEui: z.string().nullable(), devAddr: z.string().nullable() }),
  /** Epoch ms. */
  createdAt: z.number().nullable(),
});
export type TN2nDeviceRow = z.infer<typeof ZN2nDeviceRow>;

/** Keeps only the fields the console shows: whatever else the vendor sends (keys included) stays on the server. */
export function toN2nDeviceRow(device: TN2nDevice): TN2nDeviceRow {
  const { enrolment } = device;
  const createdAt = device.createdAt === undefined ? null : device.createdAt < 1e12 ? device.createdAt * 1000 : device.createdAt;
  return {
    deviceId: device.deviceId,
    name: device.name,
    enterpriseId: device.enterpriseId,
    groupIdList: [...device.groupIdList],
    deviceType: device.deviceType ?? null,
    enrolment: {
      class: enrolment?.class ?? null,
      mode: enrolment?.mode ?? null,
      appEui: enrolment?.otaa?.appEui ?? null,
      devAddr: enrolment?.abp?.devAddr ?? null,
    },
    createdAt,
  };
}

export type TN2nDevicePage = {
  devices: TN2nDeviceRow[];
  limit: number;
  skip: number;
  enterpriseId: string | null;
  /** All devices, when the vendor says (or this page is the last one); null when it is not known. */
  total: number | null;
  /** False once a page came back short: there is nothing after it. */
  hasMore: boolean;
  fetchedAt: string;
};

export type TN2nReadingView = { channelId: string; type: string; label: string | null; unit: string | null; value: number | string | boolean | null };

/** One uplink as the device page shows it; ts is epoch ms. */
export type TN2nUplinkView = {
  ts: number;
  port: number | null;
  fCnt: number | null;
  rssi: number | null;
  snr: number | null;
  gateway: string | null;
  spreadingFactor: number | null;
  readings: TN2nReadingView[];
};

export function toN2nUplinkView(message: TN2nMessage): TN2nUplinkView {
  const lora = message.network?.loraWan;
  return {
    ts: message.ts,
    port: message.port ?? null,
    fCnt: message.fCnt ?? null,
    rssi: lora?.rssi ?? null,
    snr: lora?.snr ?? null,
    gateway: lora?.lrrId ?? null,
    spreadingFactor: lora?.spFact ?? null,
    readings: message.readingList.map((r) => ({ channelId: String(r.channelId), type: r.type, label: r.label ?? null, unit: r.unit ?? null, value: r.value })),
  };
}

export type TN2nUplinkList = { deviceId: string; limit: number; skip: number; uplinks: TN2nUplinkView[]; fetchedAt: string };

/** Today's calls of a connection's credential against its quotas, as this server counted them. */
export type TN2nUsage = {
  day: string;
  callsToday: number;
  perDay: number | null;
  resetsAt: string;
  window: { limit: number; windowMs: number; used: number } | null;
};
