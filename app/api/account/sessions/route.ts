import { audit } from "@/lib/server/audit";
import { allowDuringMfaEnrolment } from "@/lib/server/auth/mfa-enrolment-scope";
import { endOtherSessions, listActiveSessions } from "@/lib/server/auth/sessions";
import { withSession } from "@/lib/server/http/with-session";

/** The user's own open sessions, this browser's marked `current`. */
export const GET = allowDuringMfaEnrolment(
  withSession("viewer", async (_req, { user }) => Response.json({ sessions: await listActiveSessions(user.id, user.sessionId ?? null) })),
);

/** Signs the user out of every other browser. */
export const DELETE = allowDuringMfaEnrolment(
  withSession("viewer", async (_req, { user }) => {
    await endOtherSessions(user.id, user.sessionId ?? null, "signed_out_elsewhere");
    await audit({ actor: user, action: "account.sessions_end", target: user.email, details: { which: "all others" } });
    return new Response(null, { status: 204 });
  }),
);
