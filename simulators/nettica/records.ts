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
  default: TNetticaSettingsRecord;
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
  tags: string[];
  platform: string;
  os: string;
  arch: string;
  version: string;
  checkInterval: number;
  createdBy: string;
  updatedBy: string;
  created: number;
  updated: number;
  liveness: TNetticaLiveness;
  /** Set by GET /device/:id/status, which counts as a check-in. */
  lastCheckInAt?: number;
  /** The device's own key (device-api-…), accepted on its status endpoint. */
  apiKey: string;
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
  enabled: boolean;
  cidr: string;
  default: TNetticaSettingsRecord;
};

export type TNetticaState = {
  /** The account's API key and a key of a suspended account. */
  accountKey: string;
  suspendedKey: string;
  accountId: string;
  email: string;
  suspended: boolean;
  devices: Map<string, TNetticaDeviceRecord>;
  vpns: Map<string, TNetticaVpnRecord>;
  nets: Map<string, TNetticaNetRecord>;
};
