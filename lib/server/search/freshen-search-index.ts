import "server-only";
import { inArray } from "drizzle-orm";
import { getDb } from "@/lib/server/db/client";
import { searchIndexState } from "@/lib/server/db/schema";
import type { TUpstreamConnection } from "@/lib/server/upstream";
import { refreshSearchIndex, searchIndexKey } from "./refresh-search-index";
import { VENDOR_ENTRIES } from "./vendor-entries";

/** How long a search waits for a connection whose lists were never read into the index; after that it answers without it, and says so. */
export const FIRST_READ_WAIT_MS = 2_500;

// Refreshes this process started and that have not ended: a second search does not start another.
const inFlight = new Map<string, Promise<unknown>>();

function refreshOnce(connection: TUpstreamConnection): Promise<unknown> {
  const key = searchIndexKey(connection);
  const running = inFlight.get(key);
  if (running) return running;
  const refresh = refreshSearchIndex(connection).finally(() => inFlight.delete(key));
  inFlight.set(key, refresh);
  return refresh;
}

export type TFreshness = {
  /** Connections still without a first read: their items are not in this answer. */
  indexing: TUpstreamConnection[];
  /** Connections whose lists could not be read and that have no entries to show. */
  failing: TUpstreamConnection[];
  /** The refreshes started in the background: the route keeps the function alive for them (after()). */
  refreshing: Promise<void>;
};

/**
 * Starts a refresh for each connection whose entries are older than its vendor's interval, and
 * answers from what is there: only a connection never read at all is waited for, a little.
 */
export async function freshenSearchIndex(connections: readonly TUpstreamConnection[], waitMs = FIRST_READ_WAIT_MS): Promise<TFreshness> {
  if (connections.length === 0) return { indexing: [], failing: [], refreshing: Promise.resolve() };
  const db = await getDb();
  const keys = connections.map(searchIndexKey);
  const stateOf = new Map((await db.select().from(searchIndexState).where(inArray(searchIndexState.connectionKey, keys))).map((state) => [state.connectionKey, state]));
  const now = Date.now();
  const reads = connections.map((connection) => {
    const state = stateOf.get(searchIndexKey(connection));
    const due = !state?.checkedAt || now - state.checkedAt.getTime() >= VENDOR_ENTRIES[connection.vendor].refreshMs;
    const leasedElsewhere = (state?.refreshingUntil?.getTime() ?? 0) > now && !inFlight.has(searchIndexKey(connection));
    return due && !leasedElsewhere ? refreshOnce(connection) : inFlight.get(searchIndexKey(connection));
  });
  const neverRead = connections.filter((connection) => !stateOf.get(searchIndexKey(connection))?.refreshedAt);
  if (neverRead.length > 0) {
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)));
    const firstReads = reads.filter((read, n) => read && neverRead.includes(connections[n]!));
    await Promise.race([Promise.all(firstReads), waited]).finally(() => clearTimeout(timer));
  }
  // What the first reads left: entries, a failure with nothing to show, or still nothing (a read under way).
  const after = neverRead.length > 0 ? await db.select().from(searchIndexState).where(inArray(searchIndexState.connectionKey, neverRead.map(searchIndexKey))) : [];
  const afterOf = new Map(after.map((state) => [state.connectionKey, state]));
  const unread = neverRead.filter((connection) => !afterOf.get(searchIndexKey(connection))?.refreshedAt);
  const failed = (connection: TUpstreamConnection) => {
    const state = afterOf.get(searchIndexKey(connection));
    if (!state || state.error === null || inFlight.has(searchIndexKey(connection))) return false;
    return (state.refreshingUntil?.getTime() ?? 0) <= Date.now();
  };
  return {
    indexing: unread.filter((connection) => !failed(connection)),
    failing: unread.filter(failed),
    refreshing: Promise.all(reads).then(() => undefined),
  };
}
