import { z } from "zod";
import { zItems, zVendorTime, type TUnreadableSummary } from "../tolerant";
import { N2N_DEVICE_CLASSES, isN2nDeviceId, isN2nIngestedId, n2nDeviceIdOf } from "./device-ids";

export { N2N_DEVICE_CLASSES, N2N_DEV_EUI, N2N_INGESTED_ID, isN2nDeviceId, isN2nIngestedId, n2nDeviceIdOf } from "./device-ids";

// N2N DL's core API v3 payloads (docs.nnnco.io); new fields may appear at any time and pass through.

const hex = (length: number) => z.string().regex(new RegExp(`^[0-9a-fA-F]{${length}}$`), `${length} hex characters`);

export const N2N_LEVELS = ["readOnly", "admin", "reseller"] as const;
export type TN2nLevel = (typeof N2N_LEVELS)[number];

export const ZN2nLoginRequest = z.object({ email: z.string().min(1), password: z.string().min(1) });

/** POST /login; createdAt and expiresAt are epoch seconds. */
export const ZN2nLogin = z.looseObject({
  token: z.string().min(1),
  groupIdList: zItems(z.string(), "group"),
  email: z.string(),
  level: z.string(),
  createdAt: z.number(),
  expiresAt: z.number(),
});
export type TN2nLogin = z.infer<typeof ZN2nLogin>;


const optionalText = z.string().nullish();
const optionalNumber = z.number().nullish();
/** A time N2N may send or leave out, in any of the forms zVendorTime reads: epoch ms, or null. */
const optionalTime = zVendorTime.optional().transform((ms) => ms ?? null);

/** A device as GET /devices lists it; ingested devices have no enrolment. */
export const ZN2nDevice = z.looseObject({
  deviceId: z.string().min(1).transform(n2nDeviceIdOf),
  enterpriseId: z.string(),
  name: optionalText.transform((name) => name ?? ""),
  groupIdList: zItems(z.string(), "group"),
  deviceType: optionalText,
  enrolment: z
    .looseObject({
      class: optionalText,
      mode: optionalText,
      otaa: z.looseObject({ appEui: optionalText, nwAddress: optionalText }).nullish(),
      abp: z.looseObject({ nwAddress: optionalText }).nullish(),
    })
    .nullish(),
  /** Epoch seconds or ms (or a date string). */
  createdAt: optionalTime,
  /** The latest message, epoch ms (docs.nnnco.io, custom meta). */
  lastOnline: optionalTime,
});
export type TN2nDevice = z.infer<typeof ZN2nDevice>;
export const ZN2nDevices = zItems(ZN2nDevice, "device");

/** One page of GET /devices: how many records N2N sent (a full page means more may follow) and those Patchbay could read. */
export const ZN2nDevicePage = z
  .array(z.unknown())
  .nullish()
  .transform((records) => ({ sent: records?.length ?? 0, devices: ZN2nDevices.parse(records) }));

/** Class B devices run on N2N's network server but cannot be enrolled through its API. */
const ZDeviceClass = z.enum(N2N_DEVICE_CLASSES, "Class A or C (N2N does not enrol Class B devices through its API)").default("A");
/** An enterprise id as N2N writes them: dot-separated levels, e.g. nnn.reseller1.client2. */
export const ZN2nEnterpriseId = z.string().trim().regex(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/, "An enterprise id like nnn.reseller1.client2").max(200);

/**
 * POST /devices (docs.nnnco.io, device enrolment): OTAA takes appEui + appKey and optionally a
 * nwAddress; ABP takes nwAddress + nwKey and optionally a fixed appSKey. The keys are secrets: they
 * go up once and never come back.
 */
export const ZN2nEnrolment = z.object({
  deviceId: hex(16),
  enterpriseId: ZN2nEnterpriseId,
  name: z.string().trim().min(1).max(64),
  enrolment: z.discriminatedUnion("mode", [
    z.object({ class: ZDeviceClass, mode: z.literal("otaa"), otaa: z.object({ appEui: hex(16), appKey: hex(32), nwAddress: hex(8).optional() }) }),
    z.object({ class: ZDeviceClass, mode: z.literal("abp"), abp: z.object({ nwAddress: hex(8), nwKey: hex(32), appSKey: hex(32).optional() }) }),
  ]),
});
export type TN2nEnrolment = z.infer<typeof ZN2nEnrolment>;

export const ZN2nReading = z.looseObject({
  channelId: z.union([z.number(), z.string()]),
  type: z.string(),
  value: z.union([z.number(), z.string(), z.boolean(), z.null()]).optional().transform((value) => value ?? null),
  label: optionalText,
  unit: optionalText,
});
export type TN2nReading = z.infer<typeof ZN2nReading>;

/** A gateway that heard the uplink (lrrList). */
const ZN2nGatewayReception = z.looseObject({ lrrId: optionalText, rssi: optionalNumber, snr: optionalNumber, esp: optionalNumber, chain: optionalNumber });

/**
 * One message, in either of N2N's shapes: the published one (MQTT and data subscriptions:
 * `network.loraWan.loraPort` and `uplinkCnt`, no top-level type) or the flat one (`type: "uplink"`,
 * `port`, `fCnt`). Ingested devices send readings without any LoRaWAN part. ts is epoch ms.
 */
