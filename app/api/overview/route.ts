import { connectionStatus } from "@/lib/server/connection-status";
import { upstreamConnections } from "@/lib/server/connections";
import { withSession } from "@/lib/server/http/with-session";

/** One card per connection: reachable, signed in, latency, last error. Any signed-in role. */
export const GET = withSession("viewer", async () => {
  const connections = await upstreamConnections();
  const cards = await Promise.all(
    connections.map(async (connection) => ({
      id: connection.id,
      vendor: connection.vendor,
      name: connection.name,
      status: await connectionStatus(connection),
    })),
  );
  return Response.json({ cards });
});
