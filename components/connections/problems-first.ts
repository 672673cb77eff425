import type { TConnectionView } from "@/lib/vendors/connection";
import { credentialSetOf } from "@/lib/vendors/vendor-info";

/** 0: no complete set of credentials, so every call fails; 1: the vendor sent records Patchbay could not read; 2: fine. */
export function connectionProblemRank(connection: TConnectionView): number {
  const values: Record<string, string | undefined> = { ...connection.settings };
  for (const [key, secret] of Object.entries(connection.secrets)) if (secret.set) values[key] = "stored";
  if (!credentialSetOf(connection.vendor, values)) return 0;
  return connection.drift ? 1 : 2;
}

/**
 * The Connections table's order before the admin sorts it: problems first, otherwise as listed.
 * (Whether a connection answers is known only once Test is pressed, so it does not count here.)
 */
export function problemsFirst(connections: readonly TConnectionView[]): TConnectionView[] {
  return connections
    .map((connection, index) => ({ connection, index, rank: connectionProblemRank(connection) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ connection }) => connection);
}
