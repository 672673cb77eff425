import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { TDb } from "../db/open-database";
import { alertChannels, alertEvents, type TAlertDelivery } from "../db/schema";
import { logger } from "../log";
import { alertMessage } from "./alert-message";
import { channelTarget } from "./channel-target";
import { ALERT_LEASE_MS, claimAlertEvent, type TAlertEventRow } from "./claim-alert-event";
import { noticeFailingChannel } from "./failing-channel-notice";
import { recordChannelResult } from "./record-channel-result";
import { sendToChannel, type TSendOutcome } from "./send-to-channel";

const RETRY_BASE_MS = 60_000;
/** Tries are 1, 2, 4, 8, 16 min apart, then every 30 min. */
const RETRY_MAX_GAP_MS = 30 * 60_000;
export const DEFAULT_ALERT_RETRY_HOURS = 24;

/**
 * ALERT_RETRY_HOURS (default 24, more than 0 and at most 168; decimals allowed): how long a channel
 * that fails keeps being retried before its delivery is given up (the Alerts page then offers "Send again").
 */
export function alertRetryMs(): number {
  const hours = Number(process.env.ALERT_RETRY_HOURS ?? DEFAULT_ALERT_RETRY_HOURS);
  const valid = Number.isFinite(hours) && hours > 0 && hours <= 168;
  if (!valid) logger.warn({ ALERT_RETRY_HOURS: process.env.ALERT_RETRY_HOURS }, "ALERT_RETRY_HOURS must be a number of hours above 0 and up to 168; using 24");
  return (valid ? hours : DEFAULT_ALERT_RETRY_HOURS) * 3_600_000;
}

/** The wait before the next try, after `attempts` failed ones. */
export const retryGapMs = (attempts: number) => Math.min(RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1), RETRY_MAX_GAP_MS);
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
    deliveries[channelId] = nextDelivery(delivery, outcome, at, event.at);
    if (outcome.ok) pass.sent += 1;
    else pass.failed += 1;
    await recordChannelResult(db, channelId, outcome, at, false);
    if (!outcome.ok) await noticeFailingChannel(db, channel, message, deliveries[channelId]!, delivery.retryFrom ? new Date(delivery.retryFrom) : event.at, at);
    // Record at once (and renew the claim), so a crash now cannot make this channel get it again.
    const kept = await db.update(alertEvents).set({ deliveries, nextAttemptAt: new Date(clock() + ALERT_LEASE_MS) }).where(mine).returning({ id: alertEvents.id });
    if (!kept.length) {
      logger.warn({ event: event.id }, "alert claim was lost during delivery; another instance continues it");
      return;
    }
  }

  const retrying = Object.values(deliveries).filter((d) => d.status === "pending");
  // The next try after the backoff, and a last one when the retry period ends, whichever is first.
  const periodEnds = Math.min(...retrying.map((d) => (d.retryFrom ? Date.parse(d.retryFrom) : event.at.getTime()) + alertRetryMs()));
  const nextTry = retrying.length ? new Date(Math.max(clock(), Math.min(clock() + retryGapMs(Math.max(...retrying.map((d) => d.attempts))), periodEnds))) : null;
  await db
    .update(alertEvents)
    .set({ deliveries, deliveryStatus: retrying.length ? "pending" : "done", nextAttemptAt: nextTry, claimedBy: null })
    .where(mine);
}

/** Sent; or still pending while the retry period (from the alert, or from "Send again") lasts; or failed. */
function nextDelivery(delivery: TAlertDelivery, outcome: TSendOutcome, at: Date, eventAt: Date): TAlertDelivery {
  const attempts = delivery.attempts + 1;
  if (outcome.ok) return { ...delivery, status: "sent", attempts, at: at.toISOString(), error: null };
  const since = delivery.retryFrom ? Date.parse(delivery.retryFrom) : eventAt.getTime();
  const givenUp = at.getTime() - since >= alertRetryMs();
  return { ...delivery, status: givenUp ? "failed" : "pending", attempts, at: at.toISOString(), error: outcome.error };
}
