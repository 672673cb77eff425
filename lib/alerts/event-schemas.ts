import { z } from "zod";
import { VENDORS, type TVendor } from "@/lib/vendors/vendor-names";

/** The direction of every alert: down = a VPN went down or an item entered attention; up = back up or clear again. */
export const ZAlertKind = z.enum(["down", "up"]);
export type TAlertKind = z.infer<typeof ZAlertKind>;

/** The history's filters; `before` is the id of the last event of the previous page. */
export const ZAlertEventsQuery = z.object({
  kind: z.union([z.literal(""), ZAlertKind]).optional(),
  vendor: z.union([z.literal(""), z.enum(VENDORS)]).optional(),
  q: z.string().trim().max(200).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TAlertEventsQuery = z.infer<typeof ZAlertEventsQuery>;

export type TAlertDeliveryView = {
  channelId: string;
  channel: string;
  kind: "email" | "webhook";
  status: "pending" | "sent" | "failed" | "skipped";
  attempts: number;
  at: string | null;
  error: string | null;
};

export type TAlertEventView = {
  id: number;
  at: string;
  kind: TAlertKind;
  vendor: TVendor;
  /** "nettica.vpn_down" (the Nettica monitor) or the attention kind. */
  rule: string;
  title: string;
  detail: string;
  severity: "critical" | "warning";
  /** The item's console page. */
  href: string | null;
  connectionId: string;
  connection: string;
  /** The Nettica monitor's VPN events only; null for the others. */
  deviceId: string | null;
  device: string | null;
  vpnId: string | null;
  vpn: string | null;
  network: string | null;
  lastSeen: string | null;
  message: string;
  /** Its rule was muted: kept here, sent nowhere. */
  muted: boolean;
  deliveries: TAlertDeliveryView[];
};

/** What the monitor watches right now, for the page's status line. */
export type TMonitorSummary = {
  watched: number;
  down: { connection: string; device: string; vpn: string; network: string; since: string; lastSeen: string | null }[];
  lastCheckAt: string | null;
  intervalS: number;
  runsHere: boolean;
};
