import "server-only";
import { createHash } from "node:crypto";
import { and, eq, inArray, isNull, lt, lte, or } from "drizzle-orm";
import { decryptSecret, encryptSecret } from "../crypto";
import { openedDatabase } from "../db/client";
import { vendorTokens } from "../db/schema";
import type { TDb } from "../db/open-database";

/** A credential a login handed out; `profile` is the rest of the login reply (customers, company…). */
export type TToken = { value: string; expiresAt: number; profile?: unknown };
export type TStoredToken = TToken & { renewAt: number };

// A login may wait for the next TOTP step (up to a minute) besides its own timeout.
const LOGIN_LEASE_MS = 90_000;
const WAIT_MS = LOGIN_LEASE_MS + 15_000;
const POLL_MS = 150;

export const valueHash = (value: string) => createHash("sha256").update(value).digest("base64url");
const context = (key: string) => `vendor-token:${key}`;

/**
 * The connection's token from the database, or one login for all instances: the instance that
 * takes the lease logs in and stores the token (encrypted); the others wait for it. Without a
 * database (a script, a unit test) the login is simply made here.
 */
export async function sharedToken(key: string, now: number, refreshBeforeMs: number, refused: ReadonlySet<string>, login: () => Promise<TToken>): Promise<TStoredToken> {
  const opened = openedDatabase();
  if (!opened) return withRenewAt(await login(), now, refreshBeforeMs);
  const { db } = await opened;
  for (const deadline = Date.now() + WAIT_MS; ; ) {
    const stored = await storedToken(db, key, now, refused);
    if (stored) return stored;
    if (await claimLogin(db, key, now, refused)) return loginAndStore(db, key, now, refreshBeforeMs, login);
    if (Date.now() > deadline) throw new Error("Another instance is signing in to this vendor and has not finished; try again.");
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Forgets a token the vendor refused, on every instance. */
export async function dropSharedToken(key: string, hash: string): Promise<void> {
  const opened = openedDatabase();
  if (!opened) return;
  const { db } = await opened;
  await db.update(vendorTokens).set({ token: null, valueHash: null, expiresAt: null, renewAt: null }).where(and(eq(vendorTokens.key, key), eq(vendorTokens.valueHash, hash)));
}

function withRenewAt(token: TToken, now: number, refreshBeforeMs: number): TStoredToken {
  // A token that lives less than the lead would otherwise be renewed on every call.
  const lead = Math.min(refreshBeforeMs, (token.expiresAt - now) / 10);
  return { ...token, renewAt: token.expiresAt - lead };
}

async function storedToken(db: TDb, key: string, now: number, refused: ReadonlySet<string>): Promise<TStoredToken | null> {
  const [row] = await db.select().from(vendorTokens).where(eq(vendorTokens.key, key));
  if (!row?.token || !row.renewAt || !row.expiresAt || row.renewAt.getTime() <= now || refused.has(row.valueHash ?? "")) return null;
  try {
    const { value, profile } = JSON.parse(decryptSecret(row.token, context(key))) as { value: string; profile?: unknown };
    return { value, profile, expiresAt: row.expiresAt.getTime(), renewAt: row.renewAt.getTime() };
  } catch {
    // Sealed under another ENCRYPTION_KEY: of no use, and in the way of the next login.
    await db.delete(vendorTokens).where(eq(vendorTokens.key, key));
    return null;
  }
}

async function claimLogin(db: TDb, key: string, now: number, refused: ReadonlySet<string>): Promise<boolean> {
  const wall = new Date();
  const until = new Date(wall.getTime() + LOGIN_LEASE_MS);
  const [connectionId = "", version = "0"] = key.split("/");
  const claimed = await db
    .insert(vendorTokens)
    .values({ key, connectionId, version: Number(version), refreshingUntil: until, updatedAt: wall })
    .onConflictDoUpdate({
      target: vendorTokens.key,
      set: { refreshingUntil: until, updatedAt: wall },
      // Nobody logging in, and no usable token stored since we looked (the other login may just have finished).
      setWhere: and(
        or(isNull(vendorTokens.refreshingUntil), lt(vendorTokens.refreshingUntil, wall)),
        or(isNull(vendorTokens.renewAt), lte(vendorTokens.renewAt, new Date(now)), ...(refused.size ? [inArray(vendorTokens.valueHash, [...refused])] : [])),
      ),
    })
    .returning({ key: vendorTokens.key });
  return claimed.length === 1;
}

async function loginAndStore(db: TDb, key: string, now: number, refreshBeforeMs: number, login: () => Promise<TToken>): Promise<TStoredToken> {
  let token: TStoredToken;
  try {
    token = withRenewAt(await login(), now, refreshBeforeMs);
  } catch (error) {
    // No token (a wrong password, a one-time code still to come): the next caller tries itself.
    await db.update(vendorTokens).set({ refreshingUntil: null }).where(eq(vendorTokens.key, key));
    throw error;
  }
  const [connectionId = "", version = "0"] = key.split("/");
  await db
    .update(vendorTokens)
    .set({
      token: encryptSecret(JSON.stringify({ value: token.value, profile: token.profile }), context(key)),
      valueHash: valueHash(token.value),
      expiresAt: new Date(token.expiresAt),
      renewAt: new Date(token.renewAt),
      refreshingUntil: null,
      updatedAt: new Date(),
    })
    .where(eq(vendorTokens.key, key));
  // An edited connection's older logins are of no use; an environment connection's version is a hash
  // (instances with other variables may still use theirs), so its rows only go once long expired.
  const old = connectionId.startsWith("env:") ? lt(vendorTokens.expiresAt, new Date(Date.now() - 86_400_000)) : lt(vendorTokens.version, Number(version));
  await db.delete(vendorTokens).where(and(eq(vendorTokens.connectionId, connectionId), old));
  return token;
}
