import "server-only";
import type { TConnectionTestResult } from "@/lib/vendors/connection";
import { testConnection } from "./upstream";
import type { TUpstreamConnection } from "./upstream/types";

const FRESH_MS = 30_000;
const results = new Map<string, { at: number; result: Promise<TConnectionTestResult> }>();

/** One signed call per connection, shared by everyone who asks within 30 s. */
export function connectionStatus(connection: TUpstreamConnection, force = false): Promise<TConnectionTestResult> {
  const key = `${connection.id}@${connection.version}`;
  const cached = results.get(key);
  if (cached && !force && Date.now() - cached.at < FRESH_MS) return cached.result;
  const result = testConnection(connection).then(
    (outcome) => ({ ...outcome, checkedAt: new Date().toISOString() }),
    () => ({ ok: false, latencyMs: 0, message: "The check failed unexpectedly", checkedAt: new Date().toISOString() }),
  );
  results.set(key, { at: Date.now(), result });
  return result;
}
