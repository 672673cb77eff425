import type { TN2nQuotaCounter } from "./records";

export type TQuotaLimits = { tps: number; tpd: number };
export type TQuotaVerdict = { ok: true } | { ok: false; reason: "tps" | "tpd"; retryAfterSeconds: number };

/**
 * N2N's quotas: TPS × (window in seconds) calls per window (the TPS counter resets every 5 s),
 * and TPD calls per UTC day (reset at 00:00 UTC). Refused calls do not use up quota.
 */
export function takeQuota(counter: TN2nQuotaCounter, limits: TQuotaLimits, now: number, windowMs: number): TQuotaVerdict {
  const windowStart = Math.floor(now / windowMs) * windowMs;
  if (counter.windowStart !== windowStart) Object.assign(counter, { windowStart, windowCount: 0 });
  const day = new Date(now).toISOString().slice(0, 10);
  if (counter.day !== day) Object.assign(counter, { day, dayCount: 0 });

  if (counter.dayCount >= limits.tpd) {
    const midnight = Date.parse(`${day}T00:00:00.000Z`) + 86_400_000;
    return { ok: false, reason: "tpd", retryAfterSeconds: Math.ceil((midnight - now) / 1000) };
  }
  if (counter.windowCount >= Math.max(1, Math.floor((limits.tps * windowMs) / 1000))) {
    return { ok: false, reason: "tps", retryAfterSeconds: Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000)) };
  }
  counter.windowCount += 1;
  counter.dayCount += 1;
  return { ok: true };
}

export function emptyCounter(): TN2nQuotaCounter {
  return { windowStart: 0, windowCount: 0, day: "", dayCount: 0 };
}
