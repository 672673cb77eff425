import "server-only";
import { and, asc, eq, isNull, lte, or } from "drizzle-orm";
import type { TDb } from "../db/open-database";
import { alertEvents } from "../db/schema";

export type TAlertEventRow = typeof alertEvents.$inferSelect;

/** How long a claim lasts; renewed after every send, and each send times out well before it ends. */
export const ALERT_LEASE_MS = 5 * 60_000;

/**
 * Claims the oldest due outbox event for `owner` until `now + ALERT_LEASE_MS`. SKIP LOCKED and
 * the re-checked condition make two instances claiming at once get different events; a claim
 * whose owner crashed simply runs out and the event becomes due again.
 */
export async function claimAlertEvent(db: TDb, owner: string, now: number): Promise<TAlertEventRow | undefined> {
  const at = new Date(now);
  const due = and(eq(alertEvents.deliveryStatus, "pending"), or(isNull(alertEvents.nextAttemptAt), lte(alertEvents.nextAttemptAt, at)));
  // Two statements, not UPDATE … WHERE id IN (SELECT … LIMIT 1): Postgres may run such a
  // subquery once per row and so claim several events while returning one.
  return db.transaction(async (tx) => {
    const [oldest] = await tx.select({ id: alertEvents.id }).from(alertEvents).where(due).orderBy(asc(alertEvents.id)).limit(1).for("update", { skipLocked: true });
    if (!oldest) return undefined;
    const [event] = await tx
      .update(alertEvents)
      .set({ claimedBy: owner, nextAttemptAt: new Date(now + ALERT_LEASE_MS) })
      .where(eq(alertEvents.id, oldest.id))
      .returning();
    return event;
  });
}
