import { z } from "zod";
import { audit } from "@/lib/server/audit";
import { conflict, notFound } from "@/lib/server/http/errors";
import { readJson } from "@/lib/server/http/read-json";
import { withSession } from "@/lib/server/http/with-session";
import { changeRole, countAdmins, deleteUser, findUserById, renameUser, toUserView } from "@/lib/server/users";
import { ZRole } from "@/lib/roles";

type TParams = { id: string };
const ZUserPatch = z
  .strictObject(
    { name: z.string().trim().max(100, "Use at most 100 characters").optional(), role: ZRole.optional() },
    // A password is not changed here: an admin resets it at /api/users/<id>/password, a user at Settings → Security.
    { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown field ${issue.keys.map((key) => `"${key}"`).join(", ")}: send a name or a role` : undefined) },
  )
  .refine((patch) => patch.name !== undefined || patch.role !== undefined, "Send a name or a role");
const ZId = z.uuid("Unknown user");

async function loadUser(id: string) {
  const user = await findUserById(ZId.parse(id));
  if (!user) throw notFound("User");
  return user;
}

/** A user's display name and role; each change is its own audit event, naming what it was before. */
export const PATCH = withSession<TParams>("admin", async (req, { params, user: actor }) => {
  const patch = await readJson(req, ZUserPatch);
  const user = await loadUser(params.id);
  if (patch.role !== undefined && patch.role !== user.role) {
    const change = await changeRole(user.id, patch.role);
    if (change.outcome === "not_found") throw notFound("User");
    if (change.outcome === "last_admin") throw conflict("The console needs at least one admin: make someone else an admin first");
    await audit({ actor, action: "user.role", target: user.email, details: { role: { from: change.from, to: patch.role } } });
  }
  if (patch.name !== undefined && patch.name !== user.name) {
    await renameUser(user.id, patch.name);
    await audit({ actor, action: "user.rename", target: user.email, details: { name: { from: user.name, to: patch.name } } });
  }
  return Response.json({ user: toUserView(await loadUser(params.id)) });
});

export const DELETE = withSession<TParams>("admin", async (_req, { params, user: actor }) => {
  const user = await loadUser(params.id);
  if (user.id === actor.id) throw conflict("You cannot delete your own account");
  if (user.role === "admin" && (await countAdmins()) <= 1) throw conflict("The console needs at least one admin");
  await deleteUser(user.id);
  await audit({ actor, action: "user.delete", target: user.email });
  return new Response(null, { status: 204 });
});
