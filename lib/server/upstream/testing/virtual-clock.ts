import "server-only";
import type { TClock } from "../clock";

const flushMicrotasks = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A clock whose time moves only when `runUntil` jumps to the next sleeper; tests stay instant. */
export class VirtualClock implements TClock {
  private time: number;
  private readonly timers: { at: number; wake: () => void }[] = [];

  constructor(start = 0) {
    this.time = start;
  }

  now = (): number => this.time;

  sleep = (ms: number): Promise<void> =>
    new Promise<void>((wake) => {
      this.timers.push({ at: this.time + Math.max(0, ms), wake });
    });

  /**
   * Lets pending work run, jumping the clock from timer to timer, until `done()` holds. With
   * `ioMs`, each step also waits that long in real time, for work that does real I/O (a database).
   */
  async runUntil(done: () => boolean, maxSteps = 100_000, ioMs = 0): Promise<void> {
    for (let step = 0; step < maxSteps; step += 1) {
      await (ioMs > 0 ? new Promise((resolve) => setTimeout(resolve, ioMs)) : flushMicrotasks());
      if (done()) return;
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers.shift();
      if (!next && ioMs > 0) continue; // I/O still in flight
      if (!next) throw new Error("Nothing left to run, but the condition never held");
      this.time = Math.max(this.time, next.at);
      next.wake();
    }
    throw new Error("Too many steps");
  }
}