export const ZN2nMessage = z.looseObject({
  deviceId: optionalText,
  hexPayload: optionalText,
  deviceType: optionalText,
  type: optionalText,
  port: optionalNumber,
  fCnt: optionalNumber,
  ts: optionalTime.transform((ms, ctx) => {
    if (ms !== null) return ms;
    ctx.addIssue({ code: "custom", message: "no time (ts missing or not a time)" });
    return z.NEVER;
  }),
  network: z
    .looseObject({
      type: optionalText,
      source: optionalText,
      loraWan: z
        .looseObject({
          loraPort: optionalNumber,
          uplinkCnt: optionalNumber,
          rssi: optionalNumber,
          snr: optionalNumber,
          lrrId: optionalText,
          spFact: optionalNumber,
          lrrList: zItems(ZN2nGatewayReception, "gateway"),
        })
        .nullish(),
    })
    .nullish(),
  readingList: zItems(ZN2nReading, "reading"),
});
export type TN2nMessage = z.infer<typeof ZN2nMessage>;
export const ZN2nMessages = zItems(ZN2nMessage, "uplink");

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
  groupIdList: zItems(z.string(), "group"),
  createdAt: z.number().optional(),
});
export type TN2nApiKey = z.infer<typeof ZN2nApiKey>;
export const ZN2nApiKeys = zItems(ZN2nApiKey, "API key");

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

/** A device path parameter: a DevEUI (16 hex) or an ingested device id (4a817-ks5047298), as N2N writes it. */
export const ZN2nDeviceId = z
  .string()
  .refine(isN2nDeviceId, "A DevEUI (16 hex characters) or an ingested device id like 4a817-ks5047298")
  .transform(n2nDeviceIdOf);

/** GET devices: one page (limit 10–1000, skip ≥ 0) and, optionally, one enterprise and everything under it. */
export const ZN2nDeviceListInput = ZN2nPage.extend({ enterpriseId: ZN2nEnterpriseId.optional() });
export type TN2nDeviceListInput = z.infer<typeof ZN2nDeviceListInput>;

export type TN2nDeviceRow = {
  deviceId: string;
  /** "ingested": a non-LoRaWAN device that sends readings through N2N's ingestion API. */
  network: "loraWan" | "ingested";
  name: string;
  enterpriseId: string;
  groupIdList: string[];
  deviceType: string | null;
  enrolment: { class: string | null; mode: string | null; appEui: string | null; nwAddress: string | null };
  /** Epoch ms. */
  createdAt: number | null;
  lastOnline: number | null;
};

/** One device as its page asks for it; `unreadable` when some of its records (groups) did not fit. */
export type TN2nDeviceDetail = TN2nDeviceRow & { unreadable?: TUnreadableSummary };

// Enrolment times came as epoch seconds in the vendor's examples; later fields are ms.
const epochMs = (time: number | null) => (time === null ? null : time < 1e12 ? time * 1000 : time);

/** Keeps only the fields the console shows: whatever else the vendor sends (keys included) stays on the server. */
export function toN2nDeviceRow(device: TN2nDevice): TN2nDeviceRow {
  const { enrolment } = device;
  return {
    deviceId: device.deviceId,
    network: isN2nIngestedId(device.deviceId) ? "ingested" : "loraWan",
    name: device.name,
    enterpriseId: device.enterpriseId,
    groupIdList: [...device.groupIdList],
    deviceType: device.deviceType ?? null,
    enrolment: {
      class: enrolment?.class ?? null,
      mode: enrolment?.mode ?? null,
      appEui: enrolment?.otaa?.appEui ?? null,
      nwAddress: enrolment?.abp?.nwAddress ?? enrolment?.otaa?.nwAddress ?? null,
    },
    createdAt: epochMs(device.createdAt),
    lastOnline: epochMs(device.lastOnline),
  };
}

export type TN2nDevicePage = {
  devices: TN2nDeviceRow[];
  /** How many devices N2N sent for this page; more than `devices` when some could not be read. */
  received: number;
  limit: number;
  skip: number;
  enterpriseId: string | null;
  /** All devices, when the vendor says (or this page is the last one); null when it is not known. */
  total: number | null;
  /** False once a page came back short: there is nothing after it. */
  hasMore: boolean;
  fetchedAt: string;
  unreadable?: TUnreadableSummary;
};

export type TN2nReadingView = { channelId: string; type: string; label: string | null; unit: string | null; value: number | string | boolean | null };

/** One uplink as the device page shows it, whichever shape N2N sent; ts is epoch ms, fCnt the uplink counter. */
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

/** An uplink: the published shape has no type; the flat one says "uplink" (anything else, e.g. a downlink, is not). */
export const isN2nUplink = (message: TN2nMessage) => message.type == null || message.type === "uplink";

export function toN2nUplinkView(message: TN2nMessage): TN2nUplinkView {
  const lora = message.network?.loraWan;
  // The gateway that heard it best when N2N names none.
  const best = lora?.lrrList.reduce<(typeof lora.lrrList)[number] | undefined>((top, r) => ((r.rssi ?? -Infinity) > (top?.rssi ?? -Infinity) ? r : top), undefined);
  return {
    ts: message.ts,
    port: message.port ?? lora?.loraPort ?? null,
    fCnt: message.fCnt ?? lora?.uplinkCnt ?? null,
    rssi: lora?.rssi ?? best?.rssi ?? null,
    snr: lora?.snr ?? best?.snr ?? null,
    gateway: lora?.lrrId ?? best?.lrrId ?? null,
    spreadingFactor: lora?.spFact ?? null,
    readings: message.readingList.map((r) => ({ channelId: String(r.channelId), type: r.type, label: r.label ?? null, unit: r.unit ?? null, value: r.value })),
  };
}

export type TN2nUplinkList = { deviceId: string; limit: number; skip: number; uplinks: TN2nUplinkView[]; fetchedAt: string; unreadable?: TUnreadableSummary };

/** Today's calls of a connection's credential against its quotas, as this server counted them. */
export type TN2nUsage = {
  day: string;
  callsToday: number;
  perDay: number | null;
  resetsAt: string;
  window: { limit: number; windowMs: number; used: number } | null;
};
