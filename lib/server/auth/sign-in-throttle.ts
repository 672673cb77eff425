import "server-only";
import { and, count, eq, gt, inArray, like, lt, max, or } from "drizzle-orm";
import { getDb } from "../db/client";
import type { TDb } from "../db/open-database";
import { authFailures } from "../db/schema";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/**
 * Failures allowed: per account from one address (then a lock that grows), per address across
 * accounts (password spraying), and per account from every address together — high, so that a
 * stranger guessing from one address cannot keep the account's owner out.
 */
export const THROTTLE_LIMITS = { pair: 5, ip: 20, account: 100 } as const;
/** How long failures are remembered: the growing lock is counted over this. */
const MEMORY_MS = 24 * 60 * 60 * 1000;

export type TAttemptKeys = { account: string; ip: string | null };
export type TAttempt = { allowed: boolean; rowIds: number[]; keys: { pair: string; account: string; ip: string } };

const accountOf = (account: string) => account.toLowerCase();
const keysOf = ({ account, ip }: TAttemptKeys) => {
  const address = ip ?? "unknown";
  return { pair: `pair:${accountOf(account)}|${address}`, account: `account:${accountOf(account)}`, ip: `ip:${address}` };
};

/**
 * After `failures` from one address, the account is locked there for 15 minutes after the last
 * one, twice as long after each further failure, a day at most.
 */
export function pairLockMs(failures: number): number {
  if (failures < THROTTLE_LIMITS.pair) return 0;
  return Math.min(THROTTLE_WINDOW_MS * 2 ** (failures - THROTTLE_LIMITS.pair), MEMORY_MS);
}

/**
 * Counts an attempt as a failure up front, then decides: so parallel guesses on several
 * instances cannot all slip in before any of them is recorded. A refused attempt is not counted.
 */
export async function beginAttempt(who: TAttemptKeys, now = new Date(), database?: TDb): Promise<TAttempt> {
  const db = database ?? (await getDb());
  const keys = keysOf(who);
  const rows = await db
    .insert(authFailures)
    .values([keys.pair, keys.account, keys.ip].map((key) => ({ key, at: now })))
    .returning({ id: authFailures.id });
  const rowIds = rows.map((row) => row.id);
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const counts = await db
    .select({ key: authFailures.key, n: count() })
    .from(authFailures)
    .where(and(inArray(authFailures.key, [keys.account, keys.ip]), gt(authFailures.at, windowStart)))
    .groupBy(authFailures.key);
  const seen = (key: string) => counts.find((row) => row.key === key)?.n ?? 0;
  // This address's earlier failures on the account (not this attempt's own row): how many, and the last.
  const [pair] = await db
    .select({ n: count(), last: max(authFailures.at) })
    .from(authFailures)
    .where(and(eq(authFailures.key, keys.pair), gt(authFailures.at, new Date(now.getTime() - MEMORY_MS)), lt(authFailures.id, rowIds[0]!)));
  const earlier = pair?.n ?? 0;
  const lastAt = pair?.last ? new Date(pair.last).getTime() : 0;
  const locked = earlier >= THROTTLE_LIMITS.pair && now.getTime() - lastAt < pairLockMs(earlier);
  const allowed = !locked && seen(keys.account) <= THROTTLE_LIMITS.account && seen(keys.ip) <= THROTTLE_LIMITS.ip;
  if (!allowed) await db.delete(authFailures).where(inArray(authFailures.id, rowIds));
  return { allowed, rowIds: allowed ? rowIds : [], keys };
}

/**
 * How the attempt ended. failed: its rows stay as failures (and rows older than a day are swept);
 * succeeded: the account starts afresh from this address, other addresses keep theirs;
 * not_counted: the password was right and a code is still to come, so it counts neither way.
 */
export async function settleAttempt(attempt: TAttempt, outcome: "failed" | "succeeded" | "not_counted", now = new Date(), database?: TDb): Promise<void> {
  const db = database ?? (await getDb());
  if (outcome === "failed") {
    await db.delete(authFailures).where(lt(authFailures.at, new Date(now.getTime() - MEMORY_MS)));
    return;
  }
  if (outcome === "succeeded") await db.delete(authFailures).where(eq(authFailures.key, attempt.keys.pair));
  if (attempt.rowIds.length) await db.delete(authFailures).where(inArray(authFailures.id, attempt.rowIds));
}

/** An admin unlocks an account: its failures from every address are forgotten. */
export async function unlockAccount(email: string, database?: TDb): Promise<void> {
  const db = database ?? (await getDb());
  const account = accountOf(email).replace(/[%_\\]/g, "\\$&");
  await db.delete(authFailures).where(or(eq(authFailures.key, `account:${accountOf(email)}`), like(authFailures.key, `pair:${account}|%`)));
}

/** Whether an account is locked from some address now (for the admin's user list). */
export async function lockedAccounts(now = new Date(), database?: TDb): Promise<Set<string>> {
  const db = database ?? (await getDb());
  const rows = await db
    .select({ key: authFailures.key, n: count(), last: max(authFailures.at) })
    .from(authFailures)
    .where(and(like(authFailures.key, "pair:%"), gt(authFailures.at, new Date(now.getTime() - MEMORY_MS))))
    .groupBy(authFailures.key);
  const locked = new Set<string>();
  for (const row of rows) {
    const last = row.last ? new Date(row.last).getTime() : 0;
    if (now.getTime() - last < pairLockMs(row.n)) locked.add(row.key.slice("pair:".length, row.key.lastIndexOf("|")));
  }
  return locked;
}
