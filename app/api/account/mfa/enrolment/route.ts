import { audit } from "@/lib/server/audit";
import { startMfaEnrolment } from "@/lib/server/auth/mfa";
import { allowDuringMfaEnrolment } from "@/lib/server/auth/mfa-enrolment-scope";
import { withSession } from "@/lib/server/http/with-session";
import type { TMfaEnrolmentView } from "@/lib/account/schemas";

/** A new TOTP secret for the user's own authenticator app; MFA stays off until a code confirms it. */
export const POST = allowDuringMfaEnrolment(
  withSession("viewer", async (_req, { user }) => {
    const enrolment: TMfaEnrolmentView = await startMfaEnrolment(user.id);
    await audit({ actor: user, action: "account.mfa_setup_start", target: user.email });
    return Response.json(enrolment, { headers: { "cache-control": "no-store" } });
  }),
);
