import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { TDb } from "../db/open-database";
import { alertChannels, alertEvents, type TAlertDelivery } from "../db/schema";
import { logger } from "../log";
import { alertMessage } from "./alert-message";
import { channelTarget } from "./channel-target";
import { ALERT_LEASE_MS, claimAlertEvent, type TAlertEventRow } from "./claim-alert-event";
import { recordChannelResult } from "./record-channel-result";
import { sendToChannel, type TSendOutcome } from "./send-to-channel";

/** After this many failed tries (1, 2, 4, 8 min apart) a channel's delivery is given up. */
export const MAX_DELIVERY_ATTEMPTS = 5;
const RETRY_BASE_MS = 60_000;
const MAX_EVENTS_PER_PASS = 200;
/** A pass stops taking new events after this long (a cron function has a time limit); the rest wait for the next. */
const DELIVERY_BUDGET_MS = 45_000;

export type TDeliveryPass = { sent: number; failed: number };

/**
 * Sends what the outbox holds. At least once: a delivery is marked sent right after its send,
 * so only a crash between the two can repeat one (when the claim runs out). The repeat carries
 * the same idempotency key (email Message-ID, webhook Idempotency-Key) so receivers can drop it.
 * It never sends twice otherwise: an event is sent by the one owner of its claim, and a channel
 * marked sent is never sent to again.
 */
export async function deliverPendingAlerts(db: TDb, clock: () => number = Date.now): Promise<TDeliveryPass> {
  const owner = randomUUID();
  const pass: TDeliveryPass = { sent: 0, failed: 0 };
  const started = performance.now();
  for (let handled = 0; handled < MAX_EVENTS_PER_PASS && performance.now() - started < DELIVERY_BUDGET_MS; handled += 1) {
    const event = await claimAlertEvent(db, owner, clock());
    if (!event) break;
    await deliverEvent(db, event, owner, clock, pass);
  }
  return pass;
}

async function deliverEvent(db: TDb, event: TAlertEventRow, owner: string, clock: () => number, pass: TDeliveryPass): Promise<void> {
  const deliveries = structuredClone(event.deliveries);
  const waiting = Object.keys(deliveries).filter((id) => deliveries[id]!.status === "pending");
  const channels = waiting.length ? await db.select().from(alertChannels).where(inArray(alertChannels.id, waiting)) : [];
  const message = alertMessage(event);
  const mine = and(eq(alertEvents.id, event.id), eq(alertEvents.claimedBy, owner));

  for (const channelId of waiting) {
    const delivery = deliveries[channelId]!;
    const channel = channels.find((c) => c.id === channelId);
    const at = new Date(clock());
    if (!channel || !channel.enabled) {
      deliveries[channelId] = { ...delivery, status: "skipped", at: at.toISOString(), error: channel ? "The channel was turned off" : "The channel was deleted" };
      continue;
    }
    let outcome: TSendOutcome;
    try {
      outcome = await sendToChannel(channelTarget(channel), message);
    } catch {
      outcome = { ok: false, error: "The channel's secret cannot be decrypted (was ENCRYPTION_KEY changed?)" };
    }
    deliveries[channelId] = nextDelivery(delivery, outcome, at);
    if (outcome.ok) pass.sent += 1;
    else pass.failed += 1;
    await recordChannelResult(db, channelId, outcome, at, false);
    // Record at once (and renew the claim), so a crash now cannot make this channel get it again.
    const kept = await db.update(alertEvents).set({ deliveries, nextAttemptAt: new Date(clock() + ALERT_LEASE_MS) }).where(mine).returning({ id: alertEvents.id });
    if (!kept.length) {
      logger.warn({ event: event.id }, "alert claim was lost during delivery; another instance continues it");
      return;
    }
  }

  const retrying = Object.values(deliveries).filter((d) => d.status === "pending");
  const nextTry = retrying.length ? new Date(clock() + RETRY_BASE_MS * 2 ** (Math.max(...retrying.map((d) => d.attempts)) - 1)) : null;
  await db
    .update(alertEvents)
    .set({ deliveries, deliveryStatus: retrying.length ? "pending" : "done", nextAttemptAt: nextTry, claimedBy: null })
    .where(mine);
}

function nextDelivery(delivery: TAlertDelivery, outcome: TSendOutcome, at: Date): TAlertDelivery {
  const attempts = delivery.attempts + 1;
  if (outcome.ok) return { ...delivery, status: "sent", attempts, at: at.toISOString(), error: null };
  return { ...delivery, status: attempts >= MAX_DELIVERY_ATTEMPTS ? "failed" : "pending", attempts, at: at.toISOString(), error: outcome.error };
}
