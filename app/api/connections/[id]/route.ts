import { audit } from "@/lib/server/audit";
import { deleteConnection, getConnection, updateConnection } from "@/lib/server/connections";
import { readJson } from "@/lib/server/http/read-json";
import { withSession } from "@/lib/server/http/with-session";
import { ZConnectionPatch } from "@/lib/vendors/connection";

type TParams = { id: string };

export const GET = withSession<TParams>("admin", async (_req, { params }) =>
  Response.json({ connection: await getConnection(params.id) }),
);

export const PATCH = withSession<TParams>("admin", async (req, { params, user }) => {
  const patch = await readJson(req, ZConnectionPatch);
  const connection = await updateConnection(params.id, patch);
  const replaced = Object.keys(patch.values ?? {}).filter((key) => connection.secrets[key] && patch.values?.[key]);
  await audit({
    actor: user,
    action: "connection.update",
    target: `${connection.vendor}:${connection.name}`,
    details: { id: connection.id, replacedSecrets: replaced, clearedSecrets: patch.clearSecrets ?? [] },
  });
  return Response.json({ connection });
});

export const DELETE = withSession<TParams>("admin", async (_req, { params, user }) => {
  const connection = await deleteConnection(params.id);
  await audit({ actor: user, action: "connection.delete", target: `${connection.vendor}:${connection.name}`, details: { id: connection.id } });
  return new Response(null, { status: 204 });
});
