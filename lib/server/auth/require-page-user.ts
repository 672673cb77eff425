import "server-only";
import { forbidden, redirect } from "next/navigation";
import { currentUser, type TSessionUser } from "./current-user";
import { hasRole, type TRole } from "@/lib/roles";

/** For server pages: signed-out visitors go to /login, too-low roles get the 403 page. */
export async function requirePageUser(role: TRole = "viewer", path = "/"): Promise<TSessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  if (!hasRole(user.role, role)) forbidden();
  return user;
}
