/** The Nettica simulator's own records (what it stores), turned into payloads by payloads.ts. */
export type TNetticaSettingsRecord = {
  endpoint: string;
  address: string[];
  allowedIPs: string[];
  dns: string[];
  listenPort: number;
  mtu: number;
  persistentKeepalive: number;
  publicKey: string;
  privateKey: string;
  presharedKey: string;
};

export type TNetticaVpnRecord = {
  id: string;
  name: string;
  netid: string;
  netName: string;
  deviceid: string;
  role?: "Ingress" | "Egress";
  enable: boolean;
  failover: number;
  failCount: number;
  tags: string[];
  createdBy: string;
  updatedBy: string;
  created: number;
  updated: number;
  current: TNetticaSettingsRecord;
  /** Absent (omitempty) when the VPN's network has no default settings. */
  default: TNetticaSettingsRecord | null;
};

/** How a device checks in: on every tick of its interval, not since some moment, or never. */
export type TNetticaLiveness =
  | { kind: "live"; phaseMs: number }
  | { kind: "dead"; lastSeenAt: number }
  | { kind: "never" };

export type TNetticaDeviceRecord = {
  id: string;
  name: string;
  description: string;
  accountid: string;
  server: string;
  enable: boolean;
  /** Go's nil slice: a PATCH without tags leaves null. */
  tags: string[] | null;
  platform: string;
  os: string;
  arch: string;
  version: string;
  checkInterval: number;
  logging: string;
  /** False until the device's first check-in with its own key (then its ezcode is cleared). */
  registered: boolean;
  updateKeys: boolean;
  createdBy: string;
  updatedBy: string;
  created: number;
  updated: number;
  liveness: TNetticaLiveness;
  /** Set by GET /device/:id/status, which counts as a check-in. */
  lastCheckInAt?: number;
  /** What a PATCH set lastSeen to (undefined: zeroed), until the device next checks in. */
  lastSeenSet?: { at: number; value: number | undefined };
  // The device's secrets: GET /device sends them all, like privateKey and presharedKey.
  /** The device's own key (device-api-…), the only key its status endpoint accepts. */
  apiKey: string;
  serviceGroup?: string;
  /** The key of a Nettica service host (service-api-…). */
  serviceApiKey?: string;
  /** The enrolment code of a device not registered yet (ez-…). */
  ezcode?: string;
  /** The cloud instance the device was made for. */
  instanceid?: string;
  /** Push notification tokens of the mobile app. */
  push?: string;
  voip?: string;
};

export type TNetticaNetRecord = {
  id: string;
  netName: string;
  description: string;
  accountid: string;
  tags: string[];
  createdBy: string;
  updatedBy: string;
  created: number;
  updated: number;
  forceUpdate: boolean;
  critical: boolean;
  /** omitempty: only some networks say. */
  readonly?: boolean;
  policies: { userEndpoints: boolean; onlyEndpoints: boolean };
  cidr: string;
  /** Nettica sends null for a network without default settings. */
  default: TNetticaSettingsRecord | null;
};

export type TNetticaState = {
  /** The account's API key and a key of a suspended account. */
  accountKey: string;
  suspendedKey: string;
  accountId: string;
  email: string;
  suspended: boolean;
  /** The account's user is limited to these networks: GET /device repeats a device once per VPN. */
  limitedNetIds: string[] | null;
  devices: Map<string, TNetticaDeviceRecord>;
  vpns: Map<string, TNetticaVpnRecord>;
  nets: Map<string, TNetticaNetRecord>;
  /** Raw records a test added to GET /device as they are, however odd (see control.ts). */
  oddDevices: Record<string, unknown>[];
};
