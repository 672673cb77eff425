import { audit } from "@/lib/server/audit";
import { confirmPassword } from "@/lib/server/auth/confirm-password";
import { allowDuringMfaEnrolment } from "@/lib/server/auth/mfa-enrolment-scope";
import { readJson } from "@/lib/server/http/read-json";
import { withSession } from "@/lib/server/http/with-session";
import { changePassword } from "@/lib/server/users";
import { ZChangePassword } from "@/lib/account/schemas";

const ACTION = "account.password_change";

/** A new password after the current one; every other session of the user ends. */
export const POST = allowDuringMfaEnrolment(
  withSession("viewer", async (req, { user }) => {
    const { currentPassword, newPassword } = await readJson(req, ZChangePassword);
    await confirmPassword(user, currentPassword, req, ACTION);
    await changePassword(user.id, newPassword, user.sessionId ?? null);
    await audit({ actor: user, action: ACTION, target: user.email });
    return new Response(null, { status: 204 });
  }),
);
