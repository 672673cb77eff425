import "server-only";
import { VENDOR_INFO } from "@/lib/vendors/registry";
import { systemClock, type TClock } from "./clock";
import { WindowLimiter } from "./rate-limiter";
import type { TUpstreamConnection } from "./types";
import { VendorError } from "./vendor-error";

export type TThrottlePlan = { limit: number; windowMs: number; perDay: number | null };

// N2N publishes no limit for bearer calls; without a TPS setting stay well under any sane quota.
const N2N_DEFAULT_TPS = 5;
const N2N_WINDOW_MS = 5_000;
const MEGAPORT_PER_5_MIN = 500;

function positiveInt(text: string | undefined): number | null {
  const value = Number(text);
  return Number.isFinite(value) && value >= 1 ? Math.floor(value) : null;
}

/** The vendor's published quota for this connection, or null when it has none. */
export function throttlePlanOf(conn: TUpstreamConnection): TThrottlePlan | null {
  switch (conn.vendor) {
    case "n2n": {
      const tps = positiveInt(conn.values.tps) ?? N2N_DEFAULT_TPS;
      // The vendor's TPS counter resets every 5 s, so the quota is TPS × 5 per 5-second window.
      return { limit: tps * 5, windowMs: N2N_WINDOW_MS, perDay: positiveInt(conn.values.tpd) };
    }
    case "megaport":
      return { limit: MEGAPORT_PER_5_MIN, windowMs: 5 * 60_000, perDay: null };
    case "nettica":
    case "acreto":
    case "provision":
      return null;
  }
}

type TSlot = { version: number; plan: TThrottlePlan; limiter: WindowLimiter };
const limiters = new Map<string, TSlot>();
const daily = new Map<string, { day: string; calls: number }>();

const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function limiterOf(conn: TUpstreamConnection, plan: TThrottlePlan, clock: TClock): WindowLimiter {
  const slot = limiters.get(conn.id);
  if (slot && slot.version === conn.version) return slot.limiter;
  const limiter = new WindowLimiter(plan.limit, plan.windowMs, clock);
  limiters.set(conn.id, { version: conn.version, plan, limiter });
  return limiter;
}

/** Waits for this connection's turn, then counts the call against today's quota. */
export async function throttle(conn: TUpstreamConnection, clock: TClock = systemClock): Promise<void> {
  const plan = throttlePlanOf(conn);
  if (plan) await limiterOf(conn, plan, clock).acquire();
  const today = utcDay(clock.now());
  const counter = daily.get(conn.id);
  const calls = counter && counter.day === today ? counter.calls : 0;
  if (plan?.perDay && calls >= plan.perDay) {
    const midnight = Date.parse(`${today}T00:00:00Z`) + 86_400_000;
    throw new VendorError({
      vendor: conn.vendor,
      status: 0,
      code: "upstream_throttled",
      message: `${VENDOR_INFO[conn.vendor].label} connection "${conn.name}" has used its ${plan.perDay} calls for today; the quota resets at 00:00 UTC.`,
      retryAfterMs: midnight - clock.now(),
    });
  }
  daily.set(conn.id, { day: today, calls: calls + 1 });
}

export type TUpstreamUsage = {
  /** UTC day, YYYY-MM-DD. */
  day: string;
  callsToday: number;
  perDay: number | null;
  window: { limit: number; windowMs: number; used: number } | null;
};

/** Today's calls and the current window for one connection (this server instance only). */
export function upstreamUsage(conn: TUpstreamConnection, clock: TClock = systemClock): TUpstreamUsage {
  const day = utcDay(clock.now());
  const counter = daily.get(conn.id);
  const plan = throttlePlanOf(conn);
  const slot = limiters.get(conn.id);
  const used = slot && slot.version === conn.version ? slot.limiter.used() : 0;
  return {
    day,
    callsToday: counter && counter.day === day ? counter.calls : 0,
    perDay: plan?.perDay ?? null,
    window: plan ? { limit: plan.limit, windowMs: plan.windowMs, used } : null,
  };
}
