import "server-only";
import { asc, count, eq, sql } from "drizzle-orm";
import type { TRole } from "@/lib/roles";
import { hashPassword } from "./auth/password";
import { countActiveSessions, endOtherSessions, sessionsChanged } from "./auth/sessions";
import { lockedAccounts } from "./auth/sign-in-throttle";
import { getDb } from "./db/client";
import { users } from "./db/schema";

export type TUser = typeof users.$inferSelect;
export type TUserView = Pick<TUser, "id" | "email" | "name" | "role" | "createdAt"> & { mfaEnabled: boolean };
/** locked: wrong passwords have locked the account from some address (sign-in-throttle.ts). */
export type TUserListRow = TUserView & { activeSessions: number; locked: boolean };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function toView(user: TUser): TUserView {
  return { id: user.id, email: user.email, name: user.name, role: user.role, createdAt: user.createdAt, mfaEnabled: Boolean(user.mfaEnabledAt) };
}

export async function findUserByEmail(email: string): Promise<TUser | undefined> {
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.email, normaliseEmail(email)));
  return user;
}

export async function findUserById(id: string): Promise<TUser | undefined> {
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user;
}

export async function countUsers(): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

/** Every user with whether MFA is on and how many sessions they have open. */
export async function listUsers(): Promise<TUserListRow[]> {
  const db = await getDb();
  const [rows, sessions, locked] = await Promise.all([db.select().from(users).orderBy(asc(users.email)), countActiveSessions(), lockedAccounts()]);
  return rows.map((user) => ({ ...toView(user), activeSessions: sessions.get(user.id) ?? 0, locked: locked.has(user.email.toLowerCase()) }));
}

export async function createUser(input: { email: string; name?: string; password: string; role: TRole }): Promise<TUserView> {
  const db = await getDb();
  const [user] = await db
    .insert(users)
    .values({ email: normaliseEmail(input.email), name: input.name ?? "", role: input.role, passwordHash: await hashPassword(input.password) })
    .returning();
  return toView(user!);
}

/** Name and role; a new password set by an admin ends every session of the user. */
export async function updateUser(id: string, patch: { name?: string; role?: TRole; password?: string }): Promise<TUserView | undefined> {
  const db = await getDb();
  const [user] = await db
    .update(users)
    .set({
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.role && { role: patch.role }),
      updatedAt: new Date(),
    })
    .where(eq(users.id, id))
    .returning();
  await sessionsChanged(); // a new role applies at once on every instance
  if (user && patch.password) await changePassword(id, patch.password, null);
  return user && toView(user);
}

/** Sets a new password and ends every session of the user but `keepSessionId` (the one that changed it). */
export async function changePassword(id: string, password: string, keepSessionId: string | null, now = new Date()): Promise<void> {
  const passwordHash = await hashPassword(password);
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, passwordChangedAt: now, updatedAt: now }).where(eq(users.id, id));
    await endOtherSessions(id, keepSessionId, "password_changed", now, tx);
  });
  await sessionsChanged();
}

export async function deleteUser(id: string): Promise<boolean> {
  const db = await getDb();
  const deleted = await db.delete(users).where(eq(users.id, id)).returning({ id: users.id });
  await sessionsChanged();
  return deleted.length > 0;
}

export async function countAdmins(): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(users).where(eq(users.role, "admin"));
  return row?.n ?? 0;
}

/** Creates the first admin, or returns null when any user already exists (atomic across instances). */
export async function createFirstAdmin(input: { email: string; name?: string; password: string }): Promise<TUserView | null> {
  const db = await getDb();
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    await tx.execute(sql`lock table users in share row exclusive mode`);
    const [row] = await tx.select({ n: count() }).from(users);
    if ((row?.n ?? 0) > 0) return null;
    const [user] = await tx
      .insert(users)
      .values({ email: normaliseEmail(input.email), name: input.name ?? "", role: "admin", passwordHash })
      .returning();
    return toView(user!);
  });
}
