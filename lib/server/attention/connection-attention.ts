import "server-only";
import type { TConnectionAttention } from "@/lib/attention/attention-types";
import { ATTENTION_REFRESH_MS } from "@/lib/attention/refresh-interval";
import { log } from "@/lib/server/log";
import type { TUpstreamConnection } from "@/lib/server/upstream";
import { sharedRead } from "@/lib/server/upstream/shared-reads";
import { evaluateConnection } from "./evaluate-connection";
import { CHECK_FAILED_UNEXPECTEDLY } from "./safe-message";

// In front of the shared cache: callers in this process share one evaluation in flight.
const inFlight = new Map<string, Promise<TConnectionAttention>>();

/**
 * One evaluation per connection, shared by every viewer on every instance for ATTENTION_REFRESH_MS
 * (the database holds it, as connectionStatus does); `force` evaluates now. Never throws.
 */
export function connectionAttention(connection: TUpstreamConnection, force = false): Promise<TConnectionAttention> {
  const key = `attention\u0000${connection.id}\u0000${connection.version}`;
  const pending = inFlight.get(key);
  if (pending && !force) return pending;
  const evaluation = sharedRead(key, connection.id, ATTENTION_REFRESH_MS, () => evaluateConnection(connection), force)
    .then(({ value }) => value)
    .catch((failure: unknown): TConnectionAttention => {
      log.error({ err: failure, connection: connection.id }, "attention evaluation could not be shared");
      const failed = { id: connection.id, name: connection.name, state: "failed" as const, error: CHECK_FAILED_UNEXPECTEDLY, checkedAt: new Date().toISOString() };
      return { vendor: connection.vendor, connection: failed, items: [] };
    })
    .finally(() => {
      if (inFlight.get(key) === evaluation) inFlight.delete(key);
    });
  inFlight.set(key, evaluation);
  return evaluation;
}
