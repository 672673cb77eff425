import "server-only";
import { VENDOR_INFO, credentialSetOf } from "@/lib/vendors/registry";
import { keyedDigest } from "../crypto";
import { openedDatabase } from "../db/client";
import { systemClock, type TClock } from "./clock";
import { WindowLimiter } from "./rate-limiter";
import { MAX_RETRY_WAIT_MS } from "./retry";
import { admitShared, limitLearnedFrom, pauseShared, sharedUsage, utcDay } from "./shared-throttle";
import type { TUpstreamConnection } from "./types";
import { VendorError } from "./vendor-error";

export type TThrottlePlan = {
  /** Calls the vendor allows per window. */
  limit: number;
  /** The vendor's window. */
  windowMs: number;
  /** Added to the window when admitting: calls admitted at its edges may reach the vendor a little late or early. */
  guardMs: number;
  perDay: number | null;
  /** The quota is assumed, not set by the admin: a 429 may show the vendor allows fewer, and the lower count is kept. */
  learnable: boolean;
};

// N2N publishes no limit for bearer calls; without a TPS setting stay well under any sane quota.
const N2N_DEFAULT_TPS = 5;
const N2N_WINDOW_MS = 5_000;
// Latency differs from call to call: half a second keeps a window's calls from landing in the next one.
const N2N_GUARD_MS = 500;
const MEGAPORT_PER_5_MIN = 500;
const DAY_MS = 86_400_000;

function positiveInt(text: string | undefined): number | null {
  const value = Number(text);
  return Number.isFinite(value) && value >= 1 ? Math.floor(value) : null;
}

/** The vendor's published quota for this connection, or null when it has none. */
export function throttlePlanOf(conn: TUpstreamConnection): TThrottlePlan | null {
  switch (conn.vendor) {
    case "n2n": {
      const tps = positiveInt(conn.values.tps);
      // The vendor's TPS counter resets every 5 s, so the quota is TPS × 5 per 5-second window.
      return { limit: (tps ?? N2N_DEFAULT_TPS) * 5, windowMs: N2N_WINDOW_MS, guardMs: N2N_GUARD_MS, perDay: positiveInt(conn.values.tpd), learnable: tps === null };
    }
    case "megaport":
      return { limit: MEGAPORT_PER_5_MIN, windowMs: 5 * 60_000, guardMs: 0, perDay: null, learnable: true };
    case "nettica":
    case "acreto":
    case "provision":
      return null;
  }
}

/**
 * Quotas belong to a credential, not to a connection: two connections with the same key share one
 * bucket and one daily count. The key is a hash, so no secret is kept as a map key.
 */
export function credentialKeyOf(conn: TUpstreamConnection): string {
  const set = credentialSetOf(conn.vendor, conn.values);
  if (!set) return `connection:${conn.id}`;
  const parts = [conn.vendor, conn.baseUrl.replace(/\/+$/, ""), ...set.map((field) => conn.values[field] ?? "")];
  // Keyed, not a plain hash: the key is stored in the database, and a password's plain hash could be guessed offline.
  return `credential:${keyedDigest(parts.join("\u0000"), "throttle-credential")}`;
}

const limiters = new Map<string, WindowLimiter>();
// Per credential, without a database: the calls per window a 429 showed the vendor allows.
const learnedLimits = new Map<string, number>();
const daily = new Map<string, { day: string; calls: number }>();

const nextUtcMidnight = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS + DAY_MS;

function limiterOf(key: string, plan: TThrottlePlan, clock: TClock): WindowLimiter {
  const windowMs = plan.windowMs + plan.guardMs;
  const limit = effectiveLimit(plan, learnedLimits.get(key) ?? null);
  const limiter = limiters.get(key);
  if (!limiter) {
    const created = new WindowLimiter(limit, windowMs, clock);
    limiters.set(key, created);
    return created;
  }
  if (limiter.limit !== limit || limiter.windowMs !== windowMs) limiter.reconfigure(limit, windowMs);
  return limiter;
}

/** The plan's limit, or fewer when a 429 showed the vendor allows fewer and the admin set no quota. */
export const effectiveLimit = (plan: TThrottlePlan, learned: number | null) => (plan.learnable && learned !== null ? Math.min(plan.limit, learned) : plan.limit);


// Callers of one credential in this process queue here, so only the head of the queue asks the database.
const sharedQueues = new Map<string, Promise<void>>();

/**
 * Waits for this credential's turn, then counts the call against today's quota (reset at 00:00 UTC).
 * With a database the turn is decided across every instance (shared-throttle.ts), so the sum of
 * all instances stays under the vendor's quota; without one (scripts, unit tests), in memory.
 */
