import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { TRole } from "@/lib/roles";
import { checkSession, createSession } from "@/lib/server/auth/sessions";
import { signIn } from "@/lib/server/auth/sign-in";
import { auditEvents, users } from "@/lib/server/db/schema";
import { suiteDatabase, testDatabases } from "@/lib/server/db/test-databases";
import { createUser, findUserById } from "@/lib/server/users";
import { GET as listUsersRoute } from "../route";
import { PUT as resetPassword } from "./password/route";
import { PATCH } from "./route";

const ADMIN_ID = "00000000-0000-4000-8000-00000000000c";
const { signedIn } = vi.hoisted(() => ({ signedIn: { role: null as TRole | null } }));
vi.mock("@/lib/server/auth/current-user", () => ({
  currentUser: async () =>
    signedIn.role ? { id: signedIn.role === "admin" ? "00000000-0000-4000-8000-00000000000c" : "00000000-0000-4000-8000-0000000000aa", email: `${signedIn.role}@patchbay.test`, name: signedIn.role, role: signedIn.role } : null,
}));

const ORIGIN = "http://console.test";
const as = (role: TRole | null) => (signedIn.role = role);
const context = (id: string) => ({ params: Promise.resolve({ id }) });
const send = (path: string, method: string, body: unknown, origin = ORIGIN) =>
  new NextRequest(`${ORIGIN}${path}`, { method, body: typeof body === "string" ? body : JSON.stringify(body), headers: { "content-type": "application/json", origin, host: "console.test" } });
const answer = async (response: Response) => ({ status: response.status, body: response.status === 204 ? null : ((await response.json()) as { message?: string; fieldErrors?: Record<string, string[]>; user?: { name: string; role: TRole } }) });
const patch = async (id: string, body: unknown, origin?: string) => answer(await PATCH(send(`/api/users/${id}`, "PATCH", body, origin), context(id)));
const reset = async (id: string, body: unknown, origin?: string) => answer(await resetPassword(send(`/api/users/${id}/password`, "PUT", body, origin), context(id)));
const browser = { ip: "192.0.2.10", userAgent: "test" };

