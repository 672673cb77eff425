import "server-only";
import { eq } from "drizzle-orm";
import type { TDb } from "../db/open-database";
import { alertChannels } from "../db/schema";
import type { TSendOutcome } from "./send-to-channel";

/** Keeps the channel's last delivery (alert or test) for the channels list; one that worked ends a "keeps failing" notice. */
export async function recordChannelResult(db: TDb, channelId: string, outcome: TSendOutcome, at: Date, test: boolean): Promise<void> {
  await db
    .update(alertChannels)
    .set({ lastDeliveryAt: at, lastDeliveryOk: outcome.ok, lastDeliveryError: outcome.ok ? null : outcome.error, lastDeliveryTest: test, ...(outcome.ok ? { failingNoticeAt: null } : {}) })
    .where(eq(alertChannels.id, channelId));
}
