import "server-only";
import type { TConnectionTestResult } from "@/lib/vendors/connection";
import { testConnection } from "./upstream";
import { sharedRead } from "./upstream/shared-reads";
import type { TUpstreamConnection } from "./upstream/types";

const FRESH_MS = 30_000;
// In front of the shared cache: callers in this process share one check in flight.
const inFlight = new Map<string, Promise<TConnectionTestResult>>();

/** One signed call per connection, shared by everyone who asks within 30 s, on every instance; `force` checks now. */
export function connectionStatus(connection: TUpstreamConnection, force = false): Promise<TConnectionTestResult> {
  const key = `status\u0000${connection.id}\u0000${connection.version}`;
  const pending = inFlight.get(key);
  if (pending && !force) return pending;
  const check = sharedRead(key, connection.id, FRESH_MS, () =>
    testConnection(connection).then(
      (outcome): TConnectionTestResult => ({ ...outcome, checkedAt: new Date().toISOString() }),
      (): TConnectionTestResult => ({ ok: false, latencyMs: 0, message: "The check failed unexpectedly", checkedAt: new Date().toISOString() }),
    ),
    force,
  )
    .then(({ value }) => value)
    .finally(() => {
      if (inFlight.get(key) === check) inFlight.delete(key);
    });
  inFlight.set(key, check);
  return check;
}
