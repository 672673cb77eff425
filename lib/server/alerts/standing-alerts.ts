import "server-only";
import { sql } from "drizzle-orm";
import { NETTICA_VPN_RULE } from "@/lib/alerts/alert-rules";
import { getDb } from "../db/client";
import type { TAlertChannelKind, TAlertDelivery } from "../db/schema";

/**
 * A channel just added is sent the alerts of VPNs that are down now and that no channel was sent
 * (none existed, or none was on, when they went down): "down now" beside "no alert" would otherwise
 * last until they come back up. Later transitions reach it as they happen. Returns how many.
 */
export async function sendStandingAlertsTo(channel: { id: string; name: string; kind: TAlertChannelKind }): Promise<number> {
  const db = await getDb();
  const delivery: TAlertDelivery = { channel: channel.name, kind: channel.kind, status: "pending", attempts: 0, at: null, error: null };
  // The event of a VPN's current state has the state's own time (monitor_state.since = alert_events.at);
  // an environment connection's state is kept under "<id>@<version>".
  const result = await db.execute(sql`
    update alert_events as e
       set deliveries = jsonb_build_object(${channel.id}::text, ${JSON.stringify(delivery)}::jsonb), delivery_status = 'pending'
      from monitor_state as m
     where e.kind = 'down' and e.rule = ${NETTICA_VPN_RULE} and not e.muted and e.deliveries = '{}'::jsonb
       and m.vpn_id = e.vpn_id and m.state = 'down' and m.since = e.at
       and (m.connection_id = e.connection_id or m.connection_id like e.connection_id || '@%')
    returning e.id`);
  return (result as unknown as { rows: unknown[] }).rows.length;
}
