import { audit } from "@/lib/server/audit";
import { confirmPassword } from "@/lib/server/auth/confirm-password";
import { regenerateRecoveryCodes } from "@/lib/server/auth/mfa";
import { readJson } from "@/lib/server/http/read-json";
import { withSession } from "@/lib/server/http/with-session";
import { ZConfirmPassword } from "@/lib/account/schemas";

const ACTION = "account.recovery_codes_regenerate";

/** Ten new recovery codes in place of all the old ones, after the current password. */
export const POST = withSession("viewer", async (req, { user }) => {
  const { password } = await readJson(req, ZConfirmPassword);
  await confirmPassword(user, password, req, ACTION);
  const recoveryCodes = await regenerateRecoveryCodes(user.id);
  await audit({ actor: user, action: ACTION, target: user.email });
  return Response.json({ recoveryCodes }, { headers: { "cache-control": "no-store" } });
});
