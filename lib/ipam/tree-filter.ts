import type { TIpamAggregateRow, TIpamBlockRow } from "@/lib/vendors/provision/schemas";
import type { TIpamTreeQuery } from "./block-inputs";

type TRowFacts = { assigned: boolean; region: string | null; vlan: number | null; tags: readonly string[] };

/** Whether any filter looks inside aggregates (assigned, region, VLAN, tags) rather than at them (type, RIR). */
export const hasBlockFilter = (query: TIpamTreeQuery) =>
  query.assigned !== undefined || query.region !== undefined || query.vlan !== undefined || (query.tags?.length ?? 0) > 0;

function matches(query: TIpamTreeQuery, row: TRowFacts): boolean {
  return (
    (query.assigned === undefined || row.assigned === (query.assigned === "assigned")) &&
    (query.region === undefined || (row.region ?? "").toLowerCase() === query.region.toLowerCase()) &&
    (query.vlan === undefined || row.vlan === query.vlan) &&
    (query.tags ?? []).every((tag) => row.tags.some((t) => t.toLowerCase() === tag.toLowerCase()))
  );
}

function keptRows(query: TIpamTreeQuery, rows: readonly TIpamBlockRow[]): TIpamBlockRow[] {
  return rows.flatMap((row) => {
    const children = keptRows(query, row.children);
    const own = matches(query, { ...row, assigned: row.status === "assigned" });
    return own || children.length > 0 ? [{ ...row, children }] : [];
  });
}

/**
 * Type and RIR pick aggregates. Assigned, region, VLAN and tags pick the rows inside: a block by its
 * own fields; free space by its aggregate's region and tags (it has no VLAN and is unassigned).
 * An aggregate stays when something inside it matches, or when it matches itself and no
 * assigned filter is set. Utilisation and counts always describe the whole aggregate.
 */
export function filterAggregates(aggregates: readonly TIpamAggregateRow[], query: TIpamTreeQuery): TIpamAggregateRow[] {
  const picked = aggregates.filter(
    (a) => (query.type === undefined || a.family === query.type.toLowerCase()) && (query.rir === undefined || (a.rir ?? "").toLowerCase() === query.rir.toLowerCase()),
  );
  if (!hasBlockFilter(query)) return picked;
  return picked.flatMap((aggregate) => {
    const blocks = keptRows(query, aggregate.blocks);
    const freeMatches = matches(query, { assigned: false, region: aggregate.region, vlan: null, tags: aggregate.tags });
    const available = freeMatches ? aggregate.available : [];
    const itself = query.assigned === undefined && matches(query, { ...aggregate, assigned: false });
    return blocks.length > 0 || available.length > 0 || itself ? [{ ...aggregate, blocks, available }] : [];
  });
}
