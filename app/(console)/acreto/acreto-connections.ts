import "server-only";
import type { TAcretoConnectionOption } from "@/components/acreto/acreto-connection";
import { listConnections } from "@/lib/server/connections";

/** The Acreto connections: id, name, the username they sign in as, and whether an MFA seed is stored. */
export async function acretoConnections(): Promise<TAcretoConnectionOption[]> {
  const connections = await listConnections();
  return connections
    .filter((c) => c.vendor === "acreto")
    .map(({ id, name, settings, secrets }) => ({ id, name, username: settings.username ?? null, mfaSeedStored: secrets.totpSecret?.set ?? false }));
}

/** The connection the URL asks for, or the first one when it names none (or one that is gone). */
export function pickConnection(connections: TAcretoConnectionOption[], requested: string | string[] | undefined): TAcretoConnectionOption | undefined {
  const id = Array.isArray(requested) ? requested[0] : requested;
  return connections.find((c) => c.id === id) ?? connections[0];
}
