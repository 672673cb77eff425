import { ZIpamBlockSummary, ZIpamChainLink, type TIpamAggregateRow, type TIpamBlockRow, type TIpamSearchResult } from "@/lib/vendors/provision/schemas";
import { blockContains } from "./cidr";

/** The rows from the top down whose block holds all of `query`. */
function descend(rows: readonly TIpamBlockRow[], query: string): TIpamBlockRow[] {
  const holder = rows.find((row) => blockContains(row.cidr, query));
  return holder ? [holder, ...descend(holder.children, query)] : [];
}

/**
 * Where an address or block (canonical, from ZAddressOrCidr) sits: its aggregate, the deepest
 * assigned or held block that holds it, and the free block that holds it when it is free space.
 */
export function findBlock(aggregates: readonly TIpamAggregateRow[], query: string): TIpamSearchResult {
  const aggregate = aggregates.find((a) => blockContains(a.cidr, query));
  if (!aggregate) return { query, aggregate: null, block: null, available: null, path: [] };
  const rows = descend(aggregate.blocks, query);
  return {
    query,
    aggregate: ZIpamChainLink.parse(aggregate),
    // Parsing keeps only the summary's fields (no children, no counts).
    block: ZIpamBlockSummary.parse(rows.at(-1) ?? aggregate),
    available: rows.length === 0 ? (aggregate.available.find((range) => blockContains(range.cidr, query)) ?? null) : null,
    path: [aggregate, ...rows].map((row) => ZIpamChainLink.parse(row)),
  };
}
