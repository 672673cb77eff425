import "server-only";
import type { TConnectionOption } from "@/components/ui/connection-switcher";
import { listConnections } from "@/lib/server/connections";

/** The Nettica connections as the browser may see them: id and name, nothing else. */
export async function netticaConnections(): Promise<TConnectionOption[]> {
  const connections = await listConnections();
  return connections.filter((c) => c.vendor === "nettica").map(({ id, name }) => ({ id, name }));
}

/** The connection the URL asks for, or the first one when it names none (or one that is gone). */
export function pickConnection(connections: TConnectionOption[], requested: string | string[] | undefined): TConnectionOption | undefined {
  const id = Array.isArray(requested) ? requested[0] : requested;
  return connections.find((c) => c.id === id) ?? connections[0];
}
