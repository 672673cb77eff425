import "server-only";
import { createHash, randomInt } from "node:crypto";
import { and, count, eq, isNull } from "drizzle-orm";
import { getDb } from "../db/client";
import type { TDb } from "../db/open-database";
import { recoveryCodes } from "../db/schema";

export const RECOVERY_CODE_COUNT = 10;
// Crockford's base32: no i, l, o or u, so a code read aloud or off paper is not mistyped.
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const CODE_LENGTH = 10; // 50 bits each: a plain SHA-256 is enough, no slow hash needed.

type TExecutor = Pick<TDb, "insert" | "delete">;

/** Ten fresh codes, shown to the user once as "xxxxx-xxxxx". */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** The stored form of a code as typed (any case, spaces or dashes), or null when it cannot be one. */
export function hashRecoveryCode(typed: string): string | null {
  const normalised = typed.toLowerCase().replace(/[\s-]/g, "").replace(/o/g, "0").replace(/[il]/g, "1");
  if (normalised.length !== CODE_LENGTH || [...normalised].some((c) => !ALPHABET.includes(c))) return null;
  return createHash("sha256").update(normalised).digest("hex");
}

/** Replaces all of a user's codes with these (only their hashes are kept). */
export async function replaceRecoveryCodes(userId: string, codes: string[], tx: TExecutor): Promise<void> {
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values(codes.map((code) => ({ userId, hash: hashRecoveryCode(code)! })));
}

/** Spends a code: true once for each code, false for a used or unknown one (atomic across instances). */
export async function spendRecoveryCode(userId: string, typed: string, now = new Date()): Promise<boolean> {
  const hash = hashRecoveryCode(typed);
  if (!hash) return false;
  const db = await getDb();
  const spent = await db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.hash, hash), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return spent.length === 1;
}

export async function countUnusedRecoveryCodes(userId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(recoveryCodes).where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return row?.n ?? 0;
}
