import "server-only";
import { desc, eq } from "drizzle-orm";
import type { TConnectionDrift } from "@/lib/vendors/connection";
import { describeUnreadable, type TUnreadable } from "@/lib/vendors/tolerant";
import { getDb, openedDatabase } from "./db/client";
import { connectionDrift } from "./db/schema";
import { log } from "./log";


// The same drift is written at most once per interval per process: a cached list is parsed on every read.
const REWRITE_AFTER_MS = 10 * 60_000;
const written = new Map<string, { signature: string; at: number }>();

/** Logs a list's unreadable records once per kind, and keeps the latest sighting for the Connections page. */
export function noteDrift(connectionId: string, operation: string, unreadable: readonly TUnreadable[], now = Date.now()): Promise<void> {
  const key = `${connectionId}\u0000${operation}`;
  const signature = unreadable.map((u) => `${u.path}\u0000${u.message}`).join("\u0001");
  const last = written.get(key);
  if (last && last.signature === signature && now - last.at < REWRITE_AFTER_MS) return Promise.resolve();
  if (written.size > 5_000) written.clear();
  written.set(key, { signature, at: now });
  const fields = [...new Set(unreadable.map((u) => u.path))].slice(0, 10);
  if (last?.signature !== signature) log.warn({ connection: connectionId, operation, count: unreadable.length, fields }, "vendor records left out: they do not fit their schema");
  const row = { connectionId, operation, count: unreadable.length, reason: describeUnreadable(unreadable[0]!), seenAt: new Date(now) };
  // Every request has opened the database to check its session; a parse outside one (a script, a unit test) records nothing.
  const opened = openedDatabase();
  if (!opened) return Promise.resolve();
  return opened
    .then(({ db }) => db.insert(connectionDrift).values(row).onConflictDoUpdate({ target: [connectionDrift.connectionId, connectionDrift.operation], set: { count: row.count, reason: row.reason, seenAt: row.seenAt } }))
    .then(() => undefined, (error: unknown) => log.warn({ err: error, connection: connectionId }, "could not record schema drift"));
}

/** The most recent drift of each connection. */
export async function latestDrift(): Promise<Map<string, TConnectionDrift>> {
  const rows = await (await getDb()).select().from(connectionDrift).orderBy(desc(connectionDrift.seenAt));
  const latest = new Map<string, TConnectionDrift>();
  for (const row of rows) {
    if (!latest.has(row.connectionId)) latest.set(row.connectionId, { operation: row.operation, count: row.count, reason: row.reason, seenAt: row.seenAt.toISOString() });
  }
  return latest;
}

export async function forgetDrift(connectionId: string): Promise<void> {
  await (await getDb()).delete(connectionDrift).where(eq(connectionDrift.connectionId, connectionId));
}