export async function throttle(conn: TUpstreamConnection, clock: TClock = systemClock): Promise<void> {
  const plan = throttlePlanOf(conn);
  const key = credentialKeyOf(conn);
  const opened = openedDatabase();
  if (plan && opened) {
    const turn = (sharedQueues.get(key) ?? Promise.resolve()).then(async () => {
      const { db } = await opened;
      for (;;) {
        const admission = await admitShared(db, key, plan, () => clock.now());
        if ("admittedAt" in admission) return;
        if ("overDailyQuota" in admission) throw overDailyQuota(conn, plan, clock.now());
        await clock.sleep(admission.waitMs);
      }
    });
    const queued = turn.catch(() => undefined);
    sharedQueues.set(key, queued);
    void queued.then(() => sharedQueues.get(key) === queued && sharedQueues.delete(key));
    return turn;
  }
  // Checked before waiting (a refused call takes no turn) and again after (others may have used the day meanwhile).
  refuseOverDailyQuota(conn, key, plan, clock);
  if (plan) await limiterOf(key, plan, clock).acquire();
  const calls = refuseOverDailyQuota(conn, key, plan, clock);
  daily.set(key, { day: utcDay(clock.now()), calls: calls + 1 });
}

/**
 * After a 429 every caller of this credential waits, not only the one that was refused: for the
 * vendor's Retry-After (at most MAX_RETRY_WAIT_MS, beyond which callers hear "throttled"), or one
 * window when it names none. Where the quota is assumed (no TPS set), the calls made in the window
 * show what the vendor allows: fewer are admitted from then on, on every instance.
 */
export function pauseAfterThrottled(conn: TUpstreamConnection, retryAfterMs: number | undefined, clock: TClock = systemClock): void {
  const plan = throttlePlanOf(conn);
  if (!plan) return;
  const key = credentialKeyOf(conn);
  const pauseMs = Math.min(retryAfterMs ?? plan.windowMs + plan.guardMs, MAX_RETRY_WAIT_MS);
  const limiter = limiterOf(key, plan, clock);
  if (plan.learnable) {
    const learned = limitLearnedFrom(limiter.usedWithin(plan.windowMs + plan.guardMs), learnedLimits.get(key) ?? null);
    if (learned < limiter.limit) learnedLimits.set(key, learned);
  }
  limiter.pause(clock.now() + pauseMs);
  void openedDatabase()
    ?.then(({ db }) => pauseShared(db, key, plan, clock.now() + pauseMs, clock.now()))
    .catch(() => undefined);
}

/** Today's calls so far; throws when the daily quota is used up. */
function refuseOverDailyQuota(conn: TUpstreamConnection, key: string, plan: TThrottlePlan | null, clock: TClock): number {
  const now = clock.now();
  const counter = daily.get(key);
  const calls = counter && counter.day === utcDay(now) ? counter.calls : 0;
  if (plan?.perDay && calls >= plan.perDay) throw overDailyQuota(conn, plan, now);
  return calls;
}

function overDailyQuota(conn: TUpstreamConnection, plan: TThrottlePlan, now: number): VendorError {
  return new VendorError({
    vendor: conn.vendor,
    status: 0,
    code: "upstream_throttled",
    message: `${VENDOR_INFO[conn.vendor].label} connection "${conn.name}" has used its ${plan.perDay} calls for today; the quota resets at 00:00 UTC.`,
    retryAfterMs: nextUtcMidnight(now) - now,
  });
}

export type TUpstreamUsage = {
  /** UTC day, YYYY-MM-DD. */
  day: string;
  callsToday: number;
  perDay: number | null;
  /** When today's count starts again from zero (00:00 UTC), ISO. */
  resetsAt: string;
  /** The vendor's window and how many of its calls Patchbay made in the last one. */
  window: { limit: number; windowMs: number; used: number } | null;
};

/** Today's calls and the current window for one connection's credential, over every instance when there is a database. */
export async function sharedUpstreamUsage(conn: TUpstreamConnection, clock: TClock = systemClock): Promise<TUpstreamUsage> {
  const plan = throttlePlanOf(conn);
  const opened = openedDatabase();
  if (!plan || !opened) return upstreamUsage(conn, clock);
  const now = clock.now();
  const { callsToday, usedInWindow, learnedLimit } = await sharedUsage((await opened).db, credentialKeyOf(conn), plan.windowMs, now);
  return {
    day: utcDay(now),
    callsToday,
    perDay: plan.perDay,
    resetsAt: new Date(nextUtcMidnight(now)).toISOString(),
    window: { limit: effectiveLimit(plan, learnedLimit), windowMs: plan.windowMs, used: usedInWindow },
  };
}

/** The same from this process's memory only (no database: scripts, unit tests). */
export function upstreamUsage(conn: TUpstreamConnection, clock: TClock = systemClock): TUpstreamUsage {
  const now = clock.now();
  const day = utcDay(now);
  const key = credentialKeyOf(conn);
  const counter = daily.get(key);
  const plan = throttlePlanOf(conn);
  const used = limiters.get(key)?.usedWithin(plan?.windowMs ?? 0) ?? 0;
  return {
    day,
    callsToday: counter && counter.day === day ? counter.calls : 0,
    perDay: plan?.perDay ?? null,
    resetsAt: new Date(nextUtcMidnight(now)).toISOString(),
    window: plan ? { limit: effectiveLimit(plan, learnedLimits.get(key) ?? null), windowMs: plan.windowMs, used } : null,
  };
}
