import "server-only";
import type { TUpstreamConnection } from "../upstream";

/**
 * Where the monitor keeps a connection's state: a stored connection's id, which every instance
 * shares; an environment connection's id with its version ("env:nettica@123"), because two
 * instances whose NETTICA_* variables differ watch different accounts under the same id and must
 * not judge (or forget) each other's VPNs.
 */
export function monitorStateKey(connection: Pick<TUpstreamConnection, "id" | "version">): string {
  return connection.id.startsWith("env:") ? `${connection.id}@${connection.version}` : connection.id;
}
