import type { TMegaportServiceRow } from "./views";

export type TCountMap = Record<string, number>;

export type TMegaportServiceCounts = {
  /** Ports, MCRs and MVEs (the table's top-level rows). */
  services: number;
  byType: TCountMap;
  byStatus: TCountMap;
  /** "MCR2" → {"LIVE": 12, "DECOMMISSIONED": 101} */
  byTypeAndStatus: Record<string, TCountMap>;
  vxcs: number;
  vxcsByStatus: TCountMap;
  ixs: number;
};

const bump = (counts: TCountMap, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** How many services there are per type and provisioning status, and how many VXCs and IXs hang off them. */
export function countServices(rows: readonly TMegaportServiceRow[]): TMegaportServiceCounts {
  const counts: TMegaportServiceCounts = { services: rows.length, byType: {}, byStatus: {}, byTypeAndStatus: {}, vxcs: 0, vxcsByStatus: {}, ixs: 0 };
  for (const row of rows) {
    bump(counts.byType, row.type);
    bump(counts.byStatus, row.status);
    bump((counts.byTypeAndStatus[row.type] ??= {}), row.status);
    counts.vxcs += row.vxcs.length;
    for (const vxc of row.vxcs) bump(counts.vxcsByStatus, vxc.status);
    counts.ixs += row.ixs.length;
  }
  return counts;
}
