import "server-only";
import { asc, count, eq, sql } from "drizzle-orm";
import type { TRole } from "@/lib/roles";
import { hashPassword } from "./auth/password";
import { countActiveSessions, endOtherSessions, sessionsChanged } from "./auth/sessions";
import { lockedAccounts, unlockAccount } from "./auth/sign-in-throttle";
import { getDb } from "./db/client";
import { auditEvents, users } from "./db/schema";

export type TUser = typeof users.$inferSelect;
export type TUserView = Pick<TUser, "id" | "email" | "name" | "role" | "createdAt"> & { mfaEnabled: boolean };
/**
 * locked: wrong passwords have locked the account from some address (sign-in-throttle.ts).
 * lastSignInAt: the user's latest successful sign-in, from the audit trail (session rows are deleted after 30 days).
 */
export type TUserListRow = TUserView & { activeSessions: number; locked: boolean; lastSignInAt: Date | null };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function toUserView(user: TUser): TUserView {
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

// One index probe per user (audit_events_actor_action_at_idx): the newest successful sign-in.
const lastSignIn = sql`(select max(sign_in.at) from audit_events sign_in where sign_in.actor_id = "users"."id" and sign_in.action = 'auth.sign_in' and sign_in.outcome = 'ok')`.mapWith(auditEvents.at);

/** Every user with whether MFA is on, how many sessions they have open and when they last signed in. */
export async function listUsers(): Promise<TUserListRow[]> {
  const db = await getDb();
  const [rows, sessions, locked] = await Promise.all([
    db.select({ user: users, lastSignInAt: lastSignIn }).from(users).orderBy(asc(users.email)),
    countActiveSessions(),
    lockedAccounts(),
  ]);
  return rows.map(({ user, lastSignInAt }) => ({
    ...toUserView(user),
    activeSessions: sessions.get(user.id) ?? 0,
    locked: locked.has(user.email.toLowerCase()),
    lastSignInAt: lastSignInAt ?? null,
  }));
}

export async function createUser(input: { email: string; name?: string; password: string; role: TRole }): Promise<TUserView> {
  const db = await getDb();
  const [user] = await db
    .insert(users)
    .values({ email: normaliseEmail(input.email), name: input.name ?? "", role: input.role, passwordHash: await hashPassword(input.password) })
    .returning();
  return toUserView(user!);
}

export async function renameUser(id: string, name: string): Promise<TUserView | undefined> {
  const db = await getDb();
  const [user] = await db.update(users).set({ name, updatedAt: new Date() }).where(eq(users.id, id)).returning();
  await sessionsChanged(); // the header shows the name
  return user && toUserView(user);
}

export type TRoleChange = { outcome: "changed"; user: TUserView; from: TRole } | { outcome: "not_found" } | { outcome: "last_admin" };

/**
 * Gives a user another role, refusing to demote the last admin. The table is locked against other
 * writers meanwhile, so two admins demoting each other at once cannot leave the console without one.
 */
export async function changeRole(id: string, role: TRole): Promise<TRoleChange> {
  const db = await getDb();
  const change = await db.transaction(async (tx): Promise<TRoleChange> => {
    await tx.execute(sql`lock table users in share row exclusive mode`);
    const [user] = await tx.select().from(users).where(eq(users.id, id));
    if (!user) return { outcome: "not_found" };
    if (user.role === "admin" && role !== "admin") {
      const [admins] = await tx.select({ n: count() }).from(users).where(eq(users.role, "admin"));
      if ((admins?.n ?? 0) <= 1) return { outcome: "last_admin" };
    }
    const [updated] = await tx.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, id)).returning();
    return { outcome: "changed", user: toUserView(updated!), from: user.role };
  });
  if (change.outcome === "changed") await sessionsChanged(); // a new role applies at once on every instance
  return change;
}

/**
 * An admin sets a user's password (they forgot theirs): every session of the user ends, and the
 * wrong-password locks on the account are lifted so the new one works from where they are.
 */
export async function resetPassword(user: Pick<TUser, "id" | "email">, password: string, now = new Date()): Promise<void> {
  await changePassword(user.id, password, null, now);
  await unlockAccount(user.email);
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
    return toUserView(user!);
  });
}
