import { audit } from "@/lib/server/audit";
import { connectionStatus } from "@/lib/server/connection-status";
import { upstreamConnection } from "@/lib/server/connections";
import { withSession } from "@/lib/server/http/with-session";

export const POST = withSession<{ id: string }>("admin", async (_req, { params, user }) => {
  const connection = await upstreamConnection(params.id);
  const result = await connectionStatus(connection, true);
  await audit({
    actor: user,
    action: "connection.test",
    target: `${connection.vendor}:${connection.name}`,
    outcome: result.ok ? "ok" : "failed",
    details: { id: connection.id, latencyMs: result.latencyMs, message: result.message },
  });
  return Response.json({ result });
});
