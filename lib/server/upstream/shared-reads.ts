import "server-only";
import { createHash } from "node:crypto";
import { and, eq, isNull, lt, lte, or } from "drizzle-orm";
import { decryptSecret, encryptSecret } from "../crypto";
import { openedDatabase } from "../db/client";
import type { TDatabase } from "../db/open-database";
import { readCache, searchIndexState } from "../db/schema";

const LOAD_LEASE_MS = 30_000;
const POLL_MS = 50;
const STALE_AFTER_MS = 60_000;
const context = (id: string) => `read-cache:${id}`;
const CHANGED = "reads-changed ";

/** `expiresAt`: when the stored answer runs out for every instance, so a copy in memory is kept no longer. */
export type TSharedRead<T> = { value: T; shared: boolean; expiresAt: number | null };

// Databases whose change notices this process follows, and what it does with one.
const following = new WeakSet<TDatabase>();
let onOtherInstanceChange: ((connectionId: string) => void) | undefined;

/**
 * `forget(connectionId)` runs when another instance changed something on a connection (its
 * copies in memory are stale). Notices can be lost (a dropped connection), so copies also
 * expire with the stored answer.
 */
export function followChanges(forget: (connectionId: string) => void): void {
  onOtherInstanceChange = forget;
}

function follow(database: TDatabase): void {
  if (following.has(database)) return;
  following.add(database);
  database.signals.subscribe((payload) => {
    if (payload.startsWith(CHANGED)) onOtherInstanceChange?.(payload.slice(CHANGED.length));
  });
}

/** The stored answer, or undefined when it cannot be opened (sealed under another ENCRYPTION_KEY): then it is read again. */
function readStored(reply: string, id: string): unknown {
  try {
    return JSON.parse(decryptSecret(reply, context(id)));
  } catch {
    return undefined;
  }
}

/**
 * A cached read shared by every instance: the stored answer while it is fresh, else one vendor
 * call for all of them (the instance that takes the lease calls, the others wait for its answer).
 * `refresh` asks the vendor now and stores its answer for the others (a connection test).
 * Without a database (scripts, unit tests), or with no cache time, it simply loads.
 */
export async function sharedRead<T>(key: string, connectionId: string, ttlMs: number, load: () => Promise<T>, refresh = false): Promise<TSharedRead<T>> {
  const opened = openedDatabase();
  if (!opened || ttlMs <= 0) return { value: await load(), shared: false, expiresAt: null };
  const database = await opened;
  follow(database);
  const { db } = database;
  const id = createHash("sha256").update(key).digest("base64url");
  for (const deadline = Date.now() + LOAD_LEASE_MS + 5_000; ; ) {
    const now = new Date();
    const [row] = await db.select().from(readCache).where(eq(readCache.key, id));
    if (!refresh && row?.reply && row.expiresAt && row.expiresAt > now) {
      const stored = readStored(row.reply, id);
      if (stored !== undefined) return { value: stored as T, shared: true, expiresAt: row.expiresAt.getTime() };
      await db.delete(readCache).where(eq(readCache.key, id));
      continue;
    }
    const until = new Date(now.getTime() + LOAD_LEASE_MS);
    const claimed = await db
      .insert(readCache)
      .values({ key: id, connectionId, loadingUntil: until })
      .onConflictDoUpdate({
        target: readCache.key,
        set: { loadingUntil: until },
        // Nobody loading, and no fresh answer stored since we looked (the loader may just have finished).
        setWhere: and(or(isNull(readCache.loadingUntil), lt(readCache.loadingUntil, now)), refresh ? undefined : or(isNull(readCache.expiresAt), lte(readCache.expiresAt, now))),
      })
      .returning({ key: readCache.key });
    if (claimed.length === 1) {
      let value: T;
      try {
        value = await load();
      } catch (error) {
        await db.update(readCache).set({ loadingUntil: null }).where(eq(readCache.key, id));
        throw error;
      }
      // Only while our lease stands: a change meanwhile deleted the row, and this answer may predate it.
      const expiresAt = Date.now() + ttlMs;
      await db
        .update(readCache)
        .set({ reply: encryptSecret(JSON.stringify(value), context(id)), expiresAt: new Date(expiresAt), loadingUntil: null })
        .where(and(eq(readCache.key, id), eq(readCache.loadingUntil, until)));
      // Answers long expired (vendor data, however encrypted) are not kept.
      await db.delete(readCache).where(and(lt(readCache.expiresAt, new Date(Date.now() - STALE_AFTER_MS)), isNull(readCache.loadingUntil)));
      return { value, shared: false, expiresAt };
    }
    if (Date.now() > deadline) return { value: await load(), shared: false, expiresAt: null };
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** A change on the connection: its cached reads are stale for every instance, stored or in memory. */
export async function forgetSharedReads(connectionId: string): Promise<void> {
  const opened = openedDatabase();
  if (!opened) return;
  const database = await opened;
  await database.db.delete(readCache).where(eq(readCache.connectionId, connectionId));
  // The search index reads the connection's lists again at the next search (answering from its entries meanwhile).
  await database.db.update(searchIndexState).set({ checkedAt: null }).where(eq(searchIndexState.connectionId, connectionId));
  await database.signals.publish(CHANGED + connectionId);
}
