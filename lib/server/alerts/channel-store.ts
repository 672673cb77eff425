import "server-only";
import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import type { TAlertChannelInput, TAlertChannelPatch, TAlertChannelView } from "@/lib/alerts/channel-schemas";
import { encryptSecret } from "../crypto";
import { getDb } from "../db/client";
import { alertChannels, type TEmailChannelSettings, type TWebhookChannelSettings } from "../db/schema";
import { badRequest, notFound } from "../http/errors";
import { channelSecretContext, loadChannelRow } from "./channel-row";
import { channelView } from "./channel-view";

/** What an edit did to the secrets, for the audit trail (names only, never values). */
export type TSecretChanges = { replacedSecrets: string[]; clearedSecrets: string[] };

const needsPassword = () => badRequest("Enter the password for this user", { password: ["Required when a user name is set"] });

export async function listChannels(): Promise<TAlertChannelView[]> {
  const db = await getDb();
  const rows = await db.select().from(alertChannels).orderBy(asc(alertChannels.name), asc(alertChannels.createdAt));
  return rows.map(channelView);
}

export async function createChannel(input: TAlertChannelInput): Promise<TAlertChannelView> {
  const id = randomUUID();
  const db = await getDb();
  if (input.kind === "email") {
    const { host, port, tls, user, from, to } = input;
    if (user && !input.password) throw needsPassword();
    const secrets: Record<string, string> = input.password ? { password: encryptSecret(input.password, channelSecretContext(id, "password")) } : {};
    const [row] = await db.insert(alertChannels).values({ id, name: input.name, kind: "email", enabled: input.enabled, settings: { host, port, tls, user, from, to }, secrets }).returning();
    return channelView(row!);
  }
  const settings: TWebhookChannelSettings = { host: new URL(input.url).host, format: input.format ?? "generic" };
  const secrets = { url: encryptSecret(input.url, channelSecretContext(id, "url")) };
  const [row] = await db.insert(alertChannels).values({ id, name: input.name, kind: "webhook", enabled: input.enabled, settings, secrets }).returning();
  return channelView(row!);
}

export async function updateChannel(id: string, patch: TAlertChannelPatch): Promise<{ channel: TAlertChannelView } & TSecretChanges> {
  const row = await loadChannelRow(id);
  if (patch.kind !== row.kind) throw badRequest(`This is ${row.kind === "email" ? "an email" : "a webhook"} channel; its kind cannot change`);
  const secrets = { ...row.secrets };
  const changes: TSecretChanges = { replacedSecrets: [], clearedSecrets: [] };
  let settings = row.settings;
  if (patch.kind === "email") {
    const { password, clearPassword } = patch;
    const current = row.settings as TEmailChannelSettings;
    const merged: TEmailChannelSettings = {
      host: patch.host ?? current.host,
      port: patch.port ?? current.port,
      tls: patch.tls ?? current.tls,
      user: patch.user ?? current.user,
      from: patch.from ?? current.from,
      to: patch.to ?? current.to,
    };
    if (password) {
      secrets.password = encryptSecret(password, channelSecretContext(id, "password"));
      changes.replacedSecrets.push("password");
    } else if (clearPassword && secrets.password) {
      delete secrets.password;
      changes.clearedSecrets.push("password");
    }
    if (merged.user && !secrets.password) throw needsPassword();
    settings = merged;
  } else {
    const current = row.settings as TWebhookChannelSettings;
    const merged: TWebhookChannelSettings = { host: current.host, format: patch.format ?? current.format ?? "generic" };
    if (patch.url) {
      secrets.url = encryptSecret(patch.url, channelSecretContext(id, "url"));
      merged.host = new URL(patch.url).host;
      changes.replacedSecrets.push("url");
    }
    settings = merged;
  }
  const db = await getDb();
  const [updated] = await db
    .update(alertChannels)
    .set({ name: patch.name ?? row.name, enabled: patch.enabled ?? row.enabled, settings, secrets, updatedAt: new Date() })
    .where(eq(alertChannels.id, id))
    .returning();
  return { channel: channelView(updated!), ...changes };
}

export async function deleteChannel(id: string): Promise<TAlertChannelView> {
  const row = await loadChannelRow(id);
  const db = await getDb();
  const [deleted] = await db.delete(alertChannels).where(eq(alertChannels.id, row.id)).returning();
  if (!deleted) throw notFound("Alert channel");
  return channelView(deleted);
}
