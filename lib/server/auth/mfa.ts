import "server-only";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import { decryptSecret, encryptSecret } from "../crypto";
import { getDb } from "../db/client";
import { recoveryCodes, users } from "../db/schema";
import { conflict } from "../http/errors";
import { countUnusedRecoveryCodes, newRecoveryCodes, replaceRecoveryCodes } from "./recovery-codes";
import { endOtherSessions, sessionsChanged } from "./sessions";
import { matchTotpStep, newTotpSecret, totpUri } from "./totp";

type TMfaUser = typeof users.$inferSelect;
export type TMfaStatus = { enabled: boolean; enabledAt: Date | null; recoveryCodesLeft: number };

// The ciphertext is bound to its user, so it cannot be copied onto another account.
const secretContext = (userId: string) => `user:${userId}:totp`;

async function loadUser(userId: string): Promise<TMfaUser> {
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) throw conflict("This account no longer exists");
  return user;
}

export async function mfaStatus(userId: string): Promise<TMfaStatus> {
  const user = await loadUser(userId);
  return { enabled: Boolean(user.mfaEnabledAt), enabledAt: user.mfaEnabledAt, recoveryCodesLeft: user.mfaEnabledAt ? await countUnusedRecoveryCodes(userId) : 0 };
}

/** A new secret for the user to scan; MFA stays off until a code from it is confirmed. */
export async function startMfaEnrolment(userId: string): Promise<{ secret: string; otpauthUrl: string }> {
  const user = await loadUser(userId);
  if (user.mfaEnabledAt) throw conflict("Two-factor authentication is already on");
  const secret = newTotpSecret();
  const db = await getDb();
  await db.update(users).set({ mfaPendingSecret: encryptSecret(secret, secretContext(userId)) }).where(eq(users.id, userId));
  return { secret, otpauthUrl: totpUri(user.email, secret) };
}

/**
 * Turns MFA on once a code from the pending secret checks out; returns the ten recovery codes to
 * show once, or null for a wrong code. Other sessions of the user end.
 */
export async function activateMfa(userId: string, code: string, keepSessionId: string | null, now = new Date()): Promise<string[] | null> {
  const user = await loadUser(userId);
  if (user.mfaEnabledAt) throw conflict("Two-factor authentication is already on");
  if (!user.mfaPendingSecret) throw conflict("Start the setup again: there is no secret waiting for a code");
  const step = matchTotpStep(decryptSecret(user.mfaPendingSecret, secretContext(userId)), code, now.getTime());
  if (step === null) return null;
  const codes = newRecoveryCodes();
  const db = await getDb();
  const activated = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ mfaSecret: user.mfaPendingSecret, mfaPendingSecret: null, mfaEnabledAt: now, mfaLastStep: step, updatedAt: now })
      .where(and(eq(users.id, userId), isNull(users.mfaEnabledAt), eq(users.mfaPendingSecret, user.mfaPendingSecret!)))
      .returning({ id: users.id });
    if (!row) return false;
    await replaceRecoveryCodes(userId, codes, tx);
    await endOtherSessions(userId, keepSessionId, "mfa_enabled", now, tx);
    return true;
  });
  await sessionsChanged();
  if (!activated) throw conflict("The setup changed meanwhile; start it again");
  return codes;
}

/** Checks a sign-in code: right secret, within ±1 step, and a step after the last one used (atomic). */
export async function verifySignInCode(user: TMfaUser, code: string, now = new Date()): Promise<boolean> {
  if (!user.mfaSecret) return false;
  const step = matchTotpStep(decryptSecret(user.mfaSecret, secretContext(user.id)), code, now.getTime(), user.mfaLastStep);
  if (step === null) return false;
  const db = await getDb();
  const claimed = await db
    .update(users)
    .set({ mfaLastStep: step })
    .where(and(eq(users.id, user.id), or(isNull(users.mfaLastStep), lt(users.mfaLastStep, step))))
    .returning({ id: users.id });
  return claimed.length === 1;
}

/** New recovery codes replace the old ones (all of them, used or not). */
export async function regenerateRecoveryCodes(userId: string): Promise<string[]> {
  const user = await loadUser(userId);
  if (!user.mfaEnabledAt) throw conflict("Turn on two-factor authentication first");
  const codes = newRecoveryCodes();
  const db = await getDb();
  await db.transaction((tx) => replaceRecoveryCodes(userId, codes, tx));
  return codes;
}

/**
 * Turns MFA off and forgets the secret and recovery codes; every session of the user ends but
 * `keepSessionId` (the user's own, when they turn it off themselves; none when an admin resets it).
 */
export async function removeMfa(userId: string, keepSessionId: string | null, reason: string, now = new Date()): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.update(users).set({ mfaSecret: null, mfaPendingSecret: null, mfaEnabledAt: null, mfaLastStep: null, updatedAt: now }).where(eq(users.id, userId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await endOtherSessions(userId, keepSessionId, reason, now, tx);
  });
  await sessionsChanged();
}
