import { sql } from "drizzle-orm";
import { generateSync } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAudit } from "../audit";
import { useDatabaseForTests } from "../db/client";
import type { TDatabase } from "../db/open-database";
import { testDatabases } from "../db/test-databases";
import { createUser, findUserById } from "../users";
import { activateMfa, mfaStatus, regenerateRecoveryCodes, removeMfa, startMfaEnrolment } from "./mfa";
import { checkSession, createSession } from "./sessions";
import { signIn } from "./sign-in";

const browser = { ip: "198.51.100.4", userAgent: "test" };
const t0 = new Date("2026-04-01T09:00:05Z");
const step0 = Math.floor(t0.getTime() / 30_000);
const atStep = (step: number) => new Date(step * 30_000 + 5_000);
const codeAt = (secret: string, step: number) => generateSync({ secret, epoch: step * 30 });

describe.each(testDatabases())("console sign-in with MFA on $name", ({ open }) => {
  let database: TDatabase;
  beforeAll(async () => {
    process.env.ENCRYPTION_KEY = Buffer.alloc(32, 9).toString("base64");
    database = await open();
    useDatabaseForTests(database);
  });
  afterAll(async () => {
    useDatabaseForTests(undefined);
    await database.close();
  });

  async function enrolledUser(email: string) {
    const password = "a-long-password-for-mfa";
    const user = await createUser({ email, password, role: "operator" });
    const session = await createSession({ id: user.id, sessionVersion: 1 }, browser, t0);
    const { secret, otpauthUrl } = await startMfaEnrolment(user.id);
    expect(otpauthUrl).toContain(`secret=${secret}`);
    expect(await activateMfa(user.id, "000000", session, t0)).toBeNull();
    const recoveryCodes = (await activateMfa(user.id, codeAt(secret, step0), session, t0))!;
    return { user, password, secret, recoveryCodes, session };
  }

  it("asks for a code after the right password, accepts a code once, and refuses a replay", async () => {
    const { user, password, secret } = await enrolledUser("mfa-one@example.test");
    expect(await signIn({ email: user.email, password }, browser, atStep(step0 + 1))).toEqual({ outcome: "code_required" });
    expect(await signIn({ email: user.email, password: "wrong-password" }, browser, atStep(step0 + 1))).toEqual({ outcome: "refused" });
    // The activation used step0: its code is spent.
    expect(await signIn({ email: user.email, password, code: codeAt(secret, step0) }, browser, atStep(step0))).toEqual({ outcome: "refused" });

    const code = codeAt(secret, step0 + 1);
    const ok = await signIn({ email: user.email, password, code }, browser, atStep(step0 + 1));
    expect(ok).toMatchObject({ outcome: "signed_in", user: { id: user.id, role: "operator" } });
    expect(await signIn({ email: user.email, password, code }, browser, atStep(step0 + 1))).toEqual({ outcome: "refused" });
    // One step of drift either way is fine, as long as it is a later step than the last one used.
    expect(await signIn({ email: user.email, password, code: codeAt(secret, step0 + 3) }, browser, atStep(step0 + 2))).toMatchObject({ outcome: "signed_in" });
    expect(await signIn({ email: user.email, password, code: codeAt(secret, step0 + 2) }, browser, atStep(step0 + 2))).toEqual({ outcome: "refused" });
  });

  it("accepts each recovery code once, in any case and spacing", async () => {
    const { user, password, recoveryCodes } = await enrolledUser("mfa-two@example.test");
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const [first, second] = recoveryCodes as [string, string];
    expect((await signIn({ email: user.email, password, recoveryCode: first }, browser, t0)).outcome).toBe("signed_in");
    expect((await signIn({ email: user.email, password, recoveryCode: first }, browser, t0)).outcome).toBe("refused");
    expect((await signIn({ email: user.email, password, recoveryCode: ` ${second.toUpperCase().replace("-", " ")} ` }, browser, t0)).outcome).toBe("signed_in");
    expect((await mfaStatus(user.id)).recoveryCodesLeft).toBe(8);

    const fresh = await regenerateRecoveryCodes(user.id);
    expect((await signIn({ email: user.email, password, recoveryCode: recoveryCodes[2]! }, browser, t0)).outcome).toBe("refused");
    expect((await signIn({ email: user.email, password, recoveryCode: fresh[0]! }, browser, t0)).outcome).toBe("signed_in");
  });

  it("keeps the secret encrypted and the recovery codes hashed, and audits no code", async () => {
    const { user, secret, recoveryCodes } = await enrolledUser("mfa-three@example.test");
    const stored = await findUserById(user.id);
    expect(stored!.mfaSecret).toMatch(/^v1\./);
    const dump = JSON.stringify(await database.db.execute(sql`select u.*, r.hash from users u left join recovery_codes r on r.user_id = u.id`));
    expect(dump).not.toContain(secret);
    for (const code of recoveryCodes) expect(dump).not.toContain(code.replace("-", ""));
    const trail = JSON.stringify(await listAudit({ limit: 500 }));
    expect(trail).not.toContain(secret);
    for (const code of recoveryCodes) expect(trail).not.toContain(code);
  });

  it("turning MFA on ends the user's other sessions; removing it ends them all but the one kept", async () => {
    const { user, session } = await enrolledUser("mfa-four@example.test");
    const other = await createSession((await findUserById(user.id))!, browser, t0);
    expect((await checkSession(session, user.id, t0)).ok).toBe(true);
    await removeMfa(user.id, session, "mfa_disabled", t0);
    expect((await checkSession(session, user.id, t0)).ok).toBe(true);
    expect((await checkSession(other, user.id, t0)).ok).toBe(false);
    expect(await mfaStatus(user.id)).toEqual({ enabled: false, enabledAt: null, recoveryCodesLeft: 0 });
    expect((await signIn({ email: user.email, password: "a-long-password-for-mfa" }, browser, t0)).outcome).toBe("signed_in");
  });

  it("after five failures refuses even the right password and code, and says why only in the audit trail", async () => {
    const { user, password, secret } = await enrolledUser("mfa-five@example.test");
    for (let i = 0; i < 3; i++) expect((await signIn({ email: user.email, password: `wrong-${i}` }, browser, t0)).outcome).toBe("refused");
    expect((await signIn({ email: user.email, password, code: "123456" }, browser, t0)).outcome).toBe("refused");
    expect((await signIn({ email: user.email, password, recoveryCode: "aaaaa-aaaaa" }, browser, t0)).outcome).toBe("refused");
    const right = await signIn({ email: user.email, password, code: codeAt(secret, step0 + 1) }, browser, atStep(step0 + 1));
    expect(right).toEqual({ outcome: "refused" });
    const reasons = (await listAudit({ action: "auth.sign_in", q: user.email, limit: 10 })).map((e) => `${e.outcome}:${String(e.details.reason)}`);
    expect(reasons.slice(0, 6)).toEqual([
      "denied:too many attempts", "failed:wrong recovery code", "failed:wrong code",
      "failed:invalid credentials", "failed:invalid credentials", "failed:invalid credentials",
    ]);
  });

  it("refuses an unknown account and a malformed request the same way", async () => {
    expect(await signIn({ email: "nobody@example.test", password: "whatever-it-is" }, browser, t0)).toEqual({ outcome: "refused" });
    expect(await signIn({ email: "not an email", password: "" }, browser, t0)).toEqual({ outcome: "refused" });
    expect(await signIn({}, browser, t0)).toEqual({ outcome: "refused" });
  });
});
