import { ApiError } from "@/lib/api-client";

/** N2N's quota window: a throttled call is not worth repeating sooner. */
const WINDOW_MS = 5_000;
const MAX_DELAY_MS = 60_000;
const THROTTLED_RETRIES = 6;

export const isThrottled = (error: unknown): error is ApiError => error instanceof ApiError && error.status === 429;

/** Whether react-query should ask again: a 429 several times (it heals), a 5xx twice, any other 4xx never. */
export function retryThrottled(failures: number, error: Error): boolean {
  if (isThrottled(error)) return failures < THROTTLED_RETRIES;
  return !(error instanceof ApiError && error.status < 500) && failures < 2;
}

/** Backs off after a 429: 5 s, 10 s, 20 s… up to a minute, with jitter so tabs do not retry together. */
export function throttledRetryDelay(failures: number, error: Error, random: () => number = Math.random): number {
  if (!isThrottled(error)) return Math.min(1_000 * 2 ** failures, 30_000);
  const ceiling = Math.min(MAX_DELAY_MS, WINDOW_MS * 2 ** failures);
  return Math.round(ceiling * (0.75 + random() * 0.25));
}
