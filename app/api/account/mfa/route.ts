import { allowDuringMfaEnrolment } from "@/lib/server/auth/mfa-enrolment-scope";
import { mfaStatus } from "@/lib/server/auth/mfa";
import { getSecuritySettings } from "@/lib/server/auth/security-settings";
import { withSession } from "@/lib/server/http/with-session";
import type { TMfaStatusView } from "@/lib/account/schemas";

/** The signed-in user's own MFA: on or off, recovery codes left, and whether the console requires it. */
export const GET = allowDuringMfaEnrolment(
  withSession("viewer", async (_req, { user }) => {
    const [status, settings] = await Promise.all([mfaStatus(user.id), getSecuritySettings()]);
    const view: TMfaStatusView = { ...status, enabledAt: status.enabledAt?.toISOString() ?? null, required: settings.requireMfa };
    return Response.json(view);
  }),
);
