import "server-only";
import { and, eq, isNull, lt, sql } from "drizzle-orm";
import type { TAttentionKind } from "@/lib/attention/attention-kinds";
import { getDb } from "@/lib/server/db/client";
import { attentionState } from "@/lib/server/db/schema";

/** A row not seen for this long is removed: the connection, the device or the rule is gone. */
export const ATTENTION_FORGET_AFTER_MS = 7 * 86_400_000;
// Postgres takes at most 65,535 parameters per statement: 6 per row.
const ROWS_PER_INSERT = 1_000;

export type TSighting = { id: string; kind: TAttentionKind };

/**
 * Records that a connection's evaluation at `now` found these items, and answers when each was
 * first seen (an item that had cleared starts again from now). `complete`: the evaluation read
 * everything, so the connection's other items are gone and are marked cleared; a failed one
 * says nothing about them and leaves them as they were.
 */
export async function recordSightings(connectionId: string, sightings: readonly TSighting[], now: Date, complete: boolean): Promise<Map<string, Date>> {
  const db = await getDb();
  const firstSeen = new Map<string, Date>();
  for (let start = 0; start < sightings.length; start += ROWS_PER_INSERT) {
    const rows = sightings.slice(start, start + ROWS_PER_INSERT).map(({ id, kind }) => ({ id, connectionId, kind, firstSeen: now, lastSeen: now, clearedAt: null }));
    const written = await db
      .insert(attentionState)
      .values(rows)
      .onConflictDoUpdate({
        target: attentionState.id,
        set: {
          firstSeen: sql`case when ${attentionState.clearedAt} is null then ${attentionState.firstSeen} else excluded.first_seen end`,
          // Two instances may write out of order: the later sighting stands.
          lastSeen: sql`greatest(${attentionState.lastSeen}, excluded.last_seen)`,
          clearedAt: null,
        },
      })
      .returning({ id: attentionState.id, firstSeen: attentionState.firstSeen });
    for (const row of written) firstSeen.set(row.id, row.firstSeen);
  }
  if (complete) {
    // What this evaluation saw has last_seen ≥ now: everything older of the connection was not seen.
    await db
      .update(attentionState)
      .set({ clearedAt: now })
      .where(and(eq(attentionState.connectionId, connectionId), isNull(attentionState.clearedAt), lt(attentionState.lastSeen, now)));
  }
  await db.delete(attentionState).where(lt(attentionState.lastSeen, new Date(now.getTime() - ATTENTION_FORGET_AFTER_MS)));
  return firstSeen;
}
