import "server-only";
import { eq } from "drizzle-orm";
import type { TDb } from "../db/open-database";
import { alertEvents } from "../db/schema";
import { conflict, notFound } from "../http/errors";

/**
 * "Send again": the alert's given-up deliveries go back in the outbox, as if new (same
 * idempotency key, so a receiver that got it after all can drop the copy), retried for another
 * period from now. Deliveries that were sent, or whose channel was removed or turned off, stay.
 * Returns the channels it will go to.
 */
export async function sendAgain(db: TDb, eventId: number, now = new Date()): Promise<string[]> {
  return db.transaction(async (tx) => {
    const [event] = await tx.select().from(alertEvents).where(eq(alertEvents.id, eventId)).for("update");
    if (!event) throw notFound("Alert");
    const failed = Object.entries(event.deliveries).filter(([, delivery]) => delivery.status === "failed");
    if (failed.length === 0) throw conflict("No channel gave this alert up: there is nothing to send again");
    const deliveries = { ...event.deliveries };
    for (const [channelId, delivery] of failed) deliveries[channelId] = { ...delivery, status: "pending", error: null, retryFrom: now.toISOString() };
    await tx.update(alertEvents).set({ deliveries, deliveryStatus: "pending", nextAttemptAt: null, claimedBy: null }).where(eq(alertEvents.id, eventId));
    return failed.map(([, delivery]) => delivery.channel);
  });
}
