import "server-only";
import { decryptSecret } from "../crypto";
import type { TEmailChannelSettings, TWebhookChannelSettings, TWebhookFormat } from "../db/schema";
import { channelSecretContext, type TAlertChannelRow } from "./channel-row";

/** A channel with its secret decrypted, for the senders only: never logged, never returned. */
export type TChannelTarget =
  | { kind: "email"; id: string; name: string; settings: TEmailChannelSettings; password: string | null }
  | { kind: "webhook"; id: string; name: string; url: string; format?: TWebhookFormat };

export function channelTarget(row: TAlertChannelRow): TChannelTarget {
  if (row.kind === "email") {
    const sealed = row.secrets.password;
    const password = sealed ? decryptSecret(sealed, channelSecretContext(row.id, "password")) : null;
    return { kind: "email", id: row.id, name: row.name, settings: row.settings as TEmailChannelSettings, password };
  }
  const sealed = row.secrets.url;
  if (!sealed) throw new Error("This webhook channel has no URL");
  const { format = "generic" } = row.settings as TWebhookChannelSettings;
  return { kind: "webhook", id: row.id, name: row.name, url: decryptSecret(sealed, channelSecretContext(row.id, "url")), format };
}
