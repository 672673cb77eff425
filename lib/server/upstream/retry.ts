import "server-only";
import type { THttpMethod } from "./types";

export const MAX_ATTEMPTS = 3;
/** A Retry-After longer than this is not waited out inside a request: the caller hears "throttled". */
export const MAX_RETRY_WAIT_MS = 10_000;
const BASE_DELAY_MS = 200;
const MAX_DELAY_MS = 4_000;
const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/**
 * Only calls that are safe to send twice. Idempotence is the operation's, not the method's:
 * GET/HEAD are, unless the client says otherwise (ProVision's writes are signed GETs);
 * PUT/DELETE only when the client says so; POST/PATCH never.
 */
export function isIdempotent(method: THttpMethod, flagged?: boolean): boolean {
  if (method === "GET" || method === "HEAD") return flagged !== false;
  return flagged === true && (method === "PUT" || method === "DELETE");
}

/** A read: may be shared with identical calls in flight and served from the short cache. */
export const isRead = (method: THttpMethod, flagged?: boolean) => (method === "GET" || method === "HEAD") && flagged !== false;

export function isRetryStatus(status: number): boolean {
  return RETRY_STATUSES.has(status);
}

/** Retry-After in milliseconds, from seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Full-jitter exponential backoff after attempt n (1-based), never shorter than the vendor asked. */
export function backoffMs(attempt: number, retryAfterMs?: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempt - 1));
  const jittered = Math.round(ceiling / 2 + (random() * ceiling) / 2);
  return Math.max(jittered, retryAfterMs ?? 0);
}
