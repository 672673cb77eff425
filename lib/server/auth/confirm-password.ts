import "server-only";
import { audit } from "../audit";
import { HttpError } from "../http/errors";
import { findUserById } from "../users";
import { clientOf } from "./client-address";
import type { TSessionUser } from "./current-user";
import { verifyPassword } from "./password";
import { beginAttempt, settleAttempt } from "./sign-in-throttle";

/**
 * Asks a signed-in user for their current password again before a sensitive change (turning MFA
 * off, new recovery codes, a new password). Wrong guesses count like failed sign-ins.
 */
export async function confirmPassword(user: TSessionUser, password: string, req: Request, action: string): Promise<void> {
  const client = clientOf(req.headers);
  const attempt = await beginAttempt({ account: user.email, ip: client.ip });
  if (!attempt.allowed) {
    await audit({ actor: user, action, target: user.email, outcome: "denied", ip: client.ip, details: { reason: "too many attempts" } });
    throw new HttpError(429, "too_many_attempts", "Too many attempts, try again later");
  }
  const stored = await findUserById(user.id);
  if (!stored || !(await verifyPassword(password, stored.passwordHash))) {
    await settleAttempt(attempt, "failed");
    await audit({ actor: user, action, target: user.email, outcome: "failed", ip: client.ip, details: { reason: "wrong current password" } });
    throw new HttpError(400, "wrong_password", "The current password is not right", { currentPassword: ["The current password is not right"] });
  }
  await settleAttempt(attempt, "succeeded");
}
