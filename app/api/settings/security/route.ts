import { audit } from "@/lib/server/audit";
import { getSecuritySettings, saveSecuritySettings } from "@/lib/server/auth/security-settings";
import { conflict } from "@/lib/server/http/errors";
import { readJson } from "@/lib/server/http/read-json";
import { withSession } from "@/lib/server/http/with-session";
import { findUserById } from "@/lib/server/users";
import { ZSecuritySettings } from "@/lib/account/schemas";

export const GET = withSession("admin", async () => Response.json(await getSecuritySettings()));

/** Require MFA for every user: those without it are sent to enrol at their next page. */
export const PUT = withSession("admin", async (req, { user }) => {
  const input = await readJson(req, ZSecuritySettings);
  // An admin without MFA who required it would lock themselves out of this very switch.
  if (input.requireMfa && !(await findUserById(user.id))?.mfaEnabledAt) {
    throw conflict("Turn on two-factor authentication for your own account first, at Settings → Security");
  }
  const before = await getSecuritySettings();
  const saved = await saveSecuritySettings(input);
  await audit({ actor: user, action: "settings.security_update", details: { requireMfa: { from: before.requireMfa, to: saved.requireMfa } } });
  return Response.json(saved);
});
