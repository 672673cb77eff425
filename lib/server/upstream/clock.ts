import "server-only";

/** Time as the throttle and the token caches see it; tests pass a virtual one. */
export type TClock = {
  now(): number;
  sleep(ms: number): Promise<void>;
};

export const systemClock: TClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};
