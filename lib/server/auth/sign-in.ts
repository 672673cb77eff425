import "server-only";
import { z } from "zod";
import { audit } from "../audit";
import { findUserByEmail, normaliseEmail } from "../users";
import type { TClient } from "./client-address";
import { verifySignInCode } from "./mfa";
import { dummyPasswordHash, verifyPassword } from "./password";
import { countUnusedRecoveryCodes, spendRecoveryCode } from "./recovery-codes";
import { createSession } from "./sessions";
import { beginAttempt, settleAttempt } from "./sign-in-throttle";
import type { TRole } from "@/lib/roles";

const optionalCode = z.string().trim().max(64).optional().transform((value) => value || undefined);
const ZSignIn = z.object({
  email: z.string().trim().email().max(254),
  password: z.string().min(1).max(1024),
  code: optionalCode,
  recoveryCode: optionalCode,
});

export type TSignedIn = { id: string; email: string; name: string; role: TRole; sessionId: string };
export type TSignInResult =
  | { outcome: "signed_in"; user: TSignedIn }
  /** The password is right and the account has MFA: ask for a code, then send everything again. */
  | { outcome: "code_required" }
  /** The form shows only "Invalid credentials", whatever the reason; the audit trail has it. */
  | { outcome: "refused" };

type TFailure = "invalid credentials" | "wrong code" | "wrong recovery code" | "too many attempts";

const refuse = async (target: string, client: TClient, reason: TFailure): Promise<TSignInResult> => {
  await audit({ actor: null, action: "auth.sign_in", target, outcome: reason === "too many attempts" ? "denied" : "failed", ip: client.ip, details: { reason } });
  return { outcome: "refused" };
};

/**
 * Email and password, then the TOTP or a recovery code when the account has MFA. Every attempt is
 * throttled per account and per address before the password is checked.
 */
export async function signIn(credentials: Record<string, unknown>, client: TClient, now = new Date()): Promise<TSignInResult> {
  const parsed = ZSignIn.safeParse(credentials);
  if (!parsed.success) return refuse(String(credentials.email ?? "").slice(0, 254), client, "invalid credentials");
  const { password, code, recoveryCode } = parsed.data;
  const email = normaliseEmail(parsed.data.email);

  const attempt = await beginAttempt({ account: email, ip: client.ip }, now);
  if (!attempt.allowed) return refuse(email, client, "too many attempts");

  const user = await findUserByEmail(email);
  // Verify against a dummy hash when there is no such user, so timing does not reveal accounts.
  const passwordOk = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
  if (!user || !passwordOk) {
    await settleAttempt(attempt, "failed", now);
    return refuse(email, client, "invalid credentials");
  }

  let method: "password" | "totp" | "recovery_code" = "password";
  if (user.mfaEnabledAt) {
    if (!code && !recoveryCode) {
      await settleAttempt(attempt, "not_counted", now);
      return { outcome: "code_required" };
    }
    method = code ? "totp" : "recovery_code";
    const codeOk = code ? await verifySignInCode(user, code, now) : await spendRecoveryCode(user.id, recoveryCode!, now);
    if (!codeOk) {
      await settleAttempt(attempt, "failed", now);
      return refuse(email, client, code ? "wrong code" : "wrong recovery code");
    }
  }

  await settleAttempt(attempt, "succeeded", now);
  const sessionId = await createSession(user, client, now);
  const details: Record<string, unknown> = { mfa: method };
  if (method === "recovery_code") details.recoveryCodesLeft = await countUnusedRecoveryCodes(user.id);
  await audit({ actor: { id: user.id, email: user.email }, action: "auth.sign_in", target: user.email, ip: client.ip, details });
  return { outcome: "signed_in", user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionId } };
}
