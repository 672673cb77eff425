import "server-only";
import { and, asc, eq, lte } from "drizzle-orm";
import type { TAcretoPendingChange } from "@/lib/vendors/acreto/schemas";
import { getDb } from "./db/client";
import { ecosystemChanges } from "./db/schema";

type TEcosystem = { connectionId: string; ecosystem: string };
type TThingChange = TEcosystem & { thing: string; thingName: string; change: TAcretoPendingChange["change"]; by: string };

/** A Thing added, changed or removed through Patchbay: part of what the ecosystem's next commit applies. */
export async function recordThingChange(change: TThingChange): Promise<void> {
  const db = await getDb();
  await db.insert(ecosystemChanges).values(change);
}

/** The changes a commit sent at `sentAt` took along (or that Acreto reports applied): no longer pending. */
export async function settleThingChanges({ connectionId, ecosystem }: TEcosystem, sentAt: Date): Promise<void> {
  const db = await getDb();
  await db.delete(ecosystemChanges).where(and(eq(ecosystemChanges.connectionId, connectionId), eq(ecosystemChanges.ecosystem, ecosystem), lte(ecosystemChanges.at, sentAt)));
}

/**
 * What the next commit applies, one line per Thing: a Thing added and then changed is "added", one
 * added and then removed is nothing at all, one changed and then removed is "removed".
 */
export async function pendingThingChanges({ connectionId, ecosystem }: TEcosystem): Promise<TAcretoPendingChange[]> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(ecosystemChanges)
    .where(and(eq(ecosystemChanges.connectionId, connectionId), eq(ecosystemChanges.ecosystem, ecosystem)))
    .orderBy(asc(ecosystemChanges.at), asc(ecosystemChanges.id));
  const byThing = new Map<string, TAcretoPendingChange>();
  for (const row of rows) {
    const earlier = byThing.get(row.thing);
    const change = earlier?.change === "added" ? (row.change === "removed" ? null : "added") : row.change;
    if (change === null) byThing.delete(row.thing);
    else byThing.set(row.thing, { thing: row.thing, name: row.thingName, change, by: row.by, at: row.at.toISOString() });
  }
  return [...byThing.values()];
}
