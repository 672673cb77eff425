import "server-only";
import type { TNetticaConnectionOption } from "@/components/nettica/connection-switcher";
import { listConnections } from "@/lib/server/connections";

/** The Nettica connections as the browser may see them: id and name, nothing else. */
export async function netticaConnections(): Promise<TNetticaConnectionOption[]> {
  const connections = await listConnections();
  return connections.filter((c) => c.vendor === "nettica").map(({ id, name }) => ({ id, name }));
}

/** The connection the URL asks for, or the first one when it names none (or one that is gone). */
export function pickConnection(connections: TNetticaConnectionOption[], requested: string | string[] | undefined): TNetticaConnectionOption | undefined {
  const id = Array.isArray(requested) ? requested[0] : requested;
  return connections.find((c) => c.id === id) ?? connections[0];
}
