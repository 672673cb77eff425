import "server-only";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import { openedDatabase } from "../db/client";
import { unsettledChanges } from "../db/schema";

/** How long a lost answer holds the same change back unless the admin confirms. */
export const UNSETTLED_MS = 30 * 60_000;

export type TClaim =
  | { claimed: true; /** An earlier lost answer this send was confirmed over. */ lostAt: number | null }
  | { claimed: false; sending: true }
  | { claimed: false; sending: false; lostAt: number; before: unknown };

// Without a database (a script, a unit test) nothing is held back: each change is simply sent.
async function getDb() {
  const opened = openedDatabase();
  return opened ? (await opened).db : null;
}

/**
 * Takes the right to send one change (shared by every instance). Refused while another caller
 * sends the same change, and after its answer was lost unless `confirmedLostAt` names that loss
 * (the admin saw what the vendor shows since and chose to send it again).
 */
export async function claimChange(key: string, change: { connectionId: string; operation: string; leaseMs: number; confirmedLostAt?: number }): Promise<TClaim> {
  const db = await getDb();
  if (!db) return { claimed: true, lostAt: null };
  for (let attempt = 0; ; attempt += 1) {
    const now = new Date();
    const until = new Date(now.getTime() + change.leaseMs);
    await db.delete(unsettledChanges).where(lt(unsettledChanges.expiresAt, now));
    const unlost = change.confirmedLostAt === undefined ? isNull(unsettledChanges.lostAt) : or(isNull(unsettledChanges.lostAt), eq(unsettledChanges.lostAt, new Date(change.confirmedLostAt)));
    const [claimed] = await db
      .insert(unsettledChanges)
      .values({ key, connectionId: change.connectionId, operation: change.operation, sendingUntil: until, expiresAt: until })
      .onConflictDoUpdate({
        target: unsettledChanges.key,
        set: { sendingUntil: until },
        setWhere: and(or(isNull(unsettledChanges.sendingUntil), lt(unsettledChanges.sendingUntil, now)), unlost),
      })
      .returning({ lostAt: unsettledChanges.lostAt });
    if (claimed) return { claimed: true, lostAt: claimed.lostAt?.getTime() ?? null };
    const [row] = await db.select().from(unsettledChanges).where(eq(unsettledChanges.key, key));
    // Settled between the two statements: claim again.
    if (!row) {
      if (attempt < 3) continue;
      return { claimed: false, sending: true };
    }
    if (row.sendingUntil && row.sendingUntil > now) return { claimed: false, sending: true };
    return { claimed: false, sending: false, lostAt: row.lostAt?.getTime() ?? now.getTime(), before: row.before };
  }
}

/** The vendor answered: the change is settled, whatever came before. */
export async function settleChange(key: string): Promise<void> {
  await (await getDb())?.delete(unsettledChanges).where(eq(unsettledChanges.key, key));
}

/** The answer was lost: hold the change back from every instance until confirmed or expired. */
export async function markLost(key: string, before: unknown, lostAt: number): Promise<void> {
  await (await getDb())
    ?.update(unsettledChanges)
    .set({ sendingUntil: null, lostAt: new Date(lostAt), before: before ?? null, expiresAt: new Date(lostAt + UNSETTLED_MS) })
    .where(eq(unsettledChanges.key, key));
}

/** The vendor refused or could not be reached: nothing was done by this send; an earlier loss still stands. */
export async function releaseChange(key: string, earlierLoss: number | null): Promise<void> {
  const db = await getDb();
  if (!db) return;
  if (earlierLoss === null) await db.delete(unsettledChanges).where(eq(unsettledChanges.key, key));
  else await db.update(unsettledChanges).set({ sendingUntil: null }).where(eq(unsettledChanges.key, key));
}
