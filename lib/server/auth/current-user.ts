import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { HttpError } from "../http/errors";
import { mfaEnrolmentAllowed } from "./mfa-enrolment-scope";
import { instanceSecret } from "../instance-secret";
import { getSecuritySettings } from "./security-settings";
import { sessionClaims } from "./session-token";
import { checkSession } from "./sessions";
import type { TRole } from "@/lib/roles";
import { BACKGROUND_HEADER } from "@/lib/user-activity";

/** sessionId: the user_sessions row of this browser (absent only in users made up by tests). */
export type TSessionUser = { id: string; email: string; name: string; role: TRole; sessionId?: string };
/** mfaEnrolmentRequired: the console requires MFA and this user has none yet. */
export type TSessionState = { user: TSessionUser; mfaEnrolmentRequired: boolean };

/**
 * The signed-in user: the session cookie (decoded once, see session-token.ts), then its session
 * and user as every instance knows them (checkSession: a deleted user, a changed role, a revoked
 * session, a bumped session version or an idle timeout applies at once, SESSION_COPY_MS at most).
 */
export const sessionState = cache(async (): Promise<TSessionState | null> => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const claims = await sessionClaims(cookieStore.getAll(), headerList.get("x-forwarded-proto"), instanceSecret("NEXTAUTH_SECRET"));
  if (!claims) return null;
  const { userId, sessionId } = claims;
  const check = await checkSession(sessionId, userId, new Date(), { activity: !(await isBackgroundPoll()) });
  if (!check.ok) return null;
  const { user } = check;
  const mfaEnrolmentRequired = !user.mfaEnabledAt && (await getSecuritySettings()).requireMfa;
  return { user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionId }, mfaEnrolmentRequired };
});

/** A browser's auto-refresh after a quiet minute (lib/user-activity): it does not count as activity. */
async function isBackgroundPoll(): Promise<boolean> {
  try {
    return (await headers()).get(BACKGROUND_HEADER) === "1";
  } catch {
    return false; // outside a request (scripts, tests)
  }
}

export const mfaEnrolmentRequiredError = () =>
  new HttpError(403, "mfa_enrolment_required", "Set up two-factor authentication first, at Settings → Security");

/** For route handlers: the user, or null when signed out; throws 403 while they must enrol in MFA. */
export async function currentUser(): Promise<TSessionUser | null> {
  const state = await sessionState();
  if (!state) return null;
  if (state.mfaEnrolmentRequired && !mfaEnrolmentAllowed()) throw mfaEnrolmentRequiredError();
  return state.user;
}
