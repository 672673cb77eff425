import { z } from "zod";
import { audit } from "@/lib/server/audit";
import { endOtherSessions } from "@/lib/server/auth/sessions";
import { conflict, notFound } from "@/lib/server/http/errors";
import { withSession } from "@/lib/server/http/with-session";
import { findUserById } from "@/lib/server/users";

const ZId = z.uuid("Unknown user");

/** An admin signs a user out everywhere: every session of theirs ends at its next request. */
export const DELETE = withSession<{ id: string }>("admin", async (_req, { params, user: actor }) => {
  const user = await findUserById(ZId.parse(params.id));
  if (!user) throw notFound("User");
  if (user.id === actor.id) throw conflict("Sign out your own other sessions at Settings → Security");
  await endOtherSessions(user.id, null, "signed_out_by_admin");
  await audit({ actor, action: "user.sign_out_everywhere", target: user.email });
  return new Response(null, { status: 204 });
});
