import "server-only";

type TShared<T> = { value: T; source: "upstream" | "coalesced" | "cache" };
const MAX_CACHED = 500;

/**
 * Identical reads in flight share one promise; a finished one may be kept `ttlMs` for whoever
 * asks next (a number, or one the answer sets: what is left of a copy shared by other instances).
 */
export class Coalescer<T> {
  private readonly inflight = new Map<string, Promise<T>>();
  private readonly cache = new Map<string, { expiresAt: number; value: T }>();
  /** When each prefix was last forgotten: a read that started before then is not kept (it may predate the change). */
  private readonly forgotten = new Map<string, number>();
  private tick = 0;

  constructor(private readonly now: () => number = Date.now) {}

  async run(key: string, ttlMs: number | ((value: T) => number), load: () => Promise<T>): Promise<TShared<T>> {
    const cached = this.cache.get(key);
    if (cached && cached.expiresAt > this.now()) return { value: cached.value, source: "cache" };
    if (cached) this.cache.delete(key);
    const pending = this.inflight.get(key);
    if (pending) return { value: await pending, source: "coalesced" };
    const startedTick = ++this.tick;
    const started = load()
      .then((value) => {
        const keepMs = typeof ttlMs === "number" ? ttlMs : ttlMs(value);
        if (keepMs > 0 && !this.forgottenSince(key, startedTick)) this.keep(key, value, keepMs);
        return value;
      })
      .finally(() => {
        if (this.inflight.get(key) === started) this.inflight.delete(key);
      });
    this.inflight.set(key, started);
    return { value: await started, source: "upstream" };
  }

  /** The value cached for `key` now, if it is still fresh. */
  peek(key: string): T | undefined {
    const cached = this.cache.get(key);
    return cached && cached.expiresAt > this.now() ? cached.value : undefined;
  }

  /** Drops cached reads whose key starts with `prefix` (after a change on that connection). */
  forget(prefix: string): void {
    for (const key of this.cache.keys()) if (key.startsWith(prefix)) this.cache.delete(key);
    for (const key of this.inflight.keys()) if (key.startsWith(prefix)) this.inflight.delete(key);
    this.forgotten.set(prefix, ++this.tick);
    if (this.forgotten.size > MAX_CACHED) this.forgotten.delete(this.forgotten.keys().next().value!);
  }

  private forgottenSince(key: string, tick: number): boolean {
    for (const [prefix, at] of this.forgotten) if (at > tick && key.startsWith(prefix)) return true;
    return false;
  }

  private keep(key: string, value: T, ttlMs: number): void {
    const now = this.now();
    if (this.cache.size >= MAX_CACHED) {
      for (const [old, entry] of this.cache) if (entry.expiresAt <= now) this.cache.delete(old);
      const oldest = this.cache.keys().next();
      if (this.cache.size >= MAX_CACHED && !oldest.done) this.cache.delete(oldest.value);
    }
    this.cache.set(key, { expiresAt: now + ttlMs, value });
  }
}
