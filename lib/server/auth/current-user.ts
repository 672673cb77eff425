import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { cache } from "react";
import { HttpError } from "../http/errors";
import { mfaEnrolmentAllowed } from "./mfa-enrolment-scope";
import { authOptions } from "./options";
import { getSecuritySettings } from "./security-settings";
import { checkSession } from "./sessions";
import type { TRole } from "@/lib/roles";
import { BACKGROUND_HEADER } from "@/lib/user-activity";

/** sessionId: the user_sessions row of this browser (absent only in users made up by tests). */
export type TSessionUser = { id: string; email: string; name: string; role: TRole; sessionId?: string };
/** mfaEnrolmentRequired: the console requires MFA and this user has none yet. */
export type TSessionState = { user: TSessionUser; mfaEnrolmentRequired: boolean };

/**
 * The signed-in user, re-read from the database on every request so a deleted user, a changed
 * role, a revoked session, a bumped session version or an idle timeout applies at once.
 */
export const sessionState = cache(async (): Promise<TSessionState | null> => {
  const session = await getServerSession(authOptions());
  const userId = session?.user?.id;
  const sessionId = session?.sessionId;
  if (!userId || !sessionId) return null;
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
