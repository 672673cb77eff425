import "server-only";
import type { TAttentionOverview } from "@/lib/attention/attention-types";
import { worstFirst } from "@/lib/attention/worst-first";
import { upstreamConnections } from "@/lib/server/connections";
import { VENDORS } from "@/lib/vendors/vendor-info";
import { connectionAttention } from "./connection-attention";

/** Every connection's evaluation, each on its own (one failing never blanks another): a section per vendor, and all items worst first. */
export async function attentionOverview(): Promise<TAttentionOverview> {
  const evaluations = await Promise.all((await upstreamConnections()).map((connection) => connectionAttention(connection)));
  const sections = VENDORS.flatMap((vendor) => {
    const mine = evaluations.filter((evaluation) => evaluation.vendor === vendor);
    if (mine.length === 0) return [];
    return [{ vendor, connections: mine.map((evaluation) => evaluation.connection), items: mine.flatMap((evaluation) => evaluation.items).sort(worstFirst) }];
  });
  return { sections, items: evaluations.flatMap((evaluation) => evaluation.items).sort(worstFirst) };
}
