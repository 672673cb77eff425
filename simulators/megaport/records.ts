/** Megaport payload shapes as the simulator builds them (modelled on the recorded products-v2.json). */
export const PROVISIONING_STATUSES = ["LIVE", "CONFIGURED", "NEW", "DESIGN", "DEPLOYABLE", "DECOMMISSIONED", "CANCELLED"] as const;
export type TProvisioningStatus = (typeof PROVISIONING_STATUSES)[number];

export type TLocationDetail = { name: string; city: string; metro: string; country: string };
export type TLocation = TLocationDetail & { id: number; market: string };

export type TVxcEnd = {
  ownerUid: string;
  productUid: string;
  productName: string;
  locationId: number | null;
  location: string | null;
  locationDetail: TLocationDetail | null;
  vlan: number | null;
  innerVlan: number | null;
  secondaryName: null;
  vNicIndex?: number;
};

export type TResources = Record<string, unknown>;

/** Epoch ms as the recording sends them; some environments send ISO strings, and null for none. */
export type TVendorDate = number | string | null;

/** {status: "PENDING_EXTERNAL", type: "NEW", …} while the other end has to accept, else every field null. */
export type TVxcApproval = { status: string | null; message: string | null; uid: string | null; type: string | null; newSpeed: number | null };

export type TVxc = {
  productId: number;
  productUid: string;
  productName: string;
  productType: "VXC";
  rateLimit: number;
  distanceBand: "METRO" | "ZONE" | "INTERZONE";
  provisioningStatus: TProvisioningStatus;
  usageAlgorithm: string | null;
  createdBy: string;
  createDate: TVendorDate;
  terminateDate?: TVendorDate;
  resources: TResources;
  vxcApproval: TVxcApproval;
  contractStartDate: TVendorDate;
  contractEndDate: TVendorDate;
  contractTermMonths: number;
  locked: boolean;
  adminLocked: boolean;
  attributeTags: Record<string, unknown>;
  up: boolean | null;
  shutdown: boolean;
  cancelable: boolean;
  aEnd: TVxcEnd;
  bEnd: TVxcEnd;
};

export type TIx = {
  productId: number;
  productUid: string;
  productName: string;
  productType: "IX";
  provisioningStatus: TProvisioningStatus;
  networkServiceType: string;
  asn: number;
  macAddress: string;
  rateLimit: number;
  vlan: number;
  locationId: number;
  createDate: TVendorDate;
  terminateDate: TVendorDate;
  up: boolean | null;
  resources: TResources;
  attributeTags: Record<string, unknown>;
};

export type TProductType = "MEGAPORT" | "MCR2" | "MVE";

export type TProduct = {
  productId: number;
  productUid: string;
  productName: string;
  secondaryName: null;
  /** Some environments send it lower-case ("mve"). */
  productType: TProductType | Lowercase<TProductType>;
  provisioningStatus: TProvisioningStatus;
  portSpeed: number | null;
  maxVxcSpeed: number | null;
  locationId: number;
  locationDetail: TLocationDetail;
  lagPrimary: boolean;
  lagId: number | null;
  aggregationId: null;
  createDate: TVendorDate;
  createdBy: string;
  terminateDate: TVendorDate;
  liveDate: TVendorDate;
  contractStartDate: TVendorDate;
  contractEndDate: TVendorDate;
  contractTermMonths: number;
  market: string;
  costCentre?: string;
  usageAlgorithm: null;
  marketplaceVisibility: boolean;
  vxcPermitted: boolean;
  vxcAutoApproval: boolean;
  virtual: boolean;
  buyoutPort: boolean;
  locked: boolean;
  adminLocked: boolean;
  vendor?: string;
  mveSize?: string;
  mveLabel?: string;
  companyUid: string;
  companyName: string;
  associatedVxcs: TVxc[];
  associatedIxs: TIx[];
  attributeTags: Record<string, unknown>;
  vnics?: { vlan: number; description: string }[];
  resources?: TResources;
  diversityZone: "red" | "blue" | null;
  up: boolean | null;
  cancelable: boolean;
};

export type TCompany = {
  companyId: number;
  companyUid: string;
  companyName: string;
  legalName: string;
  tradingName: string;
  legalIdentifier: string;
  market: string;
  country: string;
  www: string;
  phone: string;
  address: { street: string; suburb: string; city: string; state: string; postcode: string; country: string };
  createDate: number;
};

export type TMegaportUser = {
  personId: number;
  personUid: string;
  username: string;
  password: string;
  firstName: string;
  lastName: string;
  /** The portal role: Company Admin, Technical Admin, Read Only… */
  position: string;
  companyId: number;
  timeZone: string;
  locale: string;
  /** Company id → permission names; none of them is "services" (real names vary by account). */
  permissions: Record<string, string[]>;
  /** Base32 TOTP seed when the account has MFA: /v2/login then needs oneTimePassword. */
  totpSecret?: string;
  /** The last TOTP step accepted: each code works once. */
  lastTotpStep?: number;
};

export type TMegaportSession = { token: string; username: string; expiresAt: number; kind: "session" | "oauth" };

export type TMegaportSettings = {
  sessionTtlMs: number;
  oauthTokenTtlSeconds: number;
  /** 500 requests per rolling 5 minutes per IP. */
  rateLimit: number;
  rateWindowMs: number;
};

export type TMegaportState = {
  settings: TMegaportSettings;
  companies: TCompany[];
  users: TMegaportUser[];
  /** Top-level services per company uid. */
  products: TProduct[];
  sessions: Map<string, TMegaportSession>;
  requestLog: Map<string, number[]>;
};
