import { audit } from "@/lib/server/audit";
import { createConnection, listConnections } from "@/lib/server/connections";
import { readJson } from "@/lib/server/http/read-json";
import { withSession } from "@/lib/server/http/with-session";
import { ZConnectionInput } from "@/lib/vendors/connection";

export const GET = withSession("admin", async () => Response.json({ connections: await listConnections() }));

export const POST = withSession("admin", async (req, { user }) => {
  const input = await readJson(req, ZConnectionInput);
  const connection = await createConnection(input);
  await audit({ actor: user, action: "connection.create", target: `${connection.vendor}:${connection.name}`, details: { id: connection.id, baseUrl: connection.baseUrl } });
  return Response.json({ connection }, { status: 201 });
});
