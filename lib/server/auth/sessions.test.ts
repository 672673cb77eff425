import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { useDatabaseForTests } from "../db/client";
import type { TDatabase } from "../db/open-database";
import { testDatabases } from "../db/test-databases";
import { changePassword, createUser, findUserById, listUsers } from "../users";
import { checkSession, createSession, endOtherSessions, listActiveSessions } from "./sessions";

const MINUTE = 60_000;
const t0 = new Date("2026-03-01T08:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * MINUTE);
const browser = { ip: "192.0.2.7", userAgent: "Mozilla/5.0 test" };

describe.each(testDatabases())("console sessions on $name", ({ open }) => {
  let database: TDatabase;
  let userId: string;
  const signIn = async (now = t0) => createSession((await findUserById(userId))!, browser, now);

  beforeAll(async () => {
    database = await open();
    useDatabaseForTests(database);
  });
  afterAll(async () => {
    useDatabaseForTests(undefined);
    await database.close();
  });
  beforeEach(async () => {
    delete process.env.IDLE_TIMEOUT_MINUTES;
    userId = (await createUser({ email: `user-${Math.random().toString(36).slice(2)}@example.test`, password: "a-long-password-1", role: "viewer" })).id;
  });

  it("ends a session after 30 minutes without a request, and keeps it while requests come", async () => {
    const id = await signIn();
    expect((await checkSession(id, userId, at(29))).ok).toBe(true);
    expect((await checkSession(id, userId, at(59))).ok).toBe(true); // 30 minutes after the last one: still in
    expect(await checkSession(id, userId, at(89.1))).toEqual({ ok: false, reason: "idle" });
    // Closed for good: an earlier clock does not bring it back.
    expect(await checkSession(id, userId, at(60))).toEqual({ ok: false, reason: "revoked" });
  });

  it("notes activity at most once a minute", async () => {
    const id = await signIn();
    await checkSession(id, userId, at(0.5));
    expect((await listActiveSessions(userId, id, at(0.5)))[0]!.lastSeenAt).toEqual(t0);
    await checkSession(id, userId, at(1));
    expect((await listActiveSessions(userId, id, at(1)))[0]!.lastSeenAt).toEqual(at(1));
  });

  it("lets an unattended page's background polls run out the idle timeout", async () => {
    const id = await signIn();
    for (let minute = 1; minute <= 29; minute += 1) expect((await checkSession(id, userId, at(minute), { activity: false })).ok).toBe(true);
    expect(await checkSession(id, userId, at(30.5), { activity: false })).toEqual({ ok: false, reason: "idle" });
  });

  it("follows IDLE_TIMEOUT_MINUTES", async () => {
    process.env.IDLE_TIMEOUT_MINUTES = "5";
    const id = await signIn();
    expect((await checkSession(id, userId, at(5))).ok).toBe(true);
    expect(await checkSession(id, userId, at(10.5))).toEqual({ ok: false, reason: "idle" });
    process.env.IDLE_TIMEOUT_MINUTES = "0";
    await expect(checkSession(await signIn(), userId, at(0))).rejects.toThrow(/IDLE_TIMEOUT_MINUTES/);
  });

  it("ends after 12 hours however busy the user is", async () => {
    const id = await signIn();
    for (let minute = 10; minute <= 720; minute += 10) expect((await checkSession(id, userId, at(minute))).ok).toBe(true);
    expect(await checkSession(id, userId, at(720.5))).toEqual({ ok: false, reason: "expired" });
  });

  it("a bumped session version ends every other session at once, keeping the one that asked", async () => {
    const mine = await signIn();
    const laptop = await signIn();
    const phone = await signIn();
    await endOtherSessions(userId, mine, "test", at(1));
    expect((await checkSession(mine, userId, at(2))).ok).toBe(true);
    expect((await checkSession(laptop, userId, at(2))).ok).toBe(false);
    expect((await checkSession(phone, userId, at(2))).ok).toBe(false);
    expect((await findUserById(userId))!.sessionVersion).toBe(2);
    // A session row from before the bump that somehow escaped revocation still fails on its version.
    const stale = await createSession({ id: userId, sessionVersion: 1 }, browser, at(2));
    expect(await checkSession(stale, userId, at(2))).toEqual({ ok: false, reason: "version" });
    expect((await listActiveSessions(userId, mine, at(2))).map((s) => s.id)).toEqual([mine]);

    await endOtherSessions(userId, null, "sign out everywhere", at(3));
    expect((await checkSession(mine, userId, at(3))).ok).toBe(false);
  });

  it("a password change ends the user's other sessions; an admin's ends all of them", async () => {
    const mine = await signIn();
    const other = await signIn();
    await changePassword(userId, "a-new-long-password", mine, at(1));
    expect((await checkSession(mine, userId, at(1))).ok).toBe(true);
    expect((await checkSession(other, userId, at(1))).ok).toBe(false);
    await changePassword(userId, "another-long-password", null, at(2));
    expect((await checkSession(mine, userId, at(2))).ok).toBe(false);
  });

  it("refuses a session id that belongs to another user", async () => {
    const id = await signIn();
    const intruder = (await createUser({ email: "intruder@example.test", password: "a-long-password-2", role: "admin" })).id;
    expect(await checkSession(id, intruder, at(1))).toEqual({ ok: false, reason: "unknown" });
  });

  it("counts open sessions in the user list", async () => {
    await signIn(new Date());
    await signIn(new Date());
    const row = (await listUsers()).find((u) => u.id === userId)!;
    expect(row).toMatchObject({ activeSessions: 2, mfaEnabled: false });
  });
});
