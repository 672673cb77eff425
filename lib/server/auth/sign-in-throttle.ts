import "server-only";
import { and, count, eq, gt, inArray, lt } from "drizzle-orm";
import { getDb } from "../db/client";
import type { TDb } from "../db/open-database";
import { authFailures } from "../db/schema";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** Failures allowed in the window: per account (email, existing or not) and per client address. */
export const THROTTLE_LIMITS = { account: 5, ip: 20 } as const;

export type TAttemptKeys = { account: string; ip: string | null };
export type TAttempt = { allowed: boolean; rowIds: number[]; keys: { account: string; ip: string } };

const keysOf = ({ account, ip }: TAttemptKeys) => ({ account: `account:${account.toLowerCase()}`, ip: `ip:${ip ?? "unknown"}` });

/**
 * Counts an attempt as a failure up front, then looks at the window: so parallel guesses on several
 * instances cannot all slip in before any of them is recorded. A refused attempt is not counted.
 */
export async function beginAttempt(who: TAttemptKeys, now = new Date(), database?: TDb): Promise<TAttempt> {
  const db = database ?? (await getDb());
  const keys = keysOf(who);
  const rows = await db.insert(authFailures).values([{ key: keys.account, at: now }, { key: keys.ip, at: now }]).returning({ id: authFailures.id });
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const counts = await db
    .select({ key: authFailures.key, n: count() })
    .from(authFailures)
    .where(and(inArray(authFailures.key, [keys.account, keys.ip]), gt(authFailures.at, since)))
    .groupBy(authFailures.key);
  const seen = (key: string) => counts.find((row) => row.key === key)?.n ?? 0;
  const allowed = seen(keys.account) <= THROTTLE_LIMITS.account && seen(keys.ip) <= THROTTLE_LIMITS.ip;
  const rowIds = rows.map((row) => row.id);
  if (!allowed) await db.delete(authFailures).where(inArray(authFailures.id, rowIds));
  return { allowed, rowIds: allowed ? rowIds : [], keys };
}

/**
 * How the attempt ended. failed: its rows stay as failures (and rows older than a day are swept);
 * succeeded: the account starts afresh, the address keeps its other failures; not_counted: the
 * password was right and a code is still to come, so it counts neither way.
 */
export async function settleAttempt(attempt: TAttempt, outcome: "failed" | "succeeded" | "not_counted", now = new Date(), database?: TDb): Promise<void> {
  const db = database ?? (await getDb());
  if (outcome === "failed") {
    await db.delete(authFailures).where(lt(authFailures.at, new Date(now.getTime() - 24 * 60 * 60 * 1000)));
    return;
  }
  if (outcome === "succeeded") await db.delete(authFailures).where(eq(authFailures.key, attempt.keys.account));
  if (attempt.rowIds.length) await db.delete(authFailures).where(inArray(authFailures.id, attempt.rowIds));
}
