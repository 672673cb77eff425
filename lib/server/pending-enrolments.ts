import "server-only";
import { and, eq, isNull, lt, lte, or } from "drizzle-orm";
import { decryptSecret, encryptSecret } from "./crypto";
import { getDb } from "./db/client";
import { pendingEnrolments } from "./db/schema";

export type TPendingEnrolment<T> = { enrolment: T; generatedAt: number; reused: boolean };

const GENERATE_LEASE_MS = 30_000;
const POLL_MS = 200;
const context = (key: string) => `pending-enrolment:${key}`;
// In front of the database: callers in this process share one read or generation.
const inFlight = new Map<string, Promise<TPendingEnrolment<unknown>>>();

/**
 * An enrolment shown but not yet confirmed, shared by every instance: the first caller asks the
 * vendor (`generate`), everyone else — a reload, another tab, another instance — gets the same
 * one until it is confirmed (`forgetEnrolment`), regenerated, or `ttlMs` has passed. Stored
 * encrypted (it holds a TOTP secret).
 */
export function pendingEnrolment<T>(key: string, options: { ttlMs: number; regenerate: boolean; generate: () => Promise<T> }): Promise<TPendingEnrolment<T>> {
  const running = inFlight.get(key) as Promise<TPendingEnrolment<T>> | undefined;
  if (running && !options.regenerate) return running.then((found) => ({ ...found, reused: true }));
  const loading = loadOrGenerate(key, options).finally(() => {
    if (inFlight.get(key) === loading) inFlight.delete(key);
  });
  inFlight.set(key, loading);
  return loading;
}

async function loadOrGenerate<T>(key: string, { ttlMs, regenerate, generate }: { ttlMs: number; regenerate: boolean; generate: () => Promise<T> }): Promise<TPendingEnrolment<T>> {
  const db = await getDb();
  for (const deadline = Date.now() + GENERATE_LEASE_MS + 5_000; ; ) {
    const now = new Date();
    if (!regenerate) {
      const stored = await storedEnrolment<T>(key, now);
      if (stored) return { ...stored, reused: true };
    }
    const claimed = await db
      .insert(pendingEnrolments)
      .values({ key, generatingUntil: new Date(now.getTime() + GENERATE_LEASE_MS), expiresAt: new Date(now.getTime() + ttlMs) })
      .onConflictDoUpdate({
        target: pendingEnrolments.key,
        set: { generatingUntil: new Date(now.getTime() + GENERATE_LEASE_MS) },
        // Nobody generating; and unless a new secret was asked for, none stored since we looked.
        setWhere: and(
          or(isNull(pendingEnrolments.generatingUntil), lt(pendingEnrolments.generatingUntil, now)),
          regenerate ? undefined : or(isNull(pendingEnrolments.enrolment), lte(pendingEnrolments.expiresAt, now)),
        ),
      })
      .returning({ key: pendingEnrolments.key });
    if (claimed.length === 1) return generateInto(key, ttlMs, generate);
    // Another caller is asking the vendor right now: its answer is ours too.
    regenerate = false;
    if (Date.now() > deadline) throw new Error("The enrolment is being generated elsewhere and did not arrive in time. Try again.");
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function storedEnrolment<T>(key: string, now: Date): Promise<Omit<TPendingEnrolment<T>, "reused"> | null> {
  const [row] = await (await getDb()).select().from(pendingEnrolments).where(eq(pendingEnrolments.key, key));
  if (!row?.enrolment || !row.generatedAt || row.expiresAt <= now) return null;
  try {
    return { enrolment: JSON.parse(decryptSecret(row.enrolment, context(key))) as T, generatedAt: row.generatedAt.getTime() };
  } catch {
    return null; // sealed under another ENCRYPTION_KEY: a new enrolment replaces it
  }
}

async function generateInto<T>(key: string, ttlMs: number, generate: () => Promise<T>): Promise<TPendingEnrolment<T>> {
  const db = await getDb();
  let enrolment: T;
  try {
    enrolment = await generate();
  } catch (error) {
    // A failed request is not kept: the next caller asks again.
    await db.update(pendingEnrolments).set({ generatingUntil: null }).where(eq(pendingEnrolments.key, key));
    throw error;
  }
  const now = new Date();
  await db
    .update(pendingEnrolments)
    .set({ enrolment: encryptSecret(JSON.stringify(enrolment), context(key)), generatedAt: now, generatingUntil: null, expiresAt: new Date(now.getTime() + ttlMs) })
    .where(eq(pendingEnrolments.key, key));
  await db.delete(pendingEnrolments).where(and(lt(pendingEnrolments.expiresAt, now), isNull(pendingEnrolments.generatingUntil)));
  return { enrolment, generatedAt: now.getTime(), reused: false };
}

/** The enrolment was confirmed (or abandoned): the next one starts afresh. */
export async function forgetEnrolment(key: string): Promise<void> {
  inFlight.delete(key);
  await (await getDb()).delete(pendingEnrolments).where(eq(pendingEnrolments.key, key));
}
