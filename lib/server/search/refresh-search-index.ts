import "server-only";
import { createHash } from "node:crypto";
import { and, eq, isNull, lt, lte, ne, or, sql } from "drizzle-orm";
import { database } from "@/lib/server/db/client";
import { searchEntries, searchIndexState } from "@/lib/server/db/schema";
import { log } from "@/lib/server/log";
import { redactText, scrubSecrets } from "@/lib/server/redact";
import { isVendorError, type TUpstreamConnection } from "@/lib/server/upstream";
import { secretValuesOf } from "@/lib/server/upstream/credentials";
import type { TVendorEntries } from "./search-entry";
import { searchIndexKey } from "./search-index-key";
import { searchTerms } from "./search-terms";
import { VENDOR_ENTRIES } from "./vendor-entries";

/** Long enough for N2N's whole paged scan under its quota; a lease left by a crashed instance ends then. */
const LEASE_MS = 120_000;
/** Rows per INSERT: well under Postgres's 65,535 parameters. */
const CHUNK = 500;
export const REFRESH_FAILED = "The lists could not be read for the search; the details are in the server log.";

export { searchIndexKey };

export type TRefreshOutcome = "replaced" | "unchanged" | "failed" | "not-due";
/** `force`: read now, however fresh; `read`: other entries than the vendor's (the bench's large lists). */
export type TRefreshOptions = { force?: boolean; read?: TVendorEntries };

/**
 * Reads the connection's lists into the index when its last read is older than the vendor's
 * interval (or `force`), once for every instance: the instance that takes the lease reads, the
 * others answer from the rows that are there. The connection's entries are replaced in one
 * transaction, so a search sees the old ones or the new ones, never half. A read that fails keeps
 * the old entries. Never throws.
 */
export async function refreshSearchIndex(connection: TUpstreamConnection, options: TRefreshOptions = {}): Promise<TRefreshOutcome> {
  const { force = false, read = VENDOR_ENTRIES[connection.vendor].read } = options;
  try {
    const { db, kind } = await database();
    const key = searchIndexKey(connection);
    const now = new Date();
    const until = new Date(now.getTime() + LEASE_MS);
    const dueFrom = new Date(now.getTime() - VENDOR_ENTRIES[connection.vendor].refreshMs);
    const claimed = await db
      .insert(searchIndexState)
      .values({ connectionKey: key, connectionId: connection.id, refreshingUntil: until })
      .onConflictDoUpdate({
        target: searchIndexState.connectionKey,
        set: { refreshingUntil: until },
        setWhere: and(
          or(isNull(searchIndexState.refreshingUntil), lt(searchIndexState.refreshingUntil, now)),
          force ? undefined : or(isNull(searchIndexState.checkedAt), lte(searchIndexState.checkedAt, dueFrom)),
        ),
      })
      .returning({ key: searchIndexState.connectionKey });
    if (claimed.length === 0) return "not-due";

    let rows: (typeof searchEntries.$inferInsert)[];
    try {
      const entries = await read(connection);
      rows = entries.map((entry) => ({
        connectionKey: key,
        connectionId: connection.id,
        vendor: connection.vendor,
        kind: entry.kind,
        title: entry.title,
        detail: entry.detail,
        href: entry.href,
        role: entry.role ?? "viewer",
        terms: searchTerms(entry.fields),
        fields: entry.fields,
        network: entry.network ?? null,
      }));
    } catch (failure) {
      const error = failureText(connection, failure);
      await db.update(searchIndexState).set({ refreshingUntil: null, checkedAt: new Date(), error }).where(and(eq(searchIndexState.connectionKey, key), eq(searchIndexState.refreshingUntil, until)));
      return "failed";
    }

    const digest = createHash("sha256").update(JSON.stringify(rows)).digest("base64url");
    const outcome = await db.transaction(async (tx): Promise<TRefreshOutcome> => {
      // Only while our lease stands: past it another instance may be writing a newer read.
      const [state] = await tx.select().from(searchIndexState).where(and(eq(searchIndexState.connectionKey, key), eq(searchIndexState.refreshingUntil, until))).for("update");
      if (!state) return "not-due";
      const unchanged = state.refreshedAt !== null && state.digest === digest;
      if (!unchanged) {
        await tx.delete(searchEntries).where(eq(searchEntries.connectionKey, key));
        // A stored connection's earlier versions (an environment connection's id is shared by instances that may hold other accounts).
        if (!connection.id.startsWith("env:")) {
          await tx.delete(searchEntries).where(and(eq(searchEntries.connectionId, connection.id), ne(searchEntries.connectionKey, key)));
          await tx.delete(searchIndexState).where(and(eq(searchIndexState.connectionId, connection.id), ne(searchIndexState.connectionKey, key)));
        }
        for (let start = 0; start < rows.length; start += CHUNK) await tx.insert(searchEntries).values(rows.slice(start, start + CHUNK));
      }
      const at = new Date();
      await tx.update(searchIndexState).set({ refreshedAt: at, checkedAt: at, refreshingUntil: null, digest, entries: rows.length, error: null }).where(eq(searchIndexState.connectionKey, key));
      return unchanged ? "unchanged" : "replaced";
    });
    // Embedded PGlite runs no autovacuum worker: the replaced rows are reclaimed here, or every refresh would grow the table.
    if (outcome === "replaced" && kind === "pglite") await db.execute(sql`vacuum search_entries`);
    return outcome;
  } catch (failure) {
    log.error({ err: failure, connection: connection.id }, "search index not refreshed");
    return "failed";
  }
}

/** Why the lists could not be read, for any signed-in role: a vendor's failure in its words (secrets masked), anything else only in the log. */
function failureText(connection: TUpstreamConnection, failure: unknown): string {
  if (isVendorError(failure)) return redactText(scrubSecrets(failure.message, secretValuesOf(connection))).slice(0, 300);
  log.error({ err: failure, connection: connection.id }, "search index: the lists could not be read");
  return REFRESH_FAILED;
}
