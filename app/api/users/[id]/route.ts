import { z } from "zod";
import { audit } from "@/lib/server/audit";
import { conflict, notFound } from "@/lib/server/http/errors";
import { readJson } from "@/lib/server/http/read-json";
import { withSession } from "@/lib/server/http/with-session";
import { countAdmins, deleteUser, findUserById, updateUser } from "@/lib/server/users";
import { ZRole } from "@/lib/roles";
import { ZPassword } from "@/lib/setup-input";

type TParams = { id: string };
const ZUserPatch = z.object({ name: z.string().trim().max(100).optional(), role: ZRole.optional(), password: ZPassword.optional() });
const ZId = z.uuid("Unknown user");

async function loadUser(id: string) {
  const user = await findUserById(ZId.parse(id));
  if (!user) throw notFound("User");
  return user;
}

export const PATCH = withSession<TParams>("admin", async (req, { params, user: actor }) => {
  const patch = await readJson(req, ZUserPatch);
  const user = await loadUser(params.id);
  if (user.role === "admin" && patch.role && patch.role !== "admin" && (await countAdmins()) <= 1) {
    throw conflict("The console needs at least one admin");
  }
  const updated = await updateUser(user.id, patch);
  await audit({ actor, action: "user.update", target: user.email, details: { role: patch.role, passwordChanged: Boolean(patch.password) } });
  return Response.json({ user: updated });
});

export const DELETE = withSession<TParams>("admin", async (_req, { params, user: actor }) => {
  const user = await loadUser(params.id);
  if (user.id === actor.id) throw conflict("You cannot delete your own account");
  if (user.role === "admin" && (await countAdmins()) <= 1) throw conflict("The console needs at least one admin");
  await deleteUser(user.id);
  await audit({ actor, action: "user.delete", target: user.email });
  return new Response(null, { status: 204 });
});
