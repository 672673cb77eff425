import "server-only";
import type { TConnectionAttention } from "@/lib/attention/attention-types";
import { ATTENTION_REFRESH_MS } from "@/lib/attention/refresh-interval";
import type { TThresholds } from "@/lib/attention/threshold-fields";
import { log } from "@/lib/server/log";
import type { TUpstreamConnection } from "@/lib/server/upstream";
import { sharedRead } from "@/lib/server/upstream/shared-reads";
import { connectionThresholds } from "./attention-thresholds";
import { evaluateConnection } from "./evaluate-connection";
import { CHECK_FAILED_UNEXPECTEDLY } from "./safe-message";

// In front of the shared cache: callers in this process share one evaluation in flight.
const inFlight = new Map<string, Promise<TConnectionAttention>>();

/** Keyed by the thresholds too: one an admin changed is judged by at the next evaluation, on every instance, with no notice to send. */
const evaluationKey = (connection: TUpstreamConnection, thresholds: TThresholds) =>
  `attention\u0000${connection.id}\u0000${connection.version}\u0000${JSON.stringify(Object.entries(thresholds).sort(([a], [b]) => a.localeCompare(b)))}`;

const failed = (connection: TUpstreamConnection): TConnectionAttention => ({
  vendor: connection.vendor,
  connection: { id: connection.id, name: connection.name, state: "failed", error: CHECK_FAILED_UNEXPECTEDLY, checkedAt: new Date().toISOString() },
  items: [],
});

/**
 * One evaluation per connection and thresholds, shared by every viewer on every instance for
 * ATTENTION_REFRESH_MS (the database holds it, as connectionStatus does); `force` evaluates now;
 * `known`: its thresholds, read already with every connection's. Never throws.
 */
export async function connectionAttention(connection: TUpstreamConnection, force = false, known?: TThresholds): Promise<TConnectionAttention> {
  let thresholds: TThresholds;
  try {
    thresholds = known ?? (await connectionThresholds(connection));
  } catch (failure) {
    // Judged by the defaults instead, items would enter and leave (and alert) as the database comes and goes.
    log.error({ err: failure, connection: connection.id }, "attention thresholds could not be read");
    return failed(connection);
  }
  const key = evaluationKey(connection, thresholds);
  const pending = inFlight.get(key);
  if (pending && !force) return pending;
  const evaluation = sharedRead(key, connection.id, ATTENTION_REFRESH_MS, () => evaluateConnection(connection, thresholds), force)
    .then(({ value }) => value)
    .catch((failure: unknown): TConnectionAttention => {
      log.error({ err: failure, connection: connection.id }, "attention evaluation could not be shared");
      return failed(connection);
    })
    .finally(() => {
      if (inFlight.get(key) === evaluation) inFlight.delete(key);
    });
  inFlight.set(key, evaluation);
  return evaluation;
}
