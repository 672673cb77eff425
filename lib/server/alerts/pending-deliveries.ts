import "server-only";
import { eq } from "drizzle-orm";
import { alertChannels, type TAlertDelivery } from "../db/schema";
import type { TTransaction } from "../monitor/connection-lock";

/** One pending delivery per channel that is on now: a channel added later does not get old alerts. */
export async function pendingDeliveries(tx: TTransaction): Promise<Record<string, TAlertDelivery>> {
  const channels = await tx.select({ id: alertChannels.id, name: alertChannels.name, kind: alertChannels.kind }).from(alertChannels).where(eq(alertChannels.enabled, true));
  return Object.fromEntries(channels.map((c) => [c.id, { channel: c.name, kind: c.kind, status: "pending", attempts: 0, at: null, error: null } satisfies TAlertDelivery]));
}
