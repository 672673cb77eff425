import { z } from "zod";

export const ZAlertKind = z.enum(["down", "up"]);
export type TAlertKind = z.infer<typeof ZAlertKind>;

/** The history's filters; `before` is the id of the last event of the previous page. */
export const ZAlertEventsQuery = z.object({
  kind: z.union([z.literal(""), ZAlertKind]).optional(),
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
  connectionId: string;
  connection: string;
  deviceId: string;
  device: string;
  vpnId: string;
  vpn: string;
  network: string;
  lastSeen: string | null;
  message: string;
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
