import "server-only";

export type TExpiringMapOptions = {
  /** An entry is gone this long after it was set. */
  ttlMs: number;
  /** Past this many entries, the oldest is dropped first. */
  maxEntries: number;
  now?: () => number;
};

/**
 * A Map whose entries vanish `ttlMs` after they were set, bounded in size. It lives in this
 * process's memory only: a restart or another instance starts empty.
 */
export class ExpiringMap<K, V> {
  private readonly entries = new Map<K, { value: V; expiresAt: number }>();
  private readonly now: () => number;

  constructor(private readonly options: TExpiringMapOptions) {
    this.now = options.now ?? Date.now;
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt > this.now()) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  set(key: K, value: V): void {
    this.entries.delete(key); // re-inserted last, so the oldest stays first
    if (this.entries.size >= this.options.maxEntries) this.prune();
    this.entries.set(key, { value, expiresAt: this.now() + this.options.ttlMs });
  }

  delete(key: K): boolean {
    return this.entries.delete(key);
  }

  private prune(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
    while (this.entries.size >= this.options.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) return;
      this.entries.delete(oldest.value);
    }
  }
}
