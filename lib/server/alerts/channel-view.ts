import "server-only";
import type { TAlertChannelView } from "@/lib/alerts/channel-schemas";
import type { TEmailChannelSettings, TWebhookChannelSettings } from "../db/schema";
import type { TAlertChannelRow } from "./channel-row";

/** A channel as the API shows it: no secret, only whether it is set; a webhook only by its host. */
export function channelView(row: TAlertChannelRow): TAlertChannelView {
  const base = {
    id: row.id,
    name: row.name,
    enabled: row.enabled,
    updatedAt: row.updatedAt.toISOString(),
    lastDelivery: row.lastDeliveryAt
      ? { at: row.lastDeliveryAt.toISOString(), ok: row.lastDeliveryOk === true, error: row.lastDeliveryError, test: row.lastDeliveryTest === true, othersToldAt: row.failingNoticeAt?.toISOString() ?? null }
      : null,
  };
  if (row.kind === "email") {
    const { host, port, tls, user, from, to } = row.settings as TEmailChannelSettings;
    return { ...base, kind: "email", email: { host, port, tls, user, from, to }, secrets: { password: { set: Boolean(row.secrets.password) } } };
  }
  // A channel made before formats existed has none: it has always received the generic JSON.
  const { host, format = "generic" } = row.settings as TWebhookChannelSettings;
  return { ...base, kind: "webhook", webhook: { host, format }, secrets: { url: { set: Boolean(row.secrets.url) } } };
}
