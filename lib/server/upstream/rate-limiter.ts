import "server-only";
import { systemClock, type TClock } from "./clock";

/**
 * At most `limit` admissions in any `windowMs` interval (a sliding log, so every fixed window the
 * vendor counts in holds no more either). Callers wait their turn, first come first served.
 */
export class WindowLimiter {
  private readonly admitted: number[] = [];
  private queue: Promise<void> = Promise.resolve();
  private pausedUntil = 0;

  constructor(
    private limitValue: number,
    private windowValue: number,
    private readonly clock: TClock = systemClock,
  ) {
    checkBounds(limitValue, windowValue);
  }

  get limit(): number {
    return this.limitValue;
  }

  get windowMs(): number {
    return this.windowValue;
  }

  /** A new quota (the admin edited the TPS): calls already admitted still count against it. */
  reconfigure(limit: number, windowMs: number): void {
    checkBounds(limit, windowMs);
    this.limitValue = limit;
    this.windowValue = windowMs;
  }

  /** The vendor said "too many" anyway (another program on the same key): nobody goes before `until`. */
  pause(until: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, until);
  }

  acquire(): Promise<void> {
    const turn = this.queue.then(() => this.admit());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** Admissions in the current window. */
  used(): number {
    this.prune(this.clock.now());
    return this.admitted.length;
  }

  /** Admissions in the last `ms` (at most the window). */
  usedWithin(ms: number): number {
    const since = this.clock.now() - ms;
    return this.admitted.filter((at) => at > since).length;
  }

  private async admit(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      if (now < this.pausedUntil) {
        await this.clock.sleep(this.pausedUntil - now);
        continue;
      }
      this.prune(now);
      if (this.admitted.length < this.limit) {
        this.admitted.push(now);
        return;
      }
      await this.clock.sleep(this.admitted[this.admitted.length - this.limit] + this.windowMs - now);
    }
  }

  private prune(now: number): void {
    while (this.admitted.length > 0 && this.admitted[0] <= now - this.windowMs) this.admitted.shift();
  }
}

function checkBounds(limit: number, windowMs: number): void {
  if (!(limit >= 1) || !(windowMs > 0)) throw new RangeError("A limiter needs limit >= 1 and windowMs > 0");
}
