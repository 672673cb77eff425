import "server-only";
import { asc, count, eq, sql } from "drizzle-orm";
import type { TRole } from "@/lib/roles";
import { hashPassword } from "./auth/password";
import { getDb } from "./db/client";
import { users } from "./db/schema";

export type TUser = typeof users.$inferSelect;
export type TUserView = Pick<TUser, "id" | "email" | "name" | "role" | "createdAt">;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function toView(user: TUser): TUserView {
  return { id: user.id, email: user.email, name: user.name, role: user.role, createdAt: user.createdAt };
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

export async function listUsers(): Promise<TUserView[]> {
  const db = await getDb();
  return (await db.select().from(users).orderBy(asc(users.email))).map(toView);
}

export async function createUser(input: { email: string; name?: string; password: string; role: TRole }): Promise<TUserView> {
  const db = await getDb();
  const [user] = await db
    .insert(users)
    .values({ email: normaliseEmail(input.email), name: input.name ?? "", role: input.role, passwordHash: await hashPassword(input.password) })
    .returning();
  return toView(user!);
}

export async function updateUser(id: string, patch: { name?: string; role?: TRole; password?: string }): Promise<TUserView | undefined> {
  const db = await getDb();
  const [user] = await db
    .update(users)
    .set({
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.role && { role: patch.role }),
      ...(patch.password && { passwordHash: await hashPassword(patch.password) }),
      updatedAt: new Date(),
    })
    .where(eq(users.id, id))
    .returning();
  return user && toView(user);
}

export async function deleteUser(id: string): Promise<boolean> {
  const db = await getDb();
  const deleted = await db.delete(users).where(eq(users.id, id)).returning({ id: users.id });
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
