import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/server/db/client";
import { searchEntries, searchIndexState } from "@/lib/server/db/schema";

/** A deleted connection's entries go at once, for every instance (a search shows only current connections' entries anyway). */
export async function forgetSearchEntries(connectionId: string): Promise<void> {
  const db = await getDb();
  await db.delete(searchEntries).where(eq(searchEntries.connectionId, connectionId));
  await db.delete(searchIndexState).where(eq(searchIndexState.connectionId, connectionId));
}
