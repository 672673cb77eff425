import "server-only";
import { isRowId } from "../db/row-id";
import { eq } from "drizzle-orm";
import { getDb } from "../db/client";
import { alertChannels } from "../db/schema";
import { notFound } from "../http/errors";

export type TAlertChannelRow = typeof alertChannels.$inferSelect;

/** Secrets are bound to their channel and field, so a ciphertext copied elsewhere does not open. */
export const channelSecretContext = (id: string, key: "password" | "url") => `alert-channel:${id}:${key}`;

export async function loadChannelRow(id: string): Promise<TAlertChannelRow> {
  if (!isRowId(id)) throw notFound("Alert channel");
  const db = await getDb();
  const [row] = await db.select().from(alertChannels).where(eq(alertChannels.id, id));
  if (!row) throw notFound("Alert channel");
  return row;
}
