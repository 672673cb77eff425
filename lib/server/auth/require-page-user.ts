import "server-only";
import { forbidden, redirect } from "next/navigation";
import { sessionState, type TSessionUser } from "./current-user";
import { hasRole, type TRole } from "@/lib/roles";

export const SECURITY_PAGE = "/settings/security";

/**
 * For server pages: signed-out visitors go to /login, too-low roles get the 403 page, and users
 * who must still enrol in MFA go to the security page (which passes `allowMfaEnrolment`).
 */
export async function requirePageUser(role: TRole = "viewer", path = "/", options: { allowMfaEnrolment?: boolean } = {}): Promise<TSessionUser> {
  const state = await sessionState();
  if (!state) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  if (state.mfaEnrolmentRequired && !options.allowMfaEnrolment) redirect(SECURITY_PAGE);
  if (!hasRole(state.user.role, role)) forbidden();
  return state.user;
}
