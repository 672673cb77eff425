import { z } from "zod";
import { audit } from "@/lib/server/audit";
import { unlockAccount } from "@/lib/server/auth/sign-in-throttle";
import { notFound } from "@/lib/server/http/errors";
import { withSession } from "@/lib/server/http/with-session";
import { findUserById } from "@/lib/server/users";

const ZId = z.uuid("Unknown user");

/** An admin unlocks a user whom wrong passwords locked out: failures from every address are forgotten. */
export const DELETE = withSession<{ id: string }>("admin", async (_req, { params, user: actor }) => {
  const user = await findUserById(ZId.parse(params.id));
  if (!user) throw notFound("User");
  await unlockAccount(user.email);
  await audit({ actor, action: "user.unlock", target: user.email });
  return new Response(null, { status: 204 });
});
