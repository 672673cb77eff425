import "server-only";
import { openedDatabase } from "./client";
import type { TDatabase } from "./open-database";

export type TInstanceCache<T> = {
  /** The copy, or `load()`'s answer (kept unless a change came while it loaded). */
  read(key: string, load: () => Promise<T>): Promise<T>;
  /** Something this cache copies changed: every instance drops its copies (this one at once). */
  changed(): Promise<void>;
};

/**
 * A per-instance copy of rows that are read on every request (sessions, settings, connections),
 * so the hot path needs no database round trip. Whoever changes those rows calls `changed()`:
 * the copies go on every instance, through the database's signals. A notice can be lost (a
 * dropped LISTEN connection), so no copy is used for longer than `ttlMs`: that is the bound.
 */
export function instanceCache<T>(topic: string, ttlMs: number, max = 2_000): TInstanceCache<T> {
  const copies = new Map<string, { value: T; until: number }>();
  let boundTo: Promise<TDatabase> | undefined;
  let generation = 0;
  const notice = `${topic} changed`;
  const drop = () => {
    copies.clear();
    generation += 1;
  };

  // Copies belong to one database (tests switch); the first use on a database subscribes to it.
  const bind = () => {
    const opened = openedDatabase();
    if (opened === boundTo) return;
    drop();
    boundTo = opened;
    void opened
      ?.then((database) => database.signals.subscribe((payload) => payload === notice && boundTo === opened && drop()))
      .catch(() => undefined);
  };

  return {
    async read(key, load) {
      bind();
      const copy = copies.get(key);
      if (copy && copy.until > Date.now()) return copy.value;
      if (copy) copies.delete(key);
      const before = generation;
      const until = Date.now() + ttlMs;
      const value = await load();
      if (generation === before) {
        if (copies.size >= max) copies.delete(copies.keys().next().value!);
        copies.set(key, { value, until });
      }
      return value;
    },
    async changed() {
      drop();
      const opened = openedDatabase();
      if (opened) await (await opened).signals.publish(notice);
    },
  };
}
