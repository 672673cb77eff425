import "server-only";
import type { TAttentionKind } from "@/lib/attention/attention-kinds";
import type { TAttentionItem } from "@/lib/attention/attention-types";

/**
 * A Nettica device down is already alerted by the Nettica monitor, once per VPN it serves (the
 * same 300 s rule, judged on a fresh read): a second mail about the same outage would be noise.
 */
export const ALERTED_BY_THE_VPN_MONITOR: ReadonlySet<TAttentionKind> = new Set(["nettica.device_down"]);

/** The items of an evaluation that the alerting pass sends alerts about. */
export const alertableItems = (items: readonly TAttentionItem[]) => items.filter((item) => !ALERTED_BY_THE_VPN_MONITOR.has(item.kind));
