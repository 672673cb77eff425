import "server-only";
import type { TConnectionAttention } from "@/lib/attention/attention-types";
import type { TVendor } from "@/lib/vendors/vendor-info";
import type { TDb } from "../db/open-database";
import { log } from "../log";
import { monitorStateKey } from "../monitor/state-key";
import type { TUpstreamConnection } from "../upstream";
import type { TThresholds } from "@/lib/attention/threshold-fields";
import { thresholdsOfConnections } from "./attention-thresholds";
import { connectionAttention } from "./connection-attention";
import { recordAttentionTransitions } from "./record-attention-transitions";

/**
 * One connection in one pass: `state` says how its evaluation went (failed: the vendor could not be
 * read, which is itself an item; late: no answer in time, judged in a later pass); `skipped`: another
 * pass held it, or had applied a newer evaluation.
 */
export type TAttentionCheck = {
  connection: string;
  vendor: TVendor;
  state: "ok" | "failed" | "late" | "error";
  items: number;
  entered: number;
  cleared: number;
  baseline: boolean;
  skipped: boolean;
};

/**
 * A pass waits this long for one connection's evaluation (a cron function has a time limit); the
 * evaluation goes on, shared, and the next pass applies it.
 */
export const ATTENTION_PASS_WAIT_MS = 30_000;

/**
 * Every connection's attention items, from the evaluation the overview shares (connectionAttention:
 * one per connection and 30 s for every viewer and instance, so a pass costs no vendor call the
 * overview would not make), with each transition recorded as an alert event. Never throws.
 */
export async function judgeAttention(db: TDb, connections: readonly TUpstreamConnection[], waitMs = ATTENTION_PASS_WAIT_MS): Promise<TAttentionCheck[]> {
  // One read for every connection's thresholds; should it fail, each evaluation reads its own (and says if it cannot).
  const thresholds = await thresholdsOfConnections(connections).catch(() => new Map<string, never>());
  return Promise.all(connections.map((connection) => judgeConnection(db, connection, waitMs, thresholds.get(connection.id))));
}

async function judgeConnection(db: TDb, connection: TUpstreamConnection, waitMs: number, thresholds: TThresholds | undefined): Promise<TAttentionCheck> {
  const check: TAttentionCheck = { connection: connection.name, vendor: connection.vendor, state: "ok", items: 0, entered: 0, cleared: 0, baseline: false, skipped: false };
  try {
    const evaluation = await within(connectionAttention(connection, false, thresholds), waitMs);
    if (!evaluation) return { ...check, state: "late", skipped: true };
    const recorded = await recordAttentionTransitions(db, { id: connection.id, key: monitorStateKey(connection), name: connection.name }, evaluation);
    return {
      ...check,
      state: evaluation.connection.state,
      items: evaluation.items.length,
      entered: recorded.entered,
      cleared: recorded.cleared,
      baseline: recorded.baseline,
      skipped: !recorded.locked || recorded.stale,
    };
  } catch (error) {
    log.warn({ err: error, connection: connection.id }, "attention transitions not recorded; the next pass tries again");
    return { ...check, state: "error" };
  }
}

async function within(evaluation: Promise<TConnectionAttention>, ms: number): Promise<TConnectionAttention | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
    timer.unref();
  });
  try {
    return await Promise.race([evaluation, late]);
  } finally {
    clearTimeout(timer);
  }
}
