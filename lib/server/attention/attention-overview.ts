import "server-only";
import type { TAttentionOverview, TConnectionAttention } from "@/lib/attention/attention-types";
import { worstFirst } from "@/lib/attention/worst-first";
import { upstreamConnections } from "@/lib/server/connections";
import type { TUpstreamConnection } from "@/lib/server/upstream";
import { VENDORS, VENDOR_INFO } from "@/lib/vendors/vendor-info";
import { thresholdsOfConnections } from "./attention-thresholds";
import { connectionAttention } from "./connection-attention";

/**
 * A vendor that is slow to answer (up to its timeout, and retries) must not hold up the others:
 * past this its section says so, and its evaluation goes on, shared with the next refresh.
 */
export const ATTENTION_ANSWER_WITHIN_MS = 5_000;

/** Every connection's evaluation, each on its own (one failing or slow never blanks another): a section per vendor, and all items worst first. */
export async function attentionOverview({ answerWithinMs = ATTENTION_ANSWER_WITHIN_MS } = {}): Promise<TAttentionOverview> {
  const connections = await upstreamConnections();
  // One read for every connection's thresholds; should it fail, each evaluation reads its own (and says if it cannot).
  const thresholds = await thresholdsOfConnections(connections).catch(() => new Map<string, never>());
  const evaluations = await Promise.all(connections.map((connection) => answerWithin(connection, connectionAttention(connection, false, thresholds.get(connection.id)), answerWithinMs)));
  const sections = VENDORS.flatMap((vendor) => {
    const mine = evaluations.filter((evaluation) => evaluation.vendor === vendor);
    if (mine.length === 0) return [];
    return [{ vendor, connections: mine.map((evaluation) => evaluation.connection), items: mine.flatMap((evaluation) => evaluation.items).sort(worstFirst) }];
  });
  return { sections, items: evaluations.flatMap((evaluation) => evaluation.items).sort(worstFirst) };
}

function answerWithin(connection: TUpstreamConnection, evaluation: Promise<TConnectionAttention>, ms: number): Promise<TConnectionAttention> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<TConnectionAttention>((resolve) => {
    timer = setTimeout(() => {
      const error = `${VENDOR_INFO[connection.vendor].label} has not answered within ${ms / 1000} s; the check goes on and shows at the next refresh.`;
      resolve({ vendor: connection.vendor, connection: { id: connection.id, name: connection.name, state: "failed", error, checkedAt: new Date().toISOString() }, items: [] });
    }, ms);
    timer.unref();
  });
  return Promise.race([evaluation, late]).finally(() => clearTimeout(timer));
}
