import { z } from "zod";
import { audit } from "@/lib/server/audit";
import { removeMfa } from "@/lib/server/auth/mfa";
import { conflict, notFound } from "@/lib/server/http/errors";
import { withSession } from "@/lib/server/http/with-session";
import { findUserById } from "@/lib/server/users";

const ZId = z.uuid("Unknown user");

/** An admin resets a user's MFA (a lost phone): secret and recovery codes go, every session ends. */
export const DELETE = withSession<{ id: string }>("admin", async (_req, { params, user: actor }) => {
  const user = await findUserById(ZId.parse(params.id));
  if (!user) throw notFound("User");
  if (user.id === actor.id) throw conflict("Turn off your own two-factor authentication at Settings → Security");
  await removeMfa(user.id, null, "mfa_reset");
  await audit({ actor, action: "user.mfa_reset", target: user.email, details: { hadMfa: Boolean(user.mfaEnabledAt) } });
  return new Response(null, { status: 204 });
});
