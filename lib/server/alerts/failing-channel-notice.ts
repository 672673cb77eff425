import "server-only";
import { and, eq, isNull, ne } from "drizzle-orm";
import type { TDb } from "../db/open-database";
import { alertChannels, type TAlertDelivery } from "../db/schema";
import { logger } from "../log";
import { failingChannelMessage, type TAlertMessage } from "./alert-message";
import type { TAlertChannelRow } from "./channel-row";
import { channelTarget } from "./channel-target";
import { sendToChannel } from "./send-to-channel";

/** A channel that failed this many tries in a row for one alert (about 7 minutes) is reported through the others. */
export const FAILING_AFTER_ATTEMPTS = 3;

/**
 * When a channel keeps failing, the other enabled channels are told once (across instances: the
 * first to stamp `failingNoticeAt` sends it), until the channel delivers again (recordChannelResult
 * clears the stamp). Never throws: a notice that cannot be sent is logged.
 */
export async function noticeFailingChannel(db: TDb, channel: TAlertChannelRow, alert: TAlertMessage, delivery: TAlertDelivery, since: Date, at: Date): Promise<void> {
  if (delivery.status === "sent" || delivery.attempts < FAILING_AFTER_ATTEMPTS) return;
  try {
    const [claimed] = await db
      .update(alertChannels)
      .set({ failingNoticeAt: at })
      .where(and(eq(alertChannels.id, channel.id), isNull(alertChannels.failingNoticeAt)))
      .returning({ id: alertChannels.id });
    if (!claimed) return;
    const others = await db.select().from(alertChannels).where(and(ne(alertChannels.id, channel.id), eq(alertChannels.enabled, true)));
    const notice = failingChannelMessage(channel, alert, { attempts: delivery.attempts, error: delivery.error, since }, at);
    for (const other of others) {
      const outcome = await sendToChannel(channelTarget(other), notice).catch((error: unknown) => ({ ok: false as const, error: String(error) }));
      if (!outcome.ok) logger.warn({ channel: other.id, failing: channel.id, error: outcome.error }, "could not tell a channel that another one keeps failing");
    }
  } catch (error) {
    logger.warn({ err: error, channel: channel.id }, "could not report a failing alert channel");
  }
}
