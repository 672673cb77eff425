import { audit } from "@/lib/server/audit";
import { confirmPassword } from "@/lib/server/auth/confirm-password";
import { removeMfa } from "@/lib/server/auth/mfa";
import { getSecuritySettings } from "@/lib/server/auth/security-settings";
import { conflict } from "@/lib/server/http/errors";
import { readJson } from "@/lib/server/http/read-json";
import { withSession } from "@/lib/server/http/with-session";
import { ZConfirmPassword } from "@/lib/account/schemas";

const ACTION = "account.mfa_disable";

/** Turns the user's own MFA off after the current password; their other sessions end. */
export const POST = withSession("viewer", async (req, { user }) => {
  const { password } = await readJson(req, ZConfirmPassword);
  if ((await getSecuritySettings()).requireMfa) throw conflict("An admin requires two-factor authentication for every user, so it cannot be turned off");
  await confirmPassword(user, password, req, ACTION);
  await removeMfa(user.id, user.sessionId ?? null, "mfa_disabled");
  await audit({ actor: user, action: ACTION, target: user.email });
  return new Response(null, { status: 204 });
});
