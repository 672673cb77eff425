import "server-only";
import { and, desc, eq, gt, lte, sql } from "drizzle-orm";
import type { TDb } from "../db/open-database";
import { throttleCalls, throttleState } from "../db/schema";

export type TSharedPlan = { limit: number; windowMs: number; guardMs: number; perDay: number | null; learnable: boolean };
/** Admitted (and counted) at `at`; otherwise how long to wait, or that today's quota is spent. */
export type TAdmission = { admittedAt: number } | { waitMs: number } | { overDailyQuota: true; calls: number };

export const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * After a 429, with `used` calls made in the window: the vendor allows fewer than that, and fewer
 * than it was known to allow. Each 429 takes one more off, so a burst of N calls against a quota
 * of Q, refused N − Q times, ends at Q.
 */
export const limitLearnedFrom = (used: number, learned: number | null) => Math.max(1, Math.min(learned ?? used, used) - 1);

/**
 * One admission for a credential, decided for all instances at once: under an advisory lock on
 * the credential, the calls of the last window (plus guard) are counted in the database; under
 * the limit the call is recorded, else the caller learns when the oldest of them leaves the window.
 * The time is read once the lock is held, so admissions are recorded in the order of their times.
 */
export function admitShared(db: TDb, key: string, plan: TSharedPlan, clock: () => number): Promise<TAdmission> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`throttle:${key}`}))`);
    const now = clock();
    const [state] = await tx.select().from(throttleState).where(eq(throttleState.credentialKey, key));
    const paused = state?.pausedUntil?.getTime() ?? 0;
    if (paused > now) return { waitMs: paused - now };
    const day = utcDay(now);
    const calls = state && state.day === day ? state.callsToday : 0;
    if (plan.perDay !== null && calls >= plan.perDay) return { overDailyQuota: true, calls };
    const windowMs = plan.windowMs + plan.guardMs;
    const limit = plan.learnable && state?.learnedLimit ? Math.min(plan.limit, state.learnedLimit) : plan.limit;
    const since = new Date(now - windowMs);
    const recent = await tx
      .select({ at: throttleCalls.at })
      .from(throttleCalls)
      .where(and(eq(throttleCalls.credentialKey, key), gt(throttleCalls.at, since)))
      .orderBy(desc(throttleCalls.at))
      .limit(limit);
    if (recent.length >= limit) return { waitMs: Math.max(1, recent[limit - 1]!.at.getTime() + windowMs - now) };
    await tx.insert(throttleCalls).values({ credentialKey: key, at: new Date(now) });
    await tx
      .insert(throttleState)
      .values({ credentialKey: key, day, callsToday: 1 })
      .onConflictDoUpdate({ target: throttleState.credentialKey, set: { day, callsToday: calls + 1 } });
    // Kept two windows, so an instance whose clock runs a little behind still counts them.
    await tx.delete(throttleCalls).where(and(eq(throttleCalls.credentialKey, key), lte(throttleCalls.at, new Date(now - 2 * windowMs))));
    return { admittedAt: now };
  });
}

/**
 * The vendor answered 429: every instance holds its callers of this credential until `until`; with
 * an assumed quota, the calls every instance made in the window set how many it allows from now on.
 */
export async function pauseShared(db: TDb, key: string, plan: TSharedPlan, until: number, now: number): Promise<void> {
  const pausedUntil = new Date(until);
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`throttle:${key}`}))`);
    const [state] = await tx.select({ learnedLimit: throttleState.learnedLimit }).from(throttleState).where(eq(throttleState.credentialKey, key));
    let learnedLimit = state?.learnedLimit ?? null;
    if (plan.learnable) {
      const [window] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(throttleCalls)
        .where(and(eq(throttleCalls.credentialKey, key), gt(throttleCalls.at, new Date(now - plan.windowMs - plan.guardMs))));
      const learned = limitLearnedFrom(Number(window?.n ?? 0), learnedLimit);
      if (learned < plan.limit) learnedLimit = learned;
    }
    await tx
      .insert(throttleState)
      .values({ credentialKey: key, day: utcDay(now), pausedUntil, learnedLimit })
      .onConflictDoUpdate({
        target: throttleState.credentialKey,
        set: { pausedUntil: sql`greatest(${throttleState.pausedUntil}, ${pausedUntil.toISOString()}::timestamptz)`, learnedLimit },
      });
  });
}

/** Today's calls and those of the last window, counted over every instance. */
export async function sharedUsage(db: TDb, key: string, windowMs: number, now: number): Promise<{ callsToday: number; usedInWindow: number; learnedLimit: number | null }> {
  const [state] = await db.select().from(throttleState).where(eq(throttleState.credentialKey, key));
  const [window] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(throttleCalls)
    .where(and(eq(throttleCalls.credentialKey, key), gt(throttleCalls.at, new Date(now - windowMs))));
  return { callsToday: state && state.day === utcDay(now) ? state.callsToday : 0, usedInWindow: window?.n ?? 0, learnedLimit: state?.learnedLimit ?? null };
}
