import { z } from "zod";
import { audit } from "@/lib/server/audit";
import { allowDuringMfaEnrolment } from "@/lib/server/auth/mfa-enrolment-scope";
import { listActiveSessions, revokeSession } from "@/lib/server/auth/sessions";
import { conflict, notFound } from "@/lib/server/http/errors";
import { withSession } from "@/lib/server/http/with-session";

const ZId = z.uuid("Unknown session");

/** Signs the user out of one of their other browsers. */
export const DELETE = allowDuringMfaEnrolment(
  withSession<{ id: string }>("viewer", async (_req, { params, user }) => {
    const id = ZId.parse(params.id);
    const session = (await listActiveSessions(user.id, user.sessionId ?? null)).find((s) => s.id === id);
    if (!session) throw notFound("Session");
    if (session.current) throw conflict("This is the session you are using: sign out instead");
    await revokeSession(id, "signed_out_elsewhere");
    await audit({ actor: user, action: "account.sessions_end", target: user.email, details: { which: "one", ip: session.ip } });
    return new Response(null, { status: 204 });
  }),
);
