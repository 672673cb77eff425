import "server-only";
import { and, desc, eq, gte, isNull, lt, ne, sql } from "drizzle-orm";
import { getDb } from "../db/client";
import { instanceCache } from "../db/instance-cache";
import type { TDb } from "../db/open-database";
import { userSessions, users } from "../db/schema";
import { LAST_SEEN_RESOLUTION_MS, SESSION_MAX_AGE_S, idleTimeoutMs } from "./session-policy";

export type TSessionRow = typeof userSessions.$inferSelect;
export type TUserRow = typeof users.$inferSelect;
export type TSessionView = Pick<TSessionRow, "id" | "createdAt" | "lastSeenAt" | "ip" | "userAgent"> & { current: boolean };
type TExecutor = Pick<TDb, "update" | "select">;

/** Rows of sessions that ended this long ago are deleted (the audit trail keeps sign-ins). */
const KEEP_ENDED_SESSIONS_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * How long an instance may use its copy of a session and its user without asking the database:
 * the bound on a sign-out, revocation or role change reaching an instance whose change notice
 * was lost. Notices normally arrive at once (sessionsChanged).
 */
export const SESSION_COPY_MS = 5_000;
const sessionCopies = instanceCache<{ session: TSessionRow; user: TUserRow } | null>("sessions", SESSION_COPY_MS);

/** Call after a write to users or user_sessions commits: every instance reads them afresh. */
export const sessionsChanged = () => sessionCopies.changed();

/** Starts a session for a user who just proved who they are, bound to their current session version. */
export async function createSession(user: Pick<TUserRow, "id" | "sessionVersion">, client: { ip: string | null; userAgent: string | null }, now = new Date()): Promise<string> {
  const db = await getDb();
  await db.delete(userSessions).where(lt(userSessions.createdAt, new Date(now.getTime() - KEEP_ENDED_SESSIONS_MS)));
  const [row] = await db
    .insert(userSessions)
    .values({ userId: user.id, version: user.sessionVersion, createdAt: now, lastSeenAt: now, ip: client.ip, userAgent: client.userAgent?.slice(0, 400) ?? null })
    .returning({ id: userSessions.id });
  return row!.id;
}

export type TSessionCheck = { ok: true; user: TUserRow; session: TSessionRow } | { ok: false; reason: "unknown" | "revoked" | "version" | "expired" | "idle" };

/** Why a session no longer counts, or null while it does. */
function endReason(session: TSessionRow, user: TUserRow, now: Date): "revoked" | "version" | "expired" | "idle" | null {
  if (session.revokedAt) return "revoked";
  if (session.version !== user.sessionVersion) return "version";
  if (now.getTime() - session.createdAt.getTime() > SESSION_MAX_AGE_S * 1000) return "expired";
  if (now.getTime() - session.lastSeenAt.getTime() > idleTimeoutMs()) return "idle";
  return null;
}

/**
 * Checks the session a request carries and notes the activity; a session found expired is closed.
 * `activity: false` (a page's background poll while nobody touches it) does not hold the session open.
 */
export async function checkSession(sessionId: string, userId: string, now = new Date(), { activity = true } = {}): Promise<TSessionCheck> {
  const db = await getDb();
  const row = await sessionCopies.read(sessionId, async () => {
    const [found] = await db.select().from(userSessions).innerJoin(users, eq(users.id, userSessions.userId)).where(eq(userSessions.id, sessionId));
    return found ? { session: found.user_sessions, user: found.users } : null;
  });
  if (!row || row.session.userId !== userId) return { ok: false, reason: "unknown" };
  const { session, user } = row;
  const reason = endReason(session, user, now);
  if (reason) {
    if (reason === "expired" || reason === "idle") await revokeSession(session.id, reason, now);
    return { ok: false, reason };
  }
  if (activity && now.getTime() - session.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS) {
    await db.update(userSessions).set({ lastSeenAt: now }).where(eq(userSessions.id, session.id));
    row.session = { ...session, lastSeenAt: now }; // this instance's copy; another's is at most one resolution behind
  }
  return { ok: true, user, session };
}

export async function revokeSession(sessionId: string, reason: string, now = new Date()): Promise<void> {
  const db = await getDb();
  await db.update(userSessions).set({ revokedAt: now, revokedReason: reason }).where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)));
  await sessionsChanged();
}

/**
 * Ends every session of a user by bumping their session version, except `keepSessionId`, which is
 * moved to the new version. Runs inside the caller's transaction when given one; that caller
 * calls sessionsChanged() once it commits.
 */
export async function endOtherSessions(userId: string, keepSessionId: string | null, reason: string, now = new Date(), tx?: TExecutor): Promise<void> {
  const run = async (db: TExecutor) => {
    const [bumped] = await db
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId))
      .returning({ version: users.sessionVersion });
    if (!bumped) return;
    const others = keepSessionId ? and(eq(userSessions.userId, userId), ne(userSessions.id, keepSessionId)) : eq(userSessions.userId, userId);
    await db.update(userSessions).set({ revokedAt: now, revokedReason: reason }).where(and(others, isNull(userSessions.revokedAt)));
    if (keepSessionId) await db.update(userSessions).set({ version: bumped.version }).where(and(eq(userSessions.id, keepSessionId), eq(userSessions.userId, userId)));
  };
  if (tx) return run(tx);
  const db = await getDb();
  await db.transaction((t) => run(t));
  await sessionsChanged();
}

/** The same rule as endReason, in SQL: not revoked, current version, within both time limits. */
function stillActive(now: Date) {
  return and(
    isNull(userSessions.revokedAt),
    eq(userSessions.version, users.sessionVersion),
    gte(userSessions.createdAt, new Date(now.getTime() - SESSION_MAX_AGE_S * 1000)),
    gte(userSessions.lastSeenAt, new Date(now.getTime() - idleTimeoutMs())),
  );
}

/** The user's sessions that still count, newest activity first. */
export async function listActiveSessions(userId: string, currentSessionId: string | null, now = new Date()): Promise<TSessionView[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: userSessions.id, createdAt: userSessions.createdAt, lastSeenAt: userSessions.lastSeenAt, ip: userSessions.ip, userAgent: userSessions.userAgent })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(and(eq(userSessions.userId, userId), stillActive(now)))
    .orderBy(desc(userSessions.lastSeenAt));
  return rows.map((row) => ({ ...row, current: row.id === currentSessionId }));
}

/** How many sessions each user has that still count (for the admin's user list). */
export async function countActiveSessions(now = new Date()): Promise<Map<string, number>> {
  const db = await getDb();
  const rows = await db
    .select({ userId: userSessions.userId, n: sql<number>`count(*)::int` })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(stillActive(now))
    .groupBy(userSessions.userId);
  return new Map(rows.map((row) => [row.userId, Number(row.n)]));
}
