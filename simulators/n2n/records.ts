/** The N2N DL simulator's own records. */
export type TN2nLevel = "readOnly" | "admin" | "reseller";

/** LoRaWAN sensors; "weather" and "pump" are non-LoRaWAN devices that send readings through N2N's ingestion API. */
export type TN2nSensorKind = "environment" | "water-meter" | "soil" | "tank" | "tracker" | "weather" | "pump";

/** How a device was enrolled (docs.nnnco.io, device enrolment); ingested devices have none. */
export type TN2nEnrolment = {
  class: "A" | "C";
  mode: "otaa" | "abp";
  otaa?: { appEui: string; appKey: string; nwAddress?: string };
  abp?: { nwAddress: string; nwKey: string; appSKey?: string };
};

export type TN2nDevice = {
  /** A DevEUI (upper-case) or, for an ingested device, <5 hex>-<3–16 alnum> (lower-case). */
  deviceId: string;
  enterpriseId: string;
  name: string;
  groupIdList: string[];
  deviceType: string;
  kind: TN2nSensorKind;
  enrolment?: TN2nEnrolment;
  createdAt: number;
  /** Uplinks every `periodMs`; a silent device stopped sending at `silentSince`. */
  periodMs: number;
  phaseMs: number;
  silentSince?: number;
};

export type TN2nApiKey = {
  id: string;
  key: string;
  name: string;
  level: TN2nLevel;
  tps: number;
  tpd: number;
  groupIdList: string[];
  createdAt: number;
};

export type TN2nUser = { email: string; password: string; level: TN2nLevel; groupIdList: string[] };
export type TN2nSession = { token: string; email: string; createdAt: number; expiresAt: number };

export type TN2nQuotaCounter = { windowStart: number; windowCount: number; day: string; dayCount: number };

export type TN2nSettings = {
  /** The TPS window: 5 s upstream; a test may shorten it. */
  windowMs: number;
  /** Unpublished limits for bearer-token calls. */
  bearerTps: number;
  bearerTpd: number;
  tokenTtlSeconds: number;
};

export type TN2nState = {
  settings: TN2nSettings;
  enterprises: string[];
  devices: TN2nDevice[];
  apiKeys: TN2nApiKey[];
  users: TN2nUser[];
  sessions: Map<string, TN2nSession>;
  quotas: Map<string, TN2nQuotaCounter>;
};