describe.each(testDatabases())("the users routes on $name", ({ open }) => {
  const database = suiteDatabase(open);
  const newUser = (role: TRole, password = "an-initial-password-1") => createUser({ email: `${role}-${Math.random().toString(36).slice(2, 8)}@patchbay.test`, name: "", password, role });
  const trail = async (action: string) => database().db.select().from(auditEvents).where(eq(auditEvents.action, action));

  beforeAll(async () => {
    // The signed-in admin is a real user, so "yourself" and "the last admin" are about them.
    await database().db.insert(users).values({ id: ADMIN_ID, email: "admin@patchbay.test", name: "Ada", role: "admin", passwordHash: "x" });
  });

  it("answers only a signed-in admin, from the console's own origin", async () => {
    const viewer = await newUser("viewer");
    as(null);
    expect((await patch(viewer.id, { name: "Vic" })).status).toBe(401);
    expect((await reset(viewer.id, { password: "a-new-password-123" })).status).toBe(401);
    for (const role of ["viewer", "operator"] as const) {
      as(role);
      expect((await patch(viewer.id, { name: "Vic" })).status).toBe(403);
      expect((await reset(viewer.id, { password: "a-new-password-123" })).status).toBe(403);
      expect((await listUsersRoute(new NextRequest(`${ORIGIN}/api/users`), { params: Promise.resolve({}) })).status).toBe(403);
    }
    as("admin");
    expect((await patch(viewer.id, { name: "Vic" }, "https://elsewhere.example")).status).toBe(403);
    expect((await reset(viewer.id, { password: "a-new-password-123" }, "https://elsewhere.example")).status).toBe(403);
    expect((await findUserById(viewer.id))!.name).toBe("");
  });

  it("renames a user, trimmed, and records the old and new name", async () => {
    as("admin");
    const viewer = await newUser("viewer");
    const renamed = await patch(viewer.id, { name: "  Vic Viewer " });
    expect(renamed).toMatchObject({ status: 200, body: { user: { name: "Vic Viewer", role: "viewer" } } });
    const [event] = (await trail("user.rename")).filter((e) => e.target === viewer.email);
    expect(event).toMatchObject({ actorEmail: "admin@patchbay.test", outcome: "ok", details: { name: { from: "", to: "Vic Viewer" } } });
    // The same name again is no change and no event.
    await patch(viewer.id, { name: "Vic Viewer" });
    expect((await trail("user.rename")).filter((e) => e.target === viewer.email)).toHaveLength(1);
  });

  it("refuses what it cannot take with a 4xx that says why", async () => {
    as("admin");
    const viewer = await newUser("viewer");
    expect(await patch(viewer.id, { name: "x".repeat(101) })).toMatchObject({ status: 400, body: { message: "name: Use at most 100 characters" } });
    expect(await patch(viewer.id, { role: "root" })).toMatchObject({ status: 400 });
    expect(await patch(viewer.id, {})).toMatchObject({ status: 400, body: { message: "Send a name or a role" } });
    // A password is not set through PATCH any more (no current-password check, no "not yourself" rule there).
    expect(await patch(viewer.id, { password: "a-new-password-123" })).toMatchObject({ status: 400, body: { message: 'Unknown field "password": send a name or a role' } });
    expect((await patch(viewer.id, "not json")).status).toBe(400);
    expect((await patch("not-a-uuid", { name: "x" })).status).toBe(400);
    expect((await patch("00000000-0000-4000-8000-000000000999", { name: "x" })).status).toBe(404);
    expect(await reset(viewer.id, { password: "short" })).toMatchObject({ status: 400, body: { message: "password: Use at least 12 characters" } });
    expect((await reset(viewer.id, { password: "x".repeat(201) })).status).toBe(400);
    expect((await reset(viewer.id, {})).status).toBe(400);
    expect((await reset(viewer.id, { password: "a-new-password-123", mustChange: true })).status).toBe(400);
    expect((await reset("00000000-0000-4000-8000-000000000999", { password: "a-new-password-123" })).status).toBe(404);
    expect(await trail("user.password_reset")).toEqual([]);
  });

  it("changes a role and records from what to what; the last admin cannot be demoted", async () => {
    as("admin");
    const viewer = await newUser("viewer");
    expect(await patch(viewer.id, { role: "admin" })).toMatchObject({ status: 200, body: { user: { role: "admin" } } });
    const [promotion] = (await trail("user.role")).filter((e) => e.target === viewer.email);
    expect(promotion).toMatchObject({ actorEmail: "admin@patchbay.test", details: { role: { from: "viewer", to: "admin" } } });
    // Two admins: either may go. Then the one left may not.
    expect((await patch(viewer.id, { role: "operator" })).status).toBe(200);
    expect(await patch(ADMIN_ID, { role: "viewer" })).toMatchObject({ status: 409, body: { message: "The console needs at least one admin: make someone else an admin first" } });
    expect((await findUserById(ADMIN_ID))!.role).toBe("admin");
    expect((await trail("user.role")).filter((e) => e.target === "admin@patchbay.test")).toEqual([]);
  });

  it("lets only one of two admins demoting each other at once succeed", async () => {
    as("admin");
    const other = await newUser("admin");
    const results = await Promise.all([patch(other.id, { role: "viewer" }), patch(ADMIN_ID, { role: "viewer" })]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const admins = await database().db.select().from(users).where(eq(users.role, "admin"));
    expect(admins).toHaveLength(1);
    // Put things back for the tests after this one.
    if (admins[0]!.id !== ADMIN_ID) {
      await database().db.update(users).set({ role: "admin" }).where(eq(users.id, ADMIN_ID));
      await database().db.update(users).set({ role: "viewer" }).where(eq(users.id, other.id));
    }
  });

  it("resets another user's password: their sessions end, the new password signs in, the old does not, and no password is recorded", async () => {
    as("admin");
    const password = "the-old-password-1";
    const operator = await newUser("operator", password);
    const signedInBefore = await signIn({ email: operator.email, password }, browser);
    expect(signedInBefore.outcome).toBe("signed_in");
    const session = signedInBefore.outcome === "signed_in" ? signedInBefore.user.sessionId : "";
    const other = await createSession((await findUserById(operator.id))!, browser);

    const fresh = "the-fresh-password-42";
    expect(await reset(operator.id, { password: fresh })).toEqual({ status: 204, body: null });
    expect(await checkSession(session, operator.id)).toEqual({ ok: false, reason: "revoked" });
    expect(await checkSession(other, operator.id)).toEqual({ ok: false, reason: "revoked" });
    expect((await signIn({ email: operator.email, password }, browser)).outcome).toBe("refused");
    expect((await signIn({ email: operator.email, password: fresh }, browser)).outcome).toBe("signed_in");

    const [event] = (await trail("user.password_reset")).filter((e) => e.target === operator.email);
    expect(event).toMatchObject({ actorEmail: "admin@patchbay.test", outcome: "ok", details: { sessionsEnded: true } });
    const everything = JSON.stringify(await database().db.select().from(auditEvents));
    expect(everything).not.toContain(fresh);
    expect(everything).not.toContain(password);
  });

  it("does not reset the admin's own password this way", async () => {
    as("admin");
    expect(await reset(ADMIN_ID, { password: "a-new-password-123" })).toMatchObject({ status: 409, body: { message: "Change your own password at Settings → Security, with your current one" } });
  });

  it("lists when each user last signed in, and null for one who never has", async () => {
    as("admin");
    const password = "sign-in-password-1";
    const early = await newUser("viewer", password);
    const never = await newUser("viewer");
    expect((await signIn({ email: early.email, password }, browser, new Date("2026-01-02T10:00:00Z"))).outcome).toBe("signed_in");
    expect((await signIn({ email: early.email, password: "wrong-password-000" }, browser, new Date("2026-01-03T10:00:00Z"))).outcome).toBe("refused");
    const response = await listUsersRoute(new NextRequest(`${ORIGIN}/api/users`), { params: Promise.resolve({}) });
    const body = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(200);
    const { users: listed } = body as { users: { id: string; lastSignInAt: string | null }[] };
    const lastOf = (id: string) => listed.find((user) => user.id === id)!.lastSignInAt;
    // The audit event's own time (the insert's), not the refused attempt after it.
    expect(lastOf(early.id)).not.toBeNull();
    expect(lastOf(never.id)).toBeNull();
  });
});
