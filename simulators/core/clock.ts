/** Milliseconds since the epoch, like Date.now. Injected so time-based behaviour is testable. */
export type TNow = () => number;

/** The simulator's clock: the injected `now` plus an offset a test or the control API may advance. */
export type TSimClock = {
  now(): number;
  advance(ms: number): void;
  offsetMs(): number;
  reset(): void;
};

export function createSimClock(baseNow: TNow = Date.now): TSimClock {
  let offset = 0;
  return {
    now: () => baseNow() + offset,
    advance: (ms) => {
      offset += ms;
    },
    offsetMs: () => offset,
    reset: () => {
      offset = 0;
    },
  };
}
