import { z } from "zod";
import { audit } from "@/lib/server/audit";
import { conflict, notFound } from "@/lib/server/http/errors";
import { readJson } from "@/lib/server/http/read-json";
import { withSession } from "@/lib/server/http/with-session";
import { findUserById, resetPassword } from "@/lib/server/users";
import { ZPassword } from "@/lib/setup-input";

const ZId = z.uuid("Unknown user");
const ZPasswordReset = z.strictObject({ password: ZPassword });

/**
 * An admin sets another user's password (the same rules as everywhere): every session of theirs
 * ends and wrong-password locks are lifted. The password is in no answer, log or audit record.
 */
export const PUT = withSession<{ id: string }>("admin", async (req, { params, user: actor }) => {
  const user = await findUserById(ZId.parse(params.id));
  if (!user) throw notFound("User");
  if (user.id === actor.id) throw conflict("Change your own password at Settings → Security, with your current one");
  const { password } = await readJson(req, ZPasswordReset);
  await resetPassword(user, password);
  await audit({ actor, action: "user.password_reset", target: user.email, details: { sessionsEnded: true, signInLocksLifted: true } });
  return new Response(null, { status: 204 });
});
