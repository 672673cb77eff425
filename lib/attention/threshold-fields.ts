// Each vendor's alert thresholds an admin can set per connection, without zod: the Settings form
// shows them (labels, units, defaults) and threshold-schemas.ts builds the checks from them.
import type { TVendor } from "@/lib/vendors/vendor-names";

export type TThresholdField = {
  key: string;
  label: string;
  /** Shown after the input: "s", "min", "h", "%", "/". */
  unit: string;
  min: number;
  max: number;
  /** Today's rule: what a connection without a setting of its own is judged by. */
  default: number;
  hint?: string;
};

/** Whole numbers in the unit the admin thinks in; the rules convert. */
export const THRESHOLD_FIELDS = {
  nettica: [
    {
      key: "downAfterSeconds",
      label: "Device down when not seen for",
      unit: "s",
      min: 120,
      max: 86_400,
      default: 300,
      hint: "For devices that hold a VPN with an endpoint; the VPN monitor's alerts and the Nettica pages use it too.",
    },
  ],
  acreto: [
    { key: "commitStuckAfterMinutes", label: "Commit running long after", unit: "min", min: 5, max: 1_440, default: 30 },
    { key: "uncommittedAfterHours", label: "Changes left uncommitted for", unit: "h", min: 1, max: 720, default: 24 },
  ],
  provision: [
    { key: "fullWarningPercent", label: "Aggregate nearly full (warning) at", unit: "%", min: 50, max: 100, default: 90 },
    { key: "fullCriticalPercent", label: "Aggregate nearly full (critical) at", unit: "%", min: 50, max: 100, default: 98, hint: "At least the warning share." },
    { key: "commonMaskIpv4", label: "Common IPv4 block size", unit: "/", min: 8, max: 30, default: 24, hint: "An aggregate larger than this with no block of this size free needs attention." },
    { key: "commonMaskIpv6", label: "Common IPv6 block size", unit: "/", min: 16, max: 64, default: 48 },
  ],
  n2n: [
    { key: "silentAfterHours", label: "Device silent after no uplink for", unit: "h", min: 1, max: 720, default: 24 },
    { key: "quotaWarningPercent", label: "API key near its daily limit at", unit: "%", min: 50, max: 100, default: 90 },
  ],
  megaport: [{ key: "notLiveAfterHours", label: "Service on its way to LIVE for longer than", unit: "h", min: 0, max: 720, default: 0, hint: "0: as soon as it is seen." }],
} as const satisfies Record<TVendor, readonly TThresholdField[]>;

type TKeysOf<V extends TVendor> = (typeof THRESHOLD_FIELDS)[V][number]["key"];

/** One connection's thresholds, every key set. */
export type TVendorThresholds = { [V in TVendor]: { [K in TKeysOf<V>]: number } };
export type TThresholds<V extends TVendor = TVendor> = TVendorThresholds[V];

export function defaultThresholds<V extends TVendor>(vendor: V): TThresholds<V> {
  const fields: readonly TThresholdField[] = THRESHOLD_FIELDS[vendor];
  return Object.fromEntries(fields.map((field) => [field.key, field.default])) as TThresholds<V>;
}

/** GET/PUT /api/connections/<id>/thresholds: what the connection is judged by, and which values are its own. */
export type TThresholdsView = {
  connectionId: string;
  vendor: TVendor;
  thresholds: Record<string, number>;
  defaults: Record<string, number>;
  /** The keys set on this connection (the others follow the defaults). */
  custom: string[];
  updatedAt: string | null;
  updatedBy: string | null;
};
