// Without zod or server imports: the overview page reads these to count and name what it shows.
import { VENDORS, type TVendor } from "@/lib/vendors/vendor-info";

/** What each vendor's rules can find, in the admin's words: one and many, for counts ("2 devices down"). */
export const ATTENTION_KINDS = {
  "nettica.device_down": ["device down", "devices down"],
  "nettica.vpn_disabled": ["VPN disabled", "VPNs disabled"],
  "acreto.ecosystem_error": ["ecosystem in error", "ecosystems in error"],
  "acreto.commit_stuck": ["commit running long", "commits running long"],
  "acreto.changes_uncommitted": ["ecosystem with uncommitted changes", "ecosystems with uncommitted changes"],
  "provision.aggregate_full": ["aggregate nearly full", "aggregates nearly full"],
  "provision.no_free_block": ["aggregate without a common-size free block", "aggregates without a common-size free block"],
  "n2n.device_silent": ["device silent", "devices silent"],
  "n2n.daily_quota": ["API key near its daily limit", "API keys near their daily limit"],
  "megaport.service_down": ["service down", "services down"],
  "megaport.service_not_live": ["service not live", "services not live"],
  "megaport.vxc_shut_down": ["VXC shut down", "VXCs shut down"],
  ...perVendor("connection_failing", ["connection failing", "connections failing"]),
  ...perVendor("schema_drift", ["list with unreadable records", "lists with unreadable records"]),
} as const satisfies Record<string, readonly [one: string, many: string]>;

export type TAttentionKind = keyof typeof ATTENTION_KINDS;

/** The rules every vendor shares: the connection itself failing, and records Patchbay could not read. */
function perVendor<R extends string>(rule: R, words: readonly [string, string]) {
  return Object.fromEntries(VENDORS.map((vendor) => [`${vendor}.${rule}`, words])) as Record<`${TVendor}.${R}`, readonly [string, string]>;
}

/** "1 device down", "3 devices down". */
export function kindCount(kind: TAttentionKind, count: number): string {
  const [one, many] = ATTENTION_KINDS[kind];
  return `${count} ${count === 1 ? one : many}`;
}
